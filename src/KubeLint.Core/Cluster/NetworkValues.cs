using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace KubeLint.Core.Cluster;

/// <summary>Strict parsing of the addresses and ranges found in manifests and cluster settings.</summary>
internal static class NetworkValues
{
    /// <summary>An IPv4 address in dotted-quad form or an IPv6 address; not the shorthand forms
    /// (<c>10</c>, <c>10.1</c>) that <see cref="IPAddress.TryParse(string, out IPAddress)"/> also accepts.</summary>
    /// <remarks>Null when false, not <c>IPAddress.None</c> (its static constructor): see ColdStartJitTests.</remarks>
    public static bool TryParseAddress(string? text, [MaybeNullWhen(false)] out IPAddress address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || text.Trim() != text)
        {
            return false;
        }

        if (text.Contains(':'))
        {
            return IPAddress.TryParse(text, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6 && !text.Contains('%');
        }

        return text.Count(c => c == '.') == 3 && text.All(c => c == '.' || char.IsAsciiDigit(c))
            && IPAddress.TryParse(text, out address!);
    }

    /// <summary>A CIDR such as <c>10.254.0.0/16</c> or <c>fd00:10:96::/112</c>.</summary>
    public static bool TryParseCidr(string? text, out IPNetwork network, out string? error)
    {
        network = default;
        error = null;
        var value = text ?? string.Empty;
        var slash = value.IndexOf('/');
        if (slash < 0 || !TryParseAddress(value[..slash], out _))
        {
            error = $"'{value}' is not a CIDR (address/prefix, e.g. 10.96.0.0/12)";
            return false;
        }

        if (!IPNetwork.TryParse(value, out network))
        {
            error = $"'{value}' is not a CIDR: the prefix length is out of range";
            return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a DNS subdomain (RFC 1123); one trailing dot is allowed.</summary>
    public static bool IsDnsName(string name)
    {
        var value = name.EndsWith('.') ? name[..^1] : name;
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A domain for comparison: lower case, without the trailing dot.</summary>
    public static string NormalizeDomain(string name) => name.TrimEnd('.').ToLowerInvariant();
}
