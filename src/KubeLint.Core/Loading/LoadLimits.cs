namespace KubeLint.Core.Loading;

/// <summary>Bounds that keep hostile input from exhausting time, memory or the stack.</summary>
internal sealed record LoadLimits
{
    public static readonly LoadLimits Default = new();

    /// <summary>Larger files are reported (KL0001) and not read.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Deeper nesting is reported; rules walk trees recursively and must not overflow.</summary>
    public int MaxDepth { get; init; } = 1000;

    /// <summary>Nodes one document may hold with every alias expanded (the "billion laughs" guard).</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;
}
