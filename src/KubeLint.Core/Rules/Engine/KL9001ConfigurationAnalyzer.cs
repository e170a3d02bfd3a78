using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Suppression;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9001: malformed settings, and rule references (in configuration or suppressions) that name no rule.</summary>
internal sealed class KL9001ConfigurationAnalyzer : KubeAnalyzer
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
            // Malformed settings the engine's stages found are reported by the engine under this rule.
            var options = ctx.Options;
            foreach (var (location, message) in RuleOptionChecks.Check(options))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, location, message));
            }

            if (options.Config.File is not { } configFile)
            {
                return;
            }

            foreach (var (id, settings) in options.Config.Rules)
            {
                if (!options.IsKnownRuleId(id))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(configFile, settings.Key), $"'{id}' in rules: names no rule"));
                }
            }

            foreach (var (key, _) in options.Config.Root?.GetMapping("categories")?.Entries ?? [])
            {
                if (!options.KnownCategories.Contains(key.Value))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(configFile, key), $"'{key.Value}' in categories: names no category (known: {string.Join(", ", options.KnownCategories.Order(StringComparer.Ordinal))})"));
                }
            }
        });

        context.RegisterDocumentAction(ctx =>
        {
            foreach (var directive in ctx.File.Suppressions.Directives)
            {
                foreach (var (id, span) in directive.RuleIds)
                {
                    if (!ctx.Options.IsKnownRuleId(id))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, span), $"'{id}' in a kubelint-{Word(directive.Kind)} comment names no rule"));
                    }
                }
            }

            foreach (var obj in ctx.File.Documents.SelectMany(d => d.Objects))
            {
                foreach (var region in AnnotationSuppressions.For(obj))
                {
                    foreach (var id in region.RuleIds.Where(id => id != "*" && !ctx.Options.IsKnownRuleId(id)))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, SpanOf(ctx.File, region.Value, id)), $"'{id}' in the {AnnotationSuppressions.Annotation} annotation names no rule"));
                    }
                }
            }
        });
    }

    /// <summary>The ID inside a one-line annotation value, else the whole value.</summary>
    private static SourceSpan SpanOf(SourceFile file, YScalar value, string id)
    {
        if (file.Text is { } text && value.Span.Start.Line == value.Span.End.Line)
        {
            var line = text.GetLine(value.Start.Line);
            var from = Math.Min(value.Start.Column - 1, line.Length);
            var to = Math.Clamp(value.Span.End.Column - 1, from, line.Length);
            var index = line[from..to].IndexOf(id, StringComparison.Ordinal);
            if (index >= 0)
            {
                var column = value.Start.Column + index;
                return new SourceSpan(new(value.Start.Line, column), new(value.Start.Line, column + id.Length));
            }
        }

        return value.Span;
    }

    private static string Word(DirectiveKind kind) => kind switch
    {
        DirectiveKind.DisableNextLine => "disable-next-line",
        DirectiveKind.DisableLine => "disable-line",
        DirectiveKind.Disable => "disable",
        _ => "enable",
    };
}
