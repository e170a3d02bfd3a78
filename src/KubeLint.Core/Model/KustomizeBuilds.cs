namespace KubeLint.Core.Model;

/// <summary>Objects of two different kustomize builds (two overlays, often of one base) are usually applied to
/// different clusters, so a cluster-wide clash between them (a node port, a cluster IP) is not certain to be one:
/// rules that would call it an error make it a warning.</summary>
internal static class KustomizeBuilds
{
    public static bool Differ(ObjectRecord a, ObjectRecord b) =>
        a.IsBuilt && b.IsBuilt && a.FileOrdinal != b.FileOrdinal;
}
