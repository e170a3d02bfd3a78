namespace KubeLint.Core.Analysis;

/// <summary>Where the run's target Kubernetes version came from.</summary>
public enum TargetVersionSource
{
    /// <summary>Nothing named one: the newest supported minor.</summary>
    Default,

    /// <summary><c>--kubernetes-version</c> (or the caller's <c>LintOptions.TargetVersion</c>).</summary>
    Option,

    /// <summary><c>targetKubernetesVersion</c> in <c>.kubelint.yaml</c>.</summary>
    Configuration,

    /// <summary><c>kubernetesVersion</c> of a kubeadm <c>ClusterConfiguration</c> among the inputs.</summary>
    Kubeadm,
}
