using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1009: an annotation that stood in for a field and is deprecated or no longer honoured at the target.</summary>
internal sealed class KL1009DeprecatedAnnotationAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1009",
        "Deprecated annotation that a field replaces",
        "annotation \"{0}\" {1}; use {2}",
        RuleCategories.Api,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            var minor = ctx.TargetMinor();
            Check(ctx, obj, obj.Metadata, minor);
            foreach (var template in PodTemplates.TemplatesOf(obj.Root))
            {
                Check(ctx, obj, template.GetMapping("metadata"), minor);
            }
        });

    private static void Check(ObjectAnalysisContext ctx, KubeObject obj, YMapping? metadata, int minor)
    {
        foreach (var entry in metadata?.GetMapping("annotations")?.Entries ?? [])
        {
            if (DeprecatedAnnotations.Find(entry.Key.Value) is not { } known || known.DeprecatedIn > minor)
            {
                continue;
            }

            var status = known.RemovedIn <= minor
                ? $"is no longer honoured since {V(known.RemovedIn.Value)} (deprecated since {V(known.DeprecatedIn)})"
                : $"is deprecated since {V(known.DeprecatedIn)}";
            ctx.Report(Rule, entry.Key, entry.Key.Value, status, known.Replacement);
        }
    }
}
