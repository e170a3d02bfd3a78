using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9001: malformed settings, and rule references (in configuration or suppressions) that name no rule.</summary>
public sealed class KL9001ConfigurationAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9001",
        "Malformed configuration or unknown rule reference",
        "{0}",
        RuleCategories.Engine,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterWorkspaceAction(ctx =>
        {
            var options = ctx.Options;
            foreach (var issue in options.ConfigurationIssues)
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, issue.Location, issue.Message));
            }

            if (options.Config.File is { } configFile)
            {
                foreach (var (id, settings) in options.Config.Rules)
                {
                    if (!options.KnownRuleIds.Contains(id))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(configFile, settings.Key), $"'{id}' in rules: names no rule"));
                    }
                }
            }
        });

        context.RegisterDocumentAction(ctx =>
        {
            foreach (var directive in ctx.File.Suppressions.Directives)
            {
                foreach (var (id, span) in directive.RuleIds)
                {
                    if (!ctx.Options.KnownRuleIds.Contains(id))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, span), $"'{id}' in a kubelint-{Word(directive.Kind)} comment names no rule"));
                    }
                }
            }

            foreach (var obj in ctx.File.Documents.SelectMany(d => d.Objects))
            {
                foreach (var region in Suppression.AnnotationSuppressions.For(obj))
                {
                    foreach (var id in region.RuleIds.Where(id => id != "*" && !ctx.Options.KnownRuleIds.Contains(id)))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, region.Value), $"'{id}' in the {Suppression.AnnotationSuppressions.Annotation} annotation names no rule"));
                    }
                }
            }
        });
    }

    private static string Word(Suppression.DirectiveKind kind) => kind switch
    {
        Suppression.DirectiveKind.DisableNextLine => "disable-next-line",
        Suppression.DirectiveKind.DisableLine => "disable-line",
        Suppression.DirectiveKind.Disable => "disable",
        _ => "enable",
    };
}
