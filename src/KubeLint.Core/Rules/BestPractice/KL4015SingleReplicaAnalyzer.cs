using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4015: a Deployment or StatefulSet with one replica (explicitly, or by default), unless an autoscaler targets it.</summary>
internal sealed class KL4015SingleReplicaAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4015",
        "Deployment or StatefulSet with a single replica",
        "{0} \"{1}\" {2}; a node drain or a crash takes the service down",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Deployment", "StatefulSet");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var spec = obj.Root.GetMapping("spec");
        var replicas = spec?["replicas"];
        string problem;
        YNode anchor;
        if (replicas is YScalar { IsNull: false } scalar)
        {
            // Zero is a deliberate pause; other values and placeholders are not this rule's business.
            if (!YValues.TryGetInt(scalar, out var count) || count != 1)
            {
                return;
            }

            (problem, anchor) = ("runs a single replica", scalar);
        }
        else
        {
            (problem, anchor) = ("sets no replicas, so it runs one", (YNode?)obj.Root.GetKey("spec") ?? obj.Root);
        }

        if (!AutoscalerTargets.Of(ctx).Contains(obj))
        {
            ctx.Report(Rule, anchor, obj.Kind, obj.Name ?? "<unnamed>", problem);
        }
    }
}
