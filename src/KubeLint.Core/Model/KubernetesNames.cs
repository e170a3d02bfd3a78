using System.Text.RegularExpressions;

namespace KubeLint.Core.Model;

/// <summary>Kubernetes' syntax rules for names, label keys and values (apimachinery's validation).
/// Each check returns null when valid, else the reason.</summary>
public static partial class KubernetesNames
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;

    /// <summary>RFC 1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63.</summary>
    public static string? CheckDns1123Label(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : Dns1123Label().IsMatch(value) ? null
        : "must consist of lower-case letters, digits and '-', and start and end with a letter or digit";

    /// <summary>RFC 1123 subdomain: dot-separated labels, at most 253.</summary>
    public static string? CheckDns1123Subdomain(string value) => CheckDns1123Subdomain(value.AsSpan());

    private static string? CheckDns1123Subdomain(ReadOnlySpan<char> value) =>
        value.Length > SubdomainMaxLength ? $"is {value.Length} characters long, more than {SubdomainMaxLength}"
        : Dns1123Subdomain().IsMatch(value) ? null
        : "must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit";

    /// <summary>RFC 1035 label (Service names): like an RFC 1123 label, but starting with a letter.</summary>
    public static string? CheckDns1035Label(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : Dns1035Label().IsMatch(value) ? null
        : "must consist of lower-case letters, digits and '-', start with a letter and end with a letter or digit";

    /// <summary>Path-segment names (RBAC): anything but '/', '%', '.' and '..'.</summary>
    public static string? CheckPathSegment(string value) =>
        value is "." or ".." ? "may not be '.' or '..'"
        : value.AsSpan().IndexOfAny('/', '%') >= 0 ? "may not contain '/' or '%'"
        : null;

    /// <summary>Label and annotation keys: an optional DNS subdomain prefix and '/', then a name of at most 63.</summary>
    public static string? CheckQualifiedName(string value)
    {
        // Spans, not substrings: every label and annotation key of the run comes through here.
        var slash = value.LastIndexOf('/');
        var name = slash < 0 ? value.AsSpan() : value.AsSpan(slash + 1);
        if (slash >= 0)
        {
            var prefix = value.AsSpan(0, slash);
            if (prefix.Length == 0)
            {
                return "has an empty prefix before '/'";
            }

            if (CheckDns1123Subdomain(prefix) is { } prefixError)
            {
                return $"has a prefix that {prefixError}";
            }
        }

        return name.Length == 0 ? "has an empty name"
            : name.Length > LabelMaxLength ? $"has a name part of {name.Length} characters, more than {LabelMaxLength}"
            : QualifiedNamePart().IsMatch(name) ? null
            : "must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/')";
    }

    /// <summary>Label values: empty, or at most 63 of letters, digits, '-', '_', '.', alphanumeric at both ends.</summary>
    public static string? CheckLabelValue(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : value.Length == 0 || QualifiedNamePart().IsMatch(value) ? null
        : "must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit";

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1035Label();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex QualifiedNamePart();
}
