using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1007: an apiVersion the target still serves but has deprecated, with its replacement.</summary>
internal sealed class KL1007DeprecatedApiAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1007",
        "Deprecated API version",
        "{0} {1} is deprecated since {2}{3}{4}",
        RuleCategories.Api,
        DiagnosticSeverity.Warning);

    /// <summary>The replacement apiVersion when the target serves it, for <see cref="KL1007DeprecatedApiFixProvider"/>.</summary>
    public const string ReplacementProperty = "replacement";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            var minor = ctx.TargetMinor();
            if (ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is not { } kind || !kind.IsDeprecatedIn(minor))
            {
                return;
            }

            var removal = kind.RemovedIn is { } removed ? $" and removed in {V(removed)}" : string.Empty;
            var served = kind.Replacement is { } replacement && ApiCatalog.Default.Find(replacement, obj.Kind) is { } target && target.IsServedIn(minor) ? target : null;
            var use = served is not null
                ? $"; use {served.ApiVersion} (available since {V(kind.ReplacementAvailableIn ?? served.Served.First)})"
                : kind.Replacement is { } later && kind.ReplacementAvailableIn > minor ? $"; its replacement {later} needs {V(kind.ReplacementAvailableIn.Value)}"
                : kind.Replacement is { } other ? $"; use {other}"
                : string.Empty;
            var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, ApiVersionNode(obj)), obj, null, obj.ApiVersion, obj.Kind, V(kind.DeprecatedIn!.Value), removal, use);
            ctx.ReportDiagnostic(served is null ? diagnostic : diagnostic.WithProperty(ReplacementProperty, served.ApiVersion));
        });
}
