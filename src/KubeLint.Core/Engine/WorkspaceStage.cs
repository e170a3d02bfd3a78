using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Configuration;
using KubeLint.Core.Model;

namespace KubeLint.Core.Engine;

/// <summary>The second stage: the workspace of the loaded files, the target version, the analyzers' options and
/// the cluster profile, each computed once before any analyzer runs, with the configuration issues met on the way.</summary>
internal static class WorkspaceStage
{
    public static Workspace Build(LintOptions options, KubeLintConfig config, LoadedInputs loaded) =>
        new(loaded.Files, DefaultNamespaceOf(options, config));

    /// <summary>The run's immutable context. <paramref name="knownRules"/>: the run's rule IDs and categories, asked
    /// for only by checks of rule references (working them out may wait for the custom rules' worker).</summary>
    public static RunContext Complete(
        Workspace workspace,
        LintOptions options,
        KubeLintConfig config,
        LoadedInputs loaded,
        Lazy<AnalyzerOptions.RunRules> knownRules)
    {
        var target = ChooseTargetVersion(options, config, workspace);
        var analyzerOptions = new AnalyzerOptions(config, loaded.EditorConfig, target.Version, DefaultNamespaceOf(options, config), options.Properties)
        {
            TargetVersionSource = target.Source,
            InputsComplete = options.Complete ?? config.Complete ?? false,
            WorkingDirectory = options.WorkingDirectory,
            KnownRules = knownRules,
        };
        var cluster = ClusterProfileBuilder.Build(analyzerOptions, workspace, out var clusterIssues);
        return new RunContext(workspace, analyzerOptions, cluster, [.. config.Issues, .. clusterIssues]);
    }

    private static string DefaultNamespaceOf(LintOptions options, KubeLintConfig config) => options.Namespace ?? config.Namespace ?? "default";

    /// <summary>The option wins, then <c>.kubelint.yaml</c>, then a kubeadm ClusterConfiguration among the inputs, then the newest.</summary>
    private static TargetChoice ChooseTargetVersion(LintOptions options, KubeLintConfig config, Workspace workspace)
    {
        if (options.TargetVersion is { } fromOption)
        {
            return new TargetChoice(fromOption, TargetVersionSource.Option);
        }

        if (config.TargetKubernetesVersion is { } fromConfig)
        {
            return new TargetChoice(fromConfig, TargetVersionSource.Configuration);
        }

        foreach (var obj in workspace.OfKind("ClusterConfiguration"))
        {
            if (obj.Group == "kubeadm.k8s.io"
                && KubernetesVersion.TryParse(obj.Root.GetString("kubernetesVersion"), out var fromKubeadm)
                && fromKubeadm.IsSupported)
            {
                return new TargetChoice(fromKubeadm, TargetVersionSource.Kubeadm);
            }
        }

        return new TargetChoice(KubernetesVersion.Newest, TargetVersionSource.Default);
    }

    private sealed record TargetChoice(KubernetesVersion Version, TargetVersionSource Source);
}
