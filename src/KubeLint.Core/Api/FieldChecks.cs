using KubeLint.Core.Analysis;
using KubeLint.Core.Model;

namespace KubeLint.Core.Api;

/// <summary>
/// The schema walk of an object, done once and shared by KL1001–KL1005 (each reports its own
/// problems). Built-in kinds use the generated tables at the target (a kind the target does not
/// serve, those of the apiVersion that replaces it there); custom resources
/// whose CRD is among the inputs use its openAPIV3Schema. Anything else is not walked.
/// </summary>
internal sealed record FieldCheckResults(AnalyzerOptions Options, IReadOnlyList<FieldFinding> Findings);

internal static class FieldChecks
{
    public static IEnumerable<FieldFinding> For(ActionContext context, KubeObject obj, FieldProblem problem)
    {
        // Kept on the object (a table keyed by object took a lock per lookup, a tenth of the
        // analysis time); a run's options identify whose walk it is.
        if (obj.FieldChecks is not { } cached || cached.Options != context.Options)
        {
            cached = new FieldCheckResults(context.Options, Compute(obj, context.Options.TargetVersion.Minor, context.CustomResources()));
            obj.FieldChecks = cached;
        }

        return cached.Findings.Where(f => f.Problem == problem);
    }

    private static IReadOnlyList<FieldFinding> Compute(KubeObject obj, int minor, CustomResourceIndex customResources)
    {
        var findings = new List<FieldFinding>();
        var anchor = (Yaml.YNode?)obj.Root.GetKey("kind") ?? obj.Root;
        if (ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is { } kind)
        {
            // Not served (KL1006): check the fields against the apiVersion KL1006 proposes
            // instead, so moving to it shows everything else that must change; none, no checks.
            var served = kind.IsServedIn(minor) ? kind : ApiCatalog.Default.BestServed(obj.Kind, minor, obj.ApiVersion);
            if (served?.Schema is { } schema)
            {
                new TableFieldChecker(schema, minor, findings, served == kind ? null : kind).Check(obj.Root, anchor, obj.Kind);
            }
        }
        else if (customResources.Find(obj.ApiVersion, obj.Kind) is { Schema: { } crdSchema } crd)
        {
            new CustomResourceFieldChecker(findings, crd.SchemaSource).Check(obj.Root, crdSchema, anchor, obj.Kind);
        }

        return findings;
    }
}
