using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation;
using KubeLint.Core.Validation.Crd;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1020: a CustomResourceDefinition whose schema the apiserver rejects: a <c>type</c> that is not one of
/// OpenAPI v3's six, at any depth of an <c>apiextensions.k8s.io/v1</c> CRD's <c>openAPIV3Schema</c> (v1beta1
/// accepted any type string), the structural-schema rules (see <see cref="CrdStructuralSchema"/>), the rules of
/// list types and list-map keys (see <see cref="CrdListTypeSchema"/>), the text of CEL rules and rules that cannot parse
/// (see <see cref="CrdValidationRules"/>), scalar defaults their schema refuses (see <see cref="CrdDefaults"/>); and, for
/// v1 and v1beta1 CRDs, what the apiserver requires of the CRD's name, group, scope, versions, per-version schemas,
/// names and conversion (see <see cref="CrdSpecChecks"/> and <see cref="CrdConversionChecks"/>: one rule
/// for every rejection of a CRD at create, so that KL1011–KL1017 stay about the built-in kinds' objects).
/// </summary>
internal sealed class KL1020InvalidCrdSchemaAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1020", "Invalid CustomResourceDefinition");

    /// <summary>apiextensions validation.go: specStandardValidatorV3.validate, openapiV3Types with requireValidPropertyType (v1 CRDs, served from 1.16).</summary>
    internal static readonly ValidationSource TypeValues = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go", "specStandardValidatorV3.validate (openapiV3Types)", Since: 16);

    private const string Supported = "supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(Analyze, "CustomResourceDefinition");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        if (ctx.Object.Group == "apiextensions.k8s.io" && CrdSpecChecks.Source.AppliesTo(ctx.TargetMinor()))
        {
            var specProblems = new List<CrdSchemaProblem>();
            CrdSpecChecks.Check(ctx.Object, ctx.TargetMinor(), specProblems);
            foreach (var problem in specProblems)
            {
                ctx.Report(Rule, problem.Node, problem.Path, problem.Wording, problem.Fix);
            }
        }

        if (ctx.Object.ApiVersion != "apiextensions.k8s.io/v1" || !TypeValues.AppliesTo(ctx.TargetMinor())
            || ctx.Object.Root.GetMapping("spec")?.GetSequence("versions") is not { } versions)
        {
            return;
        }

        for (var i = 0; i < versions.Count; i++)
        {
            if (versions.Items[i] is YMapping version && version.GetMapping("schema") is { } holder && holder.TryGetEntry("openAPIV3Schema", out var entry) && entry.Value is YMapping schema)
            {
                var path = FieldPath.Parse("spec.versions").Index(i).Child("schema").Child("openAPIV3Schema");
                Walk(ctx, schema, path);
                if (CrdStructuralSchema.Source.AppliesTo(ctx.TargetMinor()))
                {
                    var problems = new List<CrdSchemaProblem>();
                    CrdStructuralSchema.Check(schema, entry.Key, path, problems);

                    // Defaults are validated only once the schema is structural.
                    if (problems.Count == 0 && CrdDefaults.Source.AppliesTo(ctx.TargetMinor()))
                    {
                        CrdDefaults.Check(schema, path, problems);
                    }

                    if (CrdListTypeSchema.Source.AppliesTo(ctx.TargetMinor()))
                    {
                        CrdListTypeSchema.Check(schema, path, problems);
                    }

                    if (CrdValidationRules.Source.AppliesTo(ctx.TargetMinor()))
                    {
                        CrdValidationRules.Check(schema, path, problems);

                        // CEL rules are compiled only when the schema has no other error.
                        if (problems.Count == 0)
                        {
                            CrdValidationRules.CheckSyntax(schema, path, problems);
                        }
                    }

                    foreach (var problem in problems)
                    {
                        ctx.Report(Rule, problem.Node, problem.Path, problem.Wording, problem.Fix);
                    }
                }
            }
        }
    }

    private static void Walk(ObjectAnalysisContext ctx, YMapping schema, FieldPath path)
    {
        foreach (var entry in schema.Entries)
        {
            switch (entry.Key.Value)
            {
                case "type" when entry.Value is YScalar type && !IsKnown(type.Value) && !YValues.IsPlaceholder(type.Value):
                    ctx.Report(Rule, type, path.Child("type"), $"Unsupported value: \"{type.Value}\": {Supported}", "use one of OpenAPI v3's types");
                    break;
                case "properties" or "patternProperties" or "definitions" when entry.Value is YMapping children:
                    foreach (var child in children.Entries)
                    {
                        if (child.Value is YMapping childSchema)
                        {
                            Walk(ctx, childSchema, path.Child(entry.Key.Value).Key(child.Key.Value));
                        }
                    }

                    break;
                case "items" or "additionalProperties" or "additionalItems" or "not" when entry.Value is YMapping child:
                    Walk(ctx, child, path.Child(entry.Key.Value));
                    break;
                case "items" or "allOf" or "anyOf" or "oneOf" when entry.Value is YSequence list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list.Items[i] is YMapping item)
                        {
                            Walk(ctx, item, path.Child(entry.Key.Value).Index(i));
                        }
                    }

                    break;
            }
        }
    }

    // An empty type is allowed here (structural rules speak for it); only a wrong one is reported.
    private static bool IsKnown(string type) =>
        type is "" or "array" or "boolean" or "integer" or "number" or "object" or "string";
}
