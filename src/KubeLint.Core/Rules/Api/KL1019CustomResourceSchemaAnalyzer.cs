using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1019: a custom resource that breaks a rule of its CRD's schema the apiserver enforces at create
/// beyond fields, types, enums and required fields (KL1001–KL1005): value keywords (checked with
/// NJsonSchema, see <see cref="CustomResourceJsonSchema"/>), <c>x-kubernetes-list-type</c> set and map
/// uniqueness and <c>x-kubernetes-embedded-resource</c> (see <see cref="CustomResourceValueChecks"/>), and the
/// CEL rules of <c>x-kubernetes-validations</c> (see <see cref="CustomResourceCelRules"/>; v1 CRDs, from 1.25).
/// </summary>
internal sealed class KL1019CustomResourceSchemaAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1019", "Custom resource violates its CRD's schema");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Any kind can be a custom resource's, so no kind filter: the index lookup is the cheap test.
    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(Analyze);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (ApiCatalog.Default.IsBuiltInGroup(obj.Group)
            || ctx.CustomResources().Find(obj.ApiVersion, obj.Kind) is not { Schema: { } schema } crd)
        {
            return;
        }

        var minor = ctx.TargetMinor();
        var violations = new List<SchemaViolation>();
        CustomResourceValueChecks.Check(obj.Root, schema, minor, violations);
        if (CustomResourceValueChecks.ValueKeywords.AppliesTo(minor) && CustomResourceValueChecks.NeedsJsonSchema(ctx, schema))
        {
            CustomResourceJsonSchema.Check(ctx, obj.Root, schema, violations);
        }

        if (CelRuleText.Source.AppliesTo(minor) && crd.Definition.ApiVersion == "apiextensions.k8s.io/v1" && CelRuleText.HasRules(ctx, schema))
        {
            violations.AddRange(CustomResourceCelRules.Evaluate(ctx, obj, schema).Failures);
        }

        foreach (var violation in violations)
        {
            ctx.Report(Rule, violation.Node, violation.Path, violation.Wording, violation.Fix + crd.SchemaSource);
        }
    }
}
