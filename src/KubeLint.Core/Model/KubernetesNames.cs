using KubeLint.Core.Text;

namespace KubeLint.Core.Model;

/// <summary>Kubernetes' syntax rules for names, label keys and values (apimachinery's validation).
/// Each check returns null when valid, else the reason. Loops rather than generated regexes: see ColdStartJitTests.</summary>
internal static class KubernetesNames
{
    public const int LabelMaxLength = 63;
    public const int SubdomainMaxLength = 253;
    public const int IanaServiceNameMaxLength = 15;

    /// <summary>RFC 1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63.</summary>
    public static string? CheckDns1123Label(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : IsDns1123Label(value) ? null
        : "must consist of lower-case letters, digits and '-', and start and end with a letter or digit";

    /// <summary>RFC 1123 subdomain: dot-separated labels, at most 253.</summary>
    public static string? CheckDns1123Subdomain(string value) => CheckDns1123Subdomain(value.AsSpan());

    private static string? CheckDns1123Subdomain(ReadOnlySpan<char> value) =>
        value.Length > SubdomainMaxLength ? $"is {value.Length} characters long, more than {SubdomainMaxLength}"
        : IsDns1123Subdomain(value) ? null
        : "must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit";

    /// <summary>RFC 1035 label (Service names): like an RFC 1123 label, but starting with a letter.</summary>
    public static string? CheckDns1035Label(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : IsDns1035Label(value) ? null
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
            : IsQualifiedNamePart(name) ? null
            : "must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/')";
    }

    /// <summary>Label values: empty, or at most 63 of letters, digits, '-', '_', '.', alphanumeric at both ends.</summary>
    public static string? CheckLabelValue(string value) =>
        value.Length > LabelMaxLength ? $"is {value.Length} characters long, more than {LabelMaxLength}"
        : value.Length == 0 || IsQualifiedNamePart(value) ? null
        : "must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit";

    /// <summary>Port names, an IANA service name (apimachinery's <c>pkg/util/validation/validation.go:
    /// IsValidPortName</c>): at most 15 of lower-case letters, digits and '-', at least one letter, no
    /// "--", no '-' at either end. A quoted number such as <c>"8443"</c> is therefore not a port name.</summary>
    public static string? CheckPortName(string value) =>
        value.Length > IanaServiceNameMaxLength ? $"must be no more than {IanaServiceNameMaxLength} characters"
        : value.Length == 0 || !AllLowerAlphanumericOrDash(value) ? "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
        : value.AsSpan().IndexOfAnyInRange('a', 'z') < 0 ? "must contain at least one letter (a-z)"
        : value.Contains("--", StringComparison.Ordinal) ? "must not contain consecutive hyphens"
        : value[0] == '-' || value[^1] == '-' ? "must not begin or end with a hyphen"
        : null;

    /// <summary><c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c></summary>
    private static bool IsDns1123Label(ReadOnlySpan<char> value) =>
        value.Length > 0 && IsLowerAlphanumeric(value[0]) && IsLowerAlphanumeric(value[^1]) && AllLowerAlphanumericOrDash(value);

    /// <summary>Dot-separated <see cref="IsDns1123Label"/>s.</summary>
    private static bool IsDns1123Subdomain(ReadOnlySpan<char> value)
    {
        foreach (var label in new Segments(value, '.'))
        {
            if (!IsDns1123Label(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>[a-z]([-a-z0-9]*[a-z0-9])?</c></summary>
    private static bool IsDns1035Label(ReadOnlySpan<char> value) =>
        IsDns1123Label(value) && value[0] is >= 'a' and <= 'z';

    /// <summary><c>([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]</c></summary>
    private static bool IsQualifiedNamePart(ReadOnlySpan<char> value) =>
        value.Length > 0 && IsAlphanumeric(value[0]) && IsAlphanumeric(value[^1]) && AllNameCharacters(value);

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAlphanumeric(char c) => IsLowerAlphanumeric(c) || c is >= 'A' and <= 'Z';

    private static bool AllLowerAlphanumericOrDash(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsLowerAlphanumeric(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllNameCharacters(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!IsAlphanumeric(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
