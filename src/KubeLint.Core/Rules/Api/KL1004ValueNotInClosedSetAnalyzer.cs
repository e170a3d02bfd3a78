using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1004: a value outside a field's closed set of values; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
internal sealed class KL1004ValueNotInClosedSetAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1004",
        "Value outside the accepted set",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            foreach (var finding in FieldChecks.For(ctx, ctx.Object, FieldProblem.NotInSet))
            {
                ctx.Report(Rule, finding.Node, finding.Message);
            }
        });
}
