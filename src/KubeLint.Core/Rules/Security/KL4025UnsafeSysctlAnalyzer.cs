using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4025: a pod sysctl outside the safe set of the target Kubernetes version: the kubelet
/// refuses the pod unless the node allows that sysctl explicitly.</summary>
internal sealed class KL4025UnsafeSysctlAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> AllowedSysctls = RuleOption.StringList("allowedSysctls", "sysctls the nodes allow, exact or as a prefix ending with * (kernel.msg*), as in the kubelet's --allowed-unsafe-sysctls");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4025",
        "Unsafe sysctl",
        "sysctl \"{0}\" is not in the safe set of Kubernetes {1}: it can affect the whole node, and the kubelet rejects the pod (SysctlForbidden) unless --allowed-unsafe-sysctls allows it",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 5.0,
        Options = [AllowedSysctls],
    };

    /// <summary>The kubelet's safe sysctls and the minor release that made each one safe.</summary>
    public static readonly SafeSysctl[] SafeSysctls =
    [
        new("kernel.shm_rmid_forced", 4), new("net.ipv4.ip_local_port_range", 4), new("net.ipv4.tcp_syncookies", 4),
        new("net.ipv4.ping_group_range", 18), new("net.ipv4.ip_unprivileged_port_start", 22), new("net.ipv4.ip_local_reserved_ports", 27),
        new("net.ipv4.tcp_keepalive_time", 29), new("net.ipv4.tcp_fin_timeout", 29), new("net.ipv4.tcp_keepalive_intvl", 29),
        new("net.ipv4.tcp_keepalive_probes", 29), new("net.ipv4.tcp_rmem", 32), new("net.ipv4.tcp_wmem", 32),
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var version = ctx.Options.TargetVersion;
        var allowed = ctx.Options.Get(Rule, AllowedSysctls, ctx.Object.File);
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            foreach (var sysctl in spec.GetMapping("securityContext")?.GetSequence("sysctls")?.Mappings ?? [])
            {
                if (sysctl["name"] is not YScalar name || name.IsNull || YValues.IsPlaceholder(name.Value))
                {
                    continue;
                }

                // Since 1.23 a sysctl may also be written with slashes (net/ipv4/tcp_syncookies).
                var dotted = name.Value.Replace('/', '.');
                var safe = SafeSysctls.Any(s => s.Name == dotted && version.Minor >= s.SinceMinor);
                if (!safe && !allowed.Any(a => Matches(dotted, a.Replace('/', '.'))))
                {
                    ctx.Report(Rule, name, name.Value, version);
                }
            }
        }
    }

    /// <summary>The kubelet's own pattern form: an exact name, or a prefix ending with <c>*</c>.</summary>
    private static bool Matches(string name, string pattern) =>
        pattern.EndsWith('*') ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : name == pattern;

    /// <summary>A sysctl and the minor that made it safe.</summary>
    public sealed record SafeSysctl(string Name, int SinceMinor);
}
