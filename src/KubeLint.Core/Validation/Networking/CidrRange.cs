using System.Globalization;
using System.Net;

namespace KubeLint.Core.Validation.Networking;

/// <summary>
/// A CIDR read as <c>k8s.io/utils/net.ParseCIDRSloppy</c> reads it (Go's <c>net.ParseCIDR</c>, IPv4 parts
/// with leading zeros taken as decimal): the address masked to its prefix, to compare two ranges.
/// </summary>
internal readonly struct CidrRange
{
    private readonly byte[] _network;

    private CidrRange(byte[] network, int prefix)
    {
        _network = network;
        Prefix = prefix;
    }

    public int Prefix { get; }

    /// <summary>Parses a CIDR that <see cref="IpAddresses.IsCidr"/> accepts; false for any other text.</summary>
    public static bool TryParse(string text, out CidrRange range)
    {
        range = default;
        if (!IpAddresses.IsCidr(text))
        {
            return false;
        }

        var slash = text.LastIndexOf('/');
        var prefix = int.Parse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        var address = text.AsSpan(0, slash);
        byte[] bytes;
        if (address.Contains(':'))
        {
            bytes = IPAddress.Parse(address).GetAddressBytes();
        }
        else
        {
            // Decimal parts (IPAddress.Parse would read a leading zero as octal).
            bytes = new byte[4];
            var i = 0;
            foreach (var part in address.Split('.'))
            {
                bytes[i++] = (byte)int.Parse(address[part], NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        Mask(bytes, prefix);
        range = new CidrRange(bytes, prefix);
        return true;
    }

    /// <summary>True when <paramref name="other"/>'s network address lies in this range and its prefix is
    /// longer (ValidateIPBlock's "strict subset"); ranges of two address families never are.</summary>
    public bool StrictlyContains(CidrRange other)
    {
        if (other._network.Length != _network.Length || other.Prefix <= Prefix)
        {
            return false;
        }

        var inner = (byte[])other._network.Clone();
        Mask(inner, Prefix);
        return inner.AsSpan().SequenceEqual(_network);
    }

    private static void Mask(byte[] bytes, int prefix)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
    }
}
