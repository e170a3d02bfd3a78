using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1021: an <c>x-kubernetes-validations</c> rule of a CRD that KubeLint could not evaluate for a custom resource
/// of it (a Kubernetes CEL library the Cel package lacks, a value it cannot be given, a cost over our bound), so
/// that no rule passes silently. Reported once per rule and CRD, at the rule in the CRD, whichever resource met it.
/// </summary>
internal sealed class KL1021CelRuleNotEvaluatedAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1021",
        "CRD validation rule not evaluated",
        "the x-kubernetes-validations rule \"{0}\" of CustomResourceDefinition {1} was not evaluated: {2}; whether custom resources meet it is not checked",
        RuleCategories.Api,
        DiagnosticSeverity.Info);

    /// <summary>The rules this analyzer has reported in the run: its own, in a key of this instance that no other
    /// analyzer sees, and a new table in each run.</summary>
    private readonly RunTable<YMapping, bool> _reported = new(ReferenceEqualityComparer.Instance);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(Analyze);

    private void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (ApiCatalog.Default.IsBuiltInGroup(obj.Group)
            || ctx.CustomResources().Find(obj.ApiVersion, obj.Kind) is not { Schema: { } schema } crd
            || crd.Definition.ApiVersion != "apiextensions.k8s.io/v1" || !CelRuleText.Source.AppliesTo(ctx.Options.TargetVersion.Minor)
            || !CelRuleText.HasRules(ctx, schema))
        {
            return;
        }

        var reported = ctx.Run.Get(_reported);
        foreach (var rule in CustomResourceCelRules.Evaluate(ctx, obj, schema).NotEvaluated)
        {
            if (reported.TryAdd(rule.Rule, true))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(crd.Definition, rule.Text), crd.Definition, null,
                    rule.Text.Value.Trim(), crd.Definition.Name ?? "<unnamed>", rule.Reason));
            }
        }
    }
}
