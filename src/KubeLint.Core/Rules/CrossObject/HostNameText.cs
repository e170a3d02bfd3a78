using KubeLint.Core.Rules.Security;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>One host name found in a string: where it sits in the string, and the port written after it.</summary>
/// <param name="Start">Offset of the host in the string.</param>
/// <param name="Length">Length of the host as written (without a trailing dot).</param>
/// <param name="Host">As written, lower-case, without a trailing dot.</param>
/// <param name="Port">The <c>:port</c> after it, or null.</param>
/// <param name="PortStart">Offset of the port's digits in the string (when <paramref name="Port"/> is set).</param>
/// <param name="PortLength">Number of the port's digits (0 without a port).</param>
internal sealed record HostInText(int Start, int Length, string Host, int? Port, int PortStart, int PortLength);

/// <summary>
/// Finds host names in configuration strings, conservatively: a whole value only where its key says
/// it holds a host (<c>DB_HOST</c>, <c>--redis-addr=</c>); otherwise only forms that say so themselves
/// — a URL's authority, a name with a <c>.svc</c> label, and in command-line arguments
/// <c>host:port</c> as a whole word or flag value (not in an env value: <c>postgres:16</c> is an
/// image there). Words of free text (anything with spaces) count only as URLs or <c>.svc</c> names,
/// so prose never matches.
/// </summary>
internal static class HostNameText
{
    /// <summary>Last words of a key that say its value is a host, an address or a URL.</summary>
    private static readonly HashSet<string> HostWords = new(StringComparer.Ordinal)
    {
        "HOST", "HOSTS", "ADDR", "ADDRS", "ADDRESS", "ADDRESSES", "URL", "URLS", "URI", "URIS", "ENDPOINT", "ENDPOINTS",
        "SERVER", "SERVERS", "DSN", "SERVICE",
    };

    /// <summary>Values that a host-named key takes that are settings, not names.</summary>
    private static readonly HashSet<string> NotHosts = new(StringComparer.Ordinal)
    {
        "localhost", "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "auto", "any", "all", "default", "disabled",
        "enabled", "disable", "enable", "local", "internal", "external", "unix", "tcp", "udp", "http", "https", "env", "ip",
    };

    /// <summary>Last words of a key whose value is a URL: a bare word there is a setting, not a host.</summary>
    private static readonly HashSet<string> UrlWords = new(StringComparer.Ordinal) { "URL", "URLS", "URI", "URIS", "DSN" };

    /// <summary>Whether a key (an env var, a ConfigMap key, a flag) says its value is a host: its last word is one of <see cref="HostWords"/>.</summary>
    public static bool KeySaysHost(string key) => SecretNames.Words(key) is { Count: > 0 } words && HostWords.Contains(words[^1]);

    /// <summary>Whether a bare name under the key is a host: a host key that does not ask for a URL.</summary>
    public static bool KeyTakesBareName(string key) => SecretNames.Words(key) is { Count: > 0 } words && HostWords.Contains(words[^1]) && !UrlWords.Contains(words[^1]);

    /// <summary>The host names in a value; <paramref name="keySaysHost"/> lets a bare name count,
    /// <paramref name="allowHostPort"/> a <c>host:port</c> word.</summary>
    public static List<HostInText> Find(string value, bool keySaysHost, bool allowHostPort)
    {
        var found = new List<HostInText>();
        if (value.Length == 0 || value.Length > 4096 || value.Contains('\n'))
        {
            return found; // a file's content, not a setting
        }

        var freeText = value.AsSpan().Trim().IndexOfAny(' ', '\t') >= 0;
        var position = 0;
        while (position < value.Length)
        {
            while (position < value.Length && value[position] is ' ' or '\t')
            {
                position++;
            }

            var end = position;
            while (end < value.Length && value[end] is not (' ' or '\t'))
            {
                end++;
            }

            if (end > position)
            {
                Word(value, position, end, !freeText && keySaysHost, freeText, allowHostPort, found);
            }

            position = end;
        }

        return found;
    }

    private static void Word(string text, int start, int end, bool keySaysHost, bool freeText, bool allowHostPort, List<HostInText> found)
    {
        // Quotes and the punctuation around a word in a script or a connection string.
        while (start < end && text[start] is '"' or '\'' or '(' or '[' or '<')
        {
            start++;
        }

        while (end > start && text[end - 1] is '"' or '\'' or ')' or ']' or '>' or ';' or ',')
        {
            end--;
        }

        if (start >= end)
        {
            return;
        }

        // --flag=value: the flag's name may say that the value is a host.
        if (text[start] == '-')
        {
            var equals = text.IndexOf('=', start, end - start);
            if (equals < 0)
            {
                return;
            }

            var flag = text[start..equals];
            if (SecretNames.Words(flag).Contains("IMAGE"))
            {
                return; // --image=postgres:16 is no host and port
            }

            keySaysHost = KeySaysHost(flag) && !freeText;
            start = equals + 1;
            freeText = false;
        }
        else if (freeText)
        {
            keySaysHost = false;
        }

        var scheme = SchemeEnd(text, start, end);
        if (scheme > 0)
        {
            Authority(text, scheme, end, found);
            return;
        }

        // A comma-separated list of hosts (host1:2181,host2:2181) or a flag's list value.
        var part = start;
        while (part < end)
        {
            var comma = text.IndexOf(',', part, end - part);
            var partEnd = comma < 0 ? end : comma;
            HostPort(text, part, partEnd, keySaysHost, requirePortOrSvc: !keySaysHost && allowHostPort && !freeText, onlySvc: freeText || (!keySaysHost && !allowHostPort), found);
            part = partEnd + 1;
        }
    }

    /// <summary>The offset after <c>scheme://</c>, or 0 when the word is no URL.</summary>
    private static int SchemeEnd(string text, int start, int end)
    {
        var i = start;
        if (i >= end || !char.IsAsciiLetter(text[i]))
        {
            return 0;
        }

        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '.' or '-'))
        {
            i++;
        }

        return i + 3 <= end && text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/' ? i + 3 : 0;
    }

    /// <summary>A URL's hosts: after any <c>user:password@</c>, up to the path; a list for mongodb-style URLs.</summary>
    private static void Authority(string text, int start, int end, List<HostInText> found)
    {
        var stop = start;
        while (stop < end && text[stop] is not ('/' or '?' or '#'))
        {
            stop++;
        }

        var at = text.LastIndexOf('@', stop - 1, stop - start);
        var hosts = at >= 0 ? at + 1 : start;
        var part = hosts;
        while (part < stop)
        {
            var comma = text.IndexOf(',', part, stop - part);
            var partEnd = comma < 0 ? stop : comma;
            HostPort(text, part, partEnd, keySaysHost: true, requirePortOrSvc: false, onlySvc: false, found);
            part = partEnd + 1;
        }
    }

    private static void HostPort(string text, int start, int end, bool keySaysHost, bool requirePortOrSvc, bool onlySvc, List<HostInText> found)
    {
        if (start >= end || text[start] == '[')
        {
            return; // an IPv6 literal
        }

        var colon = text.IndexOf(':', start, end - start);
        var hostEnd = colon < 0 ? end : colon;
        int? port = null;
        if (colon >= 0)
        {
            if (colon + 1 >= end || text.AsSpan(colon + 1, end - colon - 1).ContainsAnyExceptInRange('0', '9') || end - colon - 1 > 5)
            {
                return; // image:tag, key:value, a time
            }

            port = int.Parse(text.AsSpan(colon + 1, end - colon - 1), System.Globalization.CultureInfo.InvariantCulture);
            if (port is 0 or > 65535)
            {
                return;
            }
        }

        var host = text[start..hostEnd];
        var trimmed = host.EndsWith('.') ? host[..^1] : host;
        if (!IsHostName(trimmed))
        {
            return;
        }

        var hasSvc = trimmed.Split('.').Contains("svc");
        if ((onlySvc && !hasSvc) || (requirePortOrSvc && port is null && !hasSvc) || (!keySaysHost && !hasSvc && port is null))
        {
            return;
        }

        found.Add(new HostInText(start, trimmed.Length, trimmed, port, colon + 1, port is null ? 0 : end - colon - 1));
    }

    /// <summary>An RFC 1123 name, lower-case, whose last label has a letter, and not a setting word.</summary>
    private static bool IsHostName(string host)
    {
        if (host.Length is 0 or > 253 || NotHosts.Contains(host))
        {
            return false;
        }

        var labels = host.Split('.');
        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return labels[^1].Any(char.IsAsciiLetter); // not an IP address or a version number
    }
}
