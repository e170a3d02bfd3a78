using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4011: a hostPath volume of a sensitive node path: system folders, the kubelet's state, a container runtime's socket.</summary>
internal sealed class KL4011SensitiveHostPathAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> AdditionalPaths = RuleOption.StringList("additionalPaths", "more paths to treat as sensitive (e.g. /var/log)");

    public static readonly RuleOption<IReadOnlyList<string>> AllowedPaths = RuleOption.StringList("allowedPaths", "paths not to report (e.g. /proc for a metrics agent)");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4011",
        "hostPath volume of a sensitive node path",
        "Volume \"{0}\" mounts the node's {1}{2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 8.5,
        Options = [AdditionalPaths, AllowedPaths],
    };

    /// <summary>Matched exactly after normalisation; subfolders (e.g. <c>/etc/ssl/certs</c>) are not reported.</summary>
    public static readonly ImmutableArray<string> DefaultSensitivePaths =
    [
        "/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/root", "/sbin", "/sys", "/usr",
        "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/etc/kubernetes",
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        // The options are read at the first host path: most workloads mount none.
        HashSet<string>? allowed = null, sensitive = null;
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            foreach (var volume in spec.GetSequence("volumes")?.Mappings ?? [])
            {
                if (volume.GetMapping("hostPath")?["path"] is not YScalar path || path.IsNull || YValues.IsPlaceholder(path.Value))
                {
                    continue;
                }

                var normalized = Normalize(path.Value);
                var file = ctx.Object.File;
                allowed ??= ctx.Options.Get(Rule, AllowedPaths, file).Select(Normalize).ToHashSet(StringComparer.Ordinal);
                sensitive ??= DefaultSensitivePaths.Concat(ctx.Options.Get(Rule, AdditionalPaths, file).Select(Normalize)).ToHashSet(StringComparer.Ordinal);
                if (sensitive.Contains(normalized) && !allowed.Contains(normalized))
                {
                    var what = normalized.EndsWith(".sock", StringComparison.Ordinal) ? $"container runtime socket {normalized}" : $"{normalized} folder";
                    var why = normalized.EndsWith(".sock", StringComparison.Ordinal) ? "; whoever talks to it controls every container of the node" : "; a compromised container can read or change the node";
                    ctx.Report(Rule, path, volume.GetString("name") ?? "?", what, why);
                }
            }
        }
    }

    /// <summary>Collapses repeated and trailing slashes: <c>//etc/</c> is <c>/etc</c>.</summary>
    private static string Normalize(string path)
    {
        var parts = path.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return "/" + string.Join('/', parts);
    }
}
