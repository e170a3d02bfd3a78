using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Admission;

/// <summary>
/// staging/src/k8s.io/apiserver/pkg/util/webhook/validation.go: ValidateWebhookURL (with https forced, as the
/// admission webhook configurations call it) and the path part of ValidateWebhookService. The URL is split the way
/// Go's url.Parse splits it (scheme, authority, path, query, fragment); a URL this split cannot read with certainty
/// (no scheme, or characters url.Parse may refuse) is left alone rather than guessed at.
/// </summary>
internal static class WebhookUrl
{
    private const string Form = "; desired format: https://host[/path]";

    public static void Check(YScalar url, FieldPath path, KindFindings findings)
    {
        var text = url.Value;
        if (!TrySplit(text, out var parts))
        {
            return;
        }

        if (parts.Scheme != "https")
        {
            findings.Add(ApiserverProblem.InvalidValue, url, path, $"Invalid value: \"{parts.Scheme}\": 'https' is the only allowed URL scheme{Form}",
                "the apiserver calls webhooks over TLS only: use an https:// URL (and caBundle for its certificate)");
        }

        if (parts.Host.Length == 0)
        {
            findings.Add(ApiserverProblem.InvalidValue, url, path, $"Invalid value: \"\": host must be provided{Form}", "write the URL as https://host[:port][/path]");
        }

        if (parts.User is { } user)
        {
            findings.Add(ApiserverProblem.InvalidValue, url, path, $"Invalid value: \"{user}\": user information is not permitted in the URL",
                "remove the user@ part: authenticate the apiserver with a client certificate or token instead");
        }

        if (parts.Fragment.Length > 0)
        {
            findings.Add(ApiserverProblem.InvalidValue, url, path, $"Invalid value: \"{parts.Fragment}\": fragments are not permitted in the URL", "remove the #… part");
        }

        if (parts.Query.Length > 0)
        {
            findings.Add(ApiserverProblem.InvalidValue, url, path, $"Invalid value: \"{parts.Query}\": query parameters are not permitted in the URL",
                "remove the ?… part: give what it carries in the path instead");
        }
    }

    /// <summary>The path of a webhook Service: "" and "/" pass; else a leading '/' and DNS-subdomain segments.</summary>
    public static void CheckServicePath(YScalar node, FieldPath path, KindFindings findings)
    {
        var value = node.Value;
        if (value is "" or "/")
        {
            return;
        }

        const string Fix = "write the path as /segment[/segment…], each segment lower-case letters, digits, '-' and '.'";
        if (value == "//")
        {
            findings.Invalid(ApiserverProblem.InvalidValue, node, path, "segment[0] may not be empty", Fix);
            return;
        }

        if (value[0] != '/')
        {
            findings.Invalid(ApiserverProblem.InvalidValue, node, path, "must start with a '/'", Fix);
        }

        var rest = value[1..];
        if (rest.EndsWith('/'))
        {
            rest = rest[..^1];
        }

        var segments = rest.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0)
            {
                findings.Invalid(ApiserverProblem.InvalidValue, node, path, $"segment[{i}] may not be empty", Fix);
            }
            else if (KubernetesNames.CheckDns1123Subdomain(segments[i]) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidValue, node, path, $"segment[{i}]: {problem}", Fix);
            }
        }
    }

    private readonly record struct UrlParts(string Scheme, string? User, string Host, string Query, string Fragment);

    /// <summary>Splits an absolute URL; false for one without a scheme or with a space or control character.</summary>
    private static bool TrySplit(string text, out UrlParts parts)
    {
        parts = default;
        foreach (var c in text)
        {
            if (c <= ' ' || c == 0x7f)
            {
                return false; // url.Parse refuses control characters, and a space in a host; leave both alone
            }
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) && text[i] is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        var scheme = text[..colon].ToLowerInvariant();
        var rest = text[(colon + 1)..];
        var fragment = string.Empty;
        if (rest.IndexOf('#') is var hash and >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        var query = string.Empty;
        if (rest.IndexOf('?') is var question and >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        string? user = null;
        var host = string.Empty;
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authority = rest[2..];
            if (authority.IndexOf('/') is var slash and >= 0)
            {
                authority = authority[..slash];
            }

            if (authority.LastIndexOf('@') is var at and >= 0)
            {
                user = authority[..at];
                authority = authority[(at + 1)..];
            }

            host = authority;
        }

        parts = new UrlParts(scheme, user, host, query, fragment);
        return true;
    }
}
