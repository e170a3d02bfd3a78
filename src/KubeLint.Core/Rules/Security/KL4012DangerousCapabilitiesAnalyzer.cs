using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4012: a container that adds a capability which breaks container isolation.</summary>
internal sealed class KL4012DangerousCapabilitiesAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> AllowedCapabilities = RuleOption.StringList("allowedCapabilities", "capabilities not to report (e.g. NET_ADMIN for a CNI plugin)");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4012",
        "Dangerous capability added",
        "Container \"{0}\" adds capability {1}, {2}",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 7.5,
        Options = [AllowedCapabilities, ContainerRuleOptions.IgnoredContainers],
    };

    /// <summary>Capabilities that give a container power over its node or its neighbours, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Dangerous = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ALL"] = "every capability: as good as privileged",
        ["SYS_ADMIN"] = "which allows mounts, namespaces and most container escapes",
        ["NET_ADMIN"] = "which can reconfigure the pod's network and its traffic",
        ["NET_RAW"] = "which allows spoofing and sniffing with raw sockets",
        ["SYS_PTRACE"] = "which can inspect and control other processes",
        ["SYS_MODULE"] = "which can load kernel modules",
        ["SYS_RAWIO"] = "which gives raw access to devices and memory",
        ["SYS_BOOT"] = "which can reboot the node",
        ["DAC_READ_SEARCH"] = "which bypasses file read permissions (the 'shocker' escape)",
        ["BPF"] = "which can load eBPF programs into the kernel",
        ["PERFMON"] = "which can observe the whole node",
        ["MAC_ADMIN"] = "which can change the node's AppArmor or SELinux policy",
        ["MAC_OVERRIDE"] = "which bypasses the node's AppArmor or SELinux policy",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var allowed = ctx.Options.Get(Rule, AllowedCapabilities, ctx.Object.File).Select(Capabilities.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule, _ => true))
        {
            foreach (var item in Capabilities.Items(container.SecurityContext, "add"))
            {
                var name = Capabilities.Normalize(item.Value);
                if (Dangerous.TryGetValue(name, out var why) && !allowed.Contains(name))
                {
                    ctx.Report(Rule, item, container.DisplayName, name, why);
                }
            }
        }
    }
}
