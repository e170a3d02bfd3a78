using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1003: a value whose type the field does not accept; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
internal sealed class KL1003WrongValueTypeAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1003",
        "Value of the wrong type",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            foreach (var finding in FieldChecks.For(ctx, ctx.Object, FieldProblem.WrongType))
            {
                ctx.Report(Rule, finding.Node, finding.Message);
            }
        });
}
