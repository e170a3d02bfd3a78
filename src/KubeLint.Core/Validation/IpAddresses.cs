using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KubeLint.Core.Validation;

/// <summary>
/// IP addresses and CIDRs as the apiserver's most lenient parser of any minor reads them
/// (Go's old <c>net.ParseIP</c>, later <c>k8s.io/utils/net.ParseIPSloppy</c>): IPv4 is four dot-separated
/// decimal parts of at most 255, leading zeros allowed (only new objects of recent minors refuse them,
/// which this does not report); IPv6 as usual, with no zone and no brackets. Anything these refuse,
/// every minor refuses.
/// </summary>
internal static class IpAddresses
{
    public static bool IsIp(string text) => text.Contains(':') ? IsIPv6(text) : IsIPv4(text);

    /// <summary>apimachinery's IsValidIPv4Address: an address whose To4 form exists (dotted, or IPv6 mapping IPv4).</summary>
    public static bool IsIPv4Address(string text) => text.Contains(':') ? IsIPv6(text) && IPAddress.Parse(text).IsIPv4MappedToIPv6 : IsIPv4(text);

    /// <summary>apimachinery's IsValidIPv6Address: an address that is not IPv4 in any form.</summary>
    public static bool IsIPv6Address(string text) => text.Contains(':') && IsIPv6(text) && !IPAddress.Parse(text).IsIPv4MappedToIPv6;

    /// <summary>
    /// Why ValidateNonSpecialIP (pkg/apis/core/validation/validation.go) refuses a valid address — unspecified,
    /// loopback, link-local unicast or link-local multicast, as Go's net.IP methods classify it (an IPv6 address
    /// that maps IPv4 counts as that IPv4 address) — or null.
    /// </summary>
    public static string? SpecialRange(string text)
    {
        if (!IsIp(text))
        {
            return null;
        }

        var address = IPAddress.Parse(text.Contains(':') ? text : Canonical(text));
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var v4 = address.AddressFamily == AddressFamily.InterNetwork;
        if (bytes.All(b => b == 0))
        {
            return $"may not be unspecified ({text})";
        }

        if (v4 ? bytes[0] == 127 : IPAddress.IsLoopback(address))
        {
            return "may not be in the loopback range (127.0.0.0/8, ::1/128)";
        }

        if (v4 ? bytes[0] == 169 && bytes[1] == 254 : bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80)
        {
            return "may not be in the link-local range (169.254.0.0/16, fe80::/10)";
        }

        if (v4 ? bytes[0] == 224 && bytes[1] == 0 && bytes[2] == 0 : bytes[0] == 0xff && (bytes[1] & 0x0f) == 0x02)
        {
            return "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)";
        }

        return null;

        // Leading zeros are decimal to Go; .NET would read some of them as octal.
        static string Canonical(string dotted) => string.Join('.', dotted.Split('.').Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)));
    }

    /// <summary><c>address/prefix</c>, the prefix no longer than the address (Go's <c>net.ParseCIDR</c>).</summary>
    public static bool IsCidr(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var address = text[..slash];
        var mask = text.AsSpan(slash + 1);
        var bits = address.Contains(':') ? (IsIPv6(address) ? 128 : -1) : (IsIPv4(address) ? 32 : -1);
        return bits > 0 && mask.Length > 0 && mask.Length <= 4 && ApiserverRules.AllDigits(mask)
            && int.Parse(mask, NumberStyles.None, CultureInfo.InvariantCulture) <= bits;
    }

    private static bool IsIPv4(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var part in text.Split('.'))
        {
            var digits = text[part];
            if (++parts > 4 || digits.Length == 0 || !ApiserverRules.AllDigits(digits)
                || (digits.Length > 3 && digits.TrimStart('0').Length > 3)
                || int.Parse(digits.TrimStart('0') is { Length: > 0 } value ? value : "0", NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return parts == 4;
    }

    private static bool IsIPv6(string text) =>
        text.AsSpan().IndexOfAny("%[]/ ") < 0
        && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
}
