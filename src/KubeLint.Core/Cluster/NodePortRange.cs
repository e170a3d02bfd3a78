using System.Globalization;

namespace KubeLint.Core.Cluster;

/// <summary>An inclusive port range, as the apiserver's <c>--service-node-port-range</c> takes it.</summary>
internal readonly record struct NodePortRange(int First, int Last)
{
    /// <summary>The apiserver's default.</summary>
    public static readonly NodePortRange Default = new(30000, 32767);

    public bool Contains(int port) => port >= First && port <= Last;

    /// <summary>Accepts <c>A-B</c>, <c>A+N</c> (A to A+N) and a single port, like the apiserver.</summary>
    public static bool TryParse(string? text, out NodePortRange range, out string? error)
    {
        range = default;
        error = null;
        var value = text?.Trim() ?? string.Empty;
        int first, last;
        var dash = value.IndexOf('-');
        var plus = value.IndexOf('+');
        if (dash > 0)
        {
            if (!TryPort(value[..dash], out first) || !TryPort(value[(dash + 1)..], out last))
            {
                error = $"'{value}' is not a port range (A-B, A+N or A, ports 1–65535)";
                return false;
            }
        }
        else if (plus > 0)
        {
            if (!TryPort(value[..plus], out first) || !int.TryParse(value[(plus + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || first + count > 65535)
            {
                error = $"'{value}' is not a port range (A-B, A+N or A, ports 1–65535)";
                return false;
            }

            last = first + count;
        }
        else if (TryPort(value, out first))
        {
            last = first;
        }
        else
        {
            error = $"'{value}' is not a port range (A-B, A+N or A, ports 1–65535)";
            return false;
        }

        if (last < first)
        {
            error = $"'{value}' is not a port range: {last} is below {first}";
            return false;
        }

        range = new NodePortRange(first, last);
        return true;
    }

    public override string ToString() => $"{First}-{Last}";

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
}
