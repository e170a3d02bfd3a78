using System.Globalization;

namespace KubeLint.Core.Model;

/// <summary>A Kubernetes minor release, e.g. 1.5; patch versions parse to their minor.</summary>
public readonly record struct KubernetesVersion(int Major, int Minor) : IComparable<KubernetesVersion>
{
    public static readonly KubernetesVersion Oldest = new(1, 5);

    public static readonly KubernetesVersion Newest = new(1, 36);

    public static IEnumerable<KubernetesVersion> AllSupported =>
        Enumerable.Range(Oldest.Minor, Newest.Minor - Oldest.Minor + 1).Select(minor => new KubernetesVersion(1, minor));

    public bool IsSupported => Major == 1 && Minor >= Oldest.Minor && Minor <= Newest.Minor;

    /// <summary>Accepts <c>1.5</c>, <c>1.5.2</c>, <c>v1.27</c> and <c>v1.27.3-gke.100</c>.</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'v' || span[0] == 'V'))
        {
            span = span[1..];
        }

        var dash = span.IndexOfAny('-', '+');
        if (dash >= 0)
        {
            span = span[..dash];
        }

        Span<Range> parts = stackalloc Range[4];
        var count = span.Split(parts, '.');
        if (count is < 2 or > 3
            || !int.TryParse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(span[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || (count == 3 && !int.TryParse(span[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        version = new KubernetesVersion(major, minor);
        return true;
    }

    public int CompareTo(KubernetesVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) < 0;

    public static bool operator >(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) > 0;

    public static bool operator <=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) <= 0;

    public static bool operator >=(KubernetesVersion a, KubernetesVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
