using KubeLint.Core.Analysis;
using KubeLint.Core.Model;

namespace KubeLint.Core.Api;

/// <summary>
/// The schema walk of an object, done once and shared by KL1001–KL1005 (each reports its own
/// problems). Built-in kinds use the generated tables at the target (a kind the target does not
/// serve, those of the apiVersion that replaces it there); custom resources
/// whose CRD is among the inputs use its openAPIV3Schema. Anything else is not walked.
/// </summary>
/// <param name="Findings">Every field problem found.</param>
/// <param name="Replacement">For a built-in kind the target does not serve: the apiVersion the fields were checked
/// against, which KL1006 proposes.</param>
internal sealed record FieldCheckResults(IReadOnlyList<FieldFinding> Findings, Replacement? Replacement);

internal static class FieldChecks
{
    public static IEnumerable<FieldFinding> For(ActionContext context, KubeObject obj, FieldProblem problem) =>
        Results(context, obj).Findings.Where(f => f.Problem == problem);

    /// <summary>The apiVersion a not-served built-in object's fields were checked against, or null.</summary>
    public static Replacement? ReplacementFor(ActionContext context, KubeObject obj) => Results(context, obj).Replacement;

    private static FieldCheckResults Results(ActionContext context, KubeObject obj)
    {
        // Kept in the object's analysis context, which the analysis stage makes once per object for all its
        // actions (a run-wide table keyed by object took a lock per lookup, a tenth of the analysis time).
        if (context is not ObjectAnalysisContext own || own.Object != obj)
        {
            return Compute(obj, context.Options, context.CustomResources());
        }

        return own.FieldChecks ??= Compute(obj, context.Options, context.CustomResources());
    }

    private static FieldCheckResults Compute(KubeObject obj, AnalyzerOptions options, CustomResourceIndex customResources)
    {
        var minor = options.TargetVersion.Minor;
        var findings = new List<FieldFinding>();
        var anchor = (Yaml.YNode?)obj.Root.GetKey("kind") ?? obj.Root;
        if (ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is { } kind)
        {
            if (kind.IsServedIn(minor))
            {
                if (kind.Schema is { } schema)
                {
                    new TableFieldChecker(schema, minor, findings, null, kind).Check(obj.Root, anchor, obj.Kind);
                }
            }
            else if (Replacements.Choose(ApiCatalog.Default, kind, obj.Root, anchor, minor) is { } replacement)
            {
                // Not served (KL1006): check the fields against the apiVersion KL1006 proposes instead, so moving to
                // it shows everything else that must change. The fields it lacks are named in KL1006's message,
                // so they give no KL1001 of their own: one problem, one finding.
                findings.AddRange(replacement.Findings.Where(f => f.Problem != FieldProblem.NotInTarget));
                return new FieldCheckResults(findings, replacement);
            }
        }
        else if (customResources.Find(obj.ApiVersion, obj.Kind) is { Schema: { } crdSchema } crd)
        {
            new CustomResourceFieldChecker(findings, crd.SchemaSource).Check(obj.Root, crdSchema, anchor, obj.Kind);
        }

        return new FieldCheckResults(findings, null);
    }
}
