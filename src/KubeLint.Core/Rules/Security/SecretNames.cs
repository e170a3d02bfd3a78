using System.Text;

namespace KubeLint.Core.Rules.Security;

/// <summary>Decides whether an environment variable's name says it holds a secret (KL4013).</summary>
internal static class SecretNames
{
    /// <summary>Words that name a secret, also at the end of a longer word (<c>ROOTPASSWORD</c>).</summary>
    private static readonly string[] SecretWords =
        ["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "PRIVATEKEY", "ACCESSKEY", "SECRETKEY"];

    /// <summary>Short words that name a secret only as a whole word of a longer name (<c>DB_PASS</c>; not <c>PWD</c> alone, the shell's folder).</summary>
    private static readonly string[] ShortWords = ["PASS", "PWD"];

    /// <summary>Words before <c>KEY</c> that make it a secret key rather than a lookup key.</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "API", "ACCESS", "PRIVATE", "SECRET", "ENCRYPTION", "SIGNING", "AUTH", "CLIENT", "MASTER", "SESSION", "LICENSE", "HMAC", "JWT", "SSH", "TLS",
    };

    /// <summary>A last word that makes the variable about a secret, not the secret itself (<c>PASSWORD_FILE</c>, <c>TOKEN_URL</c>).</summary>
    private static readonly HashSet<string> MetaWords = new(StringComparer.Ordinal)
    {
        "FILE", "FILENAME", "PATH", "DIR", "NAME", "REF", "URL", "URI", "ENDPOINT", "TTL", "EXPIRY", "EXPIRATION", "TIMEOUT", "LENGTH",
        "SIZE", "TYPE", "ID", "ENABLED", "ENABLE", "REQUIRED", "HOST", "PORT", "USER", "USERNAME", "HEADER", "LOCATION", "MOUNT", "PREFIX",
        "POLICY", "MODE", "FORMAT", "ALGORITHM", "VERSION", "PROVIDER", "AUDIENCE", "ISSUER", "LIFETIME", "DURATION", "REFRESH", "COUNT",
    };

    /// <summary>Well-known names that say TOKEN or KEY but hold an identifier (etcd's initial cluster token names a cluster).</summary>
    private static readonly string[] KnownIdentifiers = ["INITIAL_CLUSTER_TOKEN"];

    public static bool LooksSecret(string name)
    {
        var words = Words(name);
        var joined = string.Join('_', words);
        if (words.Count == 0 || MetaWords.Contains(words[^1]) || KnownIdentifiers.Any(k => joined.EndsWith(k, StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (SecretWords.Any(s => word.EndsWith(s, StringComparison.Ordinal))
                || (words.Count > 1 && ShortWords.Contains(word))
                || (word == "KEY" && i > 0 && KeyQualifiers.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Upper-case words split at non-letters-or-digits and at camelCase humps: <c>dbPassword</c> is DB, PASSWORD.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(name[i - 1]))
            {
                Flush();
            }

            current.Append(char.ToUpperInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
