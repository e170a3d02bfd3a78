namespace KubeLint.Core.Cluster;

/// <summary>Keys of <see cref="Engine.LintOptions.Properties"/> through which the CLI (or the MSBuild
/// task) passes cluster facts: <c>cluster.&lt;flag name&gt;</c>, and the config files one per line.</summary>
internal static class ClusterProperties
{
    public const string Prefix = "cluster.";

    /// <summary>The <c>--cluster-config</c> files, one per line, relative to the working folder.</summary>
    public const string ConfigFiles = "cluster.config-files";

    public static string For(string factName) => Prefix + factName;
}
