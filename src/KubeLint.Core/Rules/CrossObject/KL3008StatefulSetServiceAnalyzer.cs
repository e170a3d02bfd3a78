using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>KL3008: a StatefulSet whose <c>serviceName</c> names no headless Service: its pods get no
/// stable DNS names (<c>pod-0.service</c>), which is what a StatefulSet is usually for.</summary>
internal sealed class KL3008StatefulSetServiceAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3008",
        "StatefulSet's governing Service is missing or not headless",
        "{0} names serviceName \"{1}\", {2}; its pods get no stable DNS names",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var obj = ctx.Object;
                if (obj.Group != "apps" || obj.Root.MappingAt("spec")?["serviceName"] is not YScalar { IsNull: false, Value.Length: > 0 } name)
                {
                    return;
                }

                var ns = obj.EffectiveNamespace;
                var service = ctx.Workspace.Index.Find("Service", ns, name.Value);
                if (service is null)
                {
                    var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, name), obj, null, obj.DisplayName, name.Value, $"but no Service of that name is among the inputs in namespace \"{ns}\"");
                    ctx.ReportDiagnostic(InputCompleteness.Weigh(diagnostic, ctx.Workspace.Index.Holds("Service", ns), ctx.Options));
                }
                else if (service.Service is { IsHeadless: false } record)
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(obj, name), obj, [record.ClusterIpAnchor], obj.DisplayName, name.Value, "but that Service is not headless (clusterIP: None)"));
                }
            },
            "StatefulSet");
}
