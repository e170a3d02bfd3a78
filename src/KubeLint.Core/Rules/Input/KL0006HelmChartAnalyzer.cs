using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0006: a folder walk met a Helm chart (<c>Chart.yaml</c> beside <c>templates/</c>). Its templates are Go
/// templates that become manifests only when rendered, so the chart's files are not linted; this says how to lint them.</summary>
internal sealed class KL0006HelmChartAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0006",
        "Helm chart not linted",
        "{0} is a Helm chart: its templates are manifests only once rendered, so its files were not linted; lint the rendered chart: helm template {0} | kubelint -",
        RuleCategories.Input,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            if (ctx.File.IsHelmChart)
            {
                var folder = Path.GetDirectoryName(ctx.File.Path) is { Length: > 0 } dir ? dir.Replace('\\', '/') : ".";
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, Text.SourceSpan.At(Text.SourcePosition.Start)), folder));
            }
        });
}
