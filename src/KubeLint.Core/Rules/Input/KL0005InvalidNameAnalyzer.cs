using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0005: names, label keys and values, and annotation keys that break Kubernetes' syntax rules.</summary>
public sealed class KL0005InvalidNameAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0005",
        "Invalid name, label or annotation",
        "{0} \"{1}\" {2}",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    /// <summary>Kinds whose names are RFC 1035 or RFC 1123 labels; most others are subdomains.</summary>
    private static readonly Dictionary<string, Func<string, string?>> NameRules = new(StringComparer.Ordinal)
    {
        ["Service"] = KubernetesNames.CheckDns1035Label,
        ["Namespace"] = KubernetesNames.CheckDns1123Label,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (obj.Metadata?["name"] is YScalar name && !name.IsNull)
            {
                Check(ctx, name, "name", null, NameRuleFor(obj));
            }

            CheckMetadata(ctx, obj.Metadata);
            foreach (var template in PodTemplates.TemplatesOf(obj.Root))
            {
                CheckMetadata(ctx, template.GetMapping("metadata"));
            }

            var selector = obj.Root.MappingAt("spec.selector");
            CheckLabels(ctx, obj.Kind is "Service" or "ReplicationController" ? selector : selector?.GetMapping("matchLabels"), "selector");
        });

    private static Func<string, string?> NameRuleFor(KubeObject obj) =>
        obj.Group == "rbac.authorization.k8s.io" ? KubernetesNames.CheckPathSegment
        : NameRules.TryGetValue(obj.Kind, out var rule) ? rule
        : KubernetesNames.CheckDns1123Subdomain;

    private static void CheckMetadata(ObjectAnalysisContext ctx, YMapping? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        CheckLabels(ctx, metadata.GetMapping("labels"), "label");
        foreach (var entry in metadata.GetMapping("annotations")?.Entries ?? [])
        {
            Check(ctx, entry.Key, "annotation", "key", KubernetesNames.CheckQualifiedName);
        }
    }

    private static void CheckLabels(ObjectAnalysisContext ctx, YMapping? labels, string what)
    {
        foreach (var (key, value) in labels?.Entries ?? [])
        {
            Check(ctx, key, what, "key", KubernetesNames.CheckQualifiedName);
            if (value is YScalar scalar && !scalar.IsNull)
            {
                Check(ctx, scalar, what, "value", KubernetesNames.CheckLabelValue);
            }
        }
    }

    /// <summary><paramref name="what"/> and <paramref name="part"/> ("label", "key") are joined only for a finding.</summary>
    private static void Check(ObjectAnalysisContext ctx, YScalar node, string what, string? part, Func<string, string?> rule)
    {
        // Template placeholders are KL2009's concern; don't report them twice.
        if (node.Value.Contains('$') || node.Value.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        if (rule(node.Value) is { } reason)
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, null, part is null ? what : $"{what} {part}", node.Value, reason));
        }
    }
}
