using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4016: a pod that runs as the namespace's <c>default</c> service account with its API token mounted.</summary>
internal sealed class KL4016DefaultServiceAccountAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4016",
        "Pod uses the default service account with its token mounted",
        "The pod runs as the \"default\" service account with its API token mounted; give it its own service account, or set automountServiceAccountToken: false if it does not call the API",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 3.0,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        // The default account itself may switch automounting off for every pod that uses it.
        var defaultAccount = ctx.Workspace.Index.Find("ServiceAccount", ctx.Object.EffectiveNamespace, "default");
        var accountOptsOut = defaultAccount is { OptsOutOfTokenMount: true };
        foreach (var (key, spec) in PodTemplates.PodSpecEntriesOf(ctx.Object))
        {
            var automount = spec["automountServiceAccountToken"];
            if (YValues.IsFalse(automount) || (accountOptsOut && !YValues.IsTrue(automount)))
            {
                continue;
            }

            // serviceAccount is the deprecated spelling of serviceAccountName.
            var account = spec["serviceAccountName"] as YScalar ?? spec["serviceAccount"] as YScalar;
            if (account is null || account.IsNull || account.Value is "" or "default")
            {
                var anchor = account is { IsNull: false } ? account : (YNode)key;
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, anchor), ctx.Object, null));
            }
        }
    }
}
