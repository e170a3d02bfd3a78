using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4009: a container whose root filesystem is writable (<c>readOnlyRootFilesystem</c> not true).</summary>
internal sealed class KL4009ReadOnlyRootFilesystemAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4009",
        "Root filesystem is not read-only",
        "Container \"{0}\" has a writable root filesystem; set securityContext.readOnlyRootFilesystem: true and mount volumes where it writes",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        customTags: SecuritySeverity.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule.Id, c => c.Role != ContainerRole.Ephemeral))
        {
            var value = container.SecurityContext?["readOnlyRootFilesystem"];
            if (!YValues.IsTrue(value))
            {
                var anchor = value is YScalar { IsNull: false } ? value : container.DeepestKey("securityContext");
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, anchor), ctx.Object, null, container.Name ?? "?"));
            }
        }
    }
}
