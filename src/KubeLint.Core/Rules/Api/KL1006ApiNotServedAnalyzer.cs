using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1006: an apiVersion/kind that the target Kubernetes version does not serve: removed, or not there yet.</summary>
public sealed class KL1006ApiNotServedAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1006",
        "API version not served by the target Kubernetes version",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (Explain(ApiCatalog.Default, obj.ApiVersion, obj.Kind, obj.Group, ctx.TargetMinor()) is { } message)
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(obj, ApiVersionNode(obj)), obj, null, message));
            }
        });

    /// <summary>Why the target does not serve this apiVersion/kind, or null when it does (or when it is not a built-in kind).</summary>
    internal static string? Explain(ApiCatalog catalog, string apiVersion, string kindName, string group, int minor)
    {
        var kind = catalog.Find(apiVersion, kindName);
        if (kind is null)
        {
            // A built-in group and kind under an apiVersion that never existed (a typo, or a guess).
            if (!catalog.IsBuiltInGroup(group) || catalog.WithKind(kindName).Count == 0)
            {
                return null;
            }

            var other = catalog.BestServed(kindName, minor, apiVersion);
            return $"{apiVersion} {kindName} is not served by any Kubernetes version from 1.5 to 1.36"
                + (other is null ? string.Empty : $"; on {V(minor)} use {other.ApiVersion}");
        }

        if (kind.IsServedIn(minor))
        {
            return null;
        }

        var best = catalog.BestServed(kindName, minor, apiVersion);
        var removedIn = kind.RemovedIn is { } r && r <= minor ? r
            : kind.Documented.LastBefore(minor) is var last and >= 0 && kind.Documented.FirstAfter(minor) < 0 ? last + 1
            : (int?)null;
        if (removedIn is { } removed)
        {
            var use = kind.Replacement is { } replacement && catalog.Find(replacement, kindName) is { } replacementKind && replacementKind.IsServedIn(minor)
                ? $"; use {replacement}, available since {V(kind.ReplacementAvailableIn ?? replacementKind.Served.First)}"
                : best is not null ? $"; use {best.ApiVersion}, available since {V(best.Served.First)}"
                : kind.Replacement is { } fileReplacement && !kind.IsApiKind ? $"; use {fileReplacement}"
                : $"; Kubernetes {V(minor)} serves no {kindName}";
            return $"{apiVersion} {kindName} was removed in {V(removed)}{use}";
        }

        var needs = kind.Served.FirstAfter(minor);
        var instead = best is not null ? $"; on {V(minor)} use {best.ApiVersion}" : $"; Kubernetes {V(minor)} serves no {kindName}";
        return needs >= 0
            ? $"{apiVersion} {kindName} needs {V(needs)}{instead}"
            : $"{apiVersion} {kindName} is not served by Kubernetes {V(minor)}{instead}";
    }
}
