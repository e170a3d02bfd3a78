using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1010: a kind with no known schema: not built in, and no CustomResourceDefinition among the inputs defines it.</summary>
internal sealed class KL1010UnknownKindAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1010",
        "Kind with no known schema",
        "no schema is known for {0} {1}: it is not a built-in kind and no CustomResourceDefinition among the inputs defines it, so its fields are not checked",
        RuleCategories.Api,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            var catalog = ApiCatalog.Default;
            if (catalog.Find(obj.ApiVersion, obj.Kind) is not null
                || catalog.IsBuiltInGroup(obj.Group) // KL1006 (a built-in kind) or KL1018 (no such kind) speaks for it
                || ctx.CustomResources().Find(obj.ApiVersion, obj.Kind) is not null
                || KL1022KindNotServedByCrdAnalyzer.Explain(ctx, obj) is not null // the CRDs among the inputs do not serve it
                || ConfigurationKinds.IsConfigurationFile(obj)) // a component's configuration file, not an API object
            {
                return;
            }

            ctx.Report(Rule, obj.Root["kind"] ?? obj.Root, obj.ApiVersion, obj.Kind);
        });
}
