using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1008: a built-in alpha group/version, which clusters serve only when it is switched on.</summary>
internal sealed class KL1008AlphaApiAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1008",
        "Alpha API version",
        "{0} is an alpha API: Kubernetes {1} serves {2} under it only when the cluster enables it (--runtime-config){3}",
        RuleCategories.Api,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            var minor = ctx.TargetMinor();
            if (ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is not { IsAlpha: true, IsApiKind: true } kind || !kind.IsServedIn(minor))
            {
                return;
            }

            var better = ApiCatalog.Default.BestServed(obj.Kind, minor, obj.ApiVersion) is { IsAlpha: false } other
                ? $"; {other.ApiVersion} is on by default"
                : string.Empty;
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(obj, ApiVersionNode(obj)), obj, null, obj.ApiVersion, V(minor), obj.Kind, better));
        });
}
