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
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 3.5,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        var value = ctx.Container.SecurityContext?["readOnlyRootFilesystem"];
        if (!YValues.IsTrue(value))
        {
            var anchor = value is YScalar { IsNull: false } ? value : ctx.Container.DeepestKey("securityContext");
            ctx.Report(Rule, anchor, ctx.DisplayName);
        }
    }
}
