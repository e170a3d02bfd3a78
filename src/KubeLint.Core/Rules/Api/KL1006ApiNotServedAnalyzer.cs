using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1006: an apiVersion/kind that the target Kubernetes version does not serve: removed, or not there yet.</summary>
internal sealed class KL1006ApiNotServedAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1006",
        "API version not served by the target Kubernetes version",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    /// <summary>The served apiVersion the message advises, for <see cref="KL1006ApiNotServedFixProvider"/>.</summary>
    public const string ReplacementProperty = "replacement";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (Explain(ApiCatalog.Default, ctx, obj, ctx.TargetMinor()) is { } message)
            {
                var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, ApiVersionNode(obj)), obj, null, message);
                var chosen = ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is not null ? FieldChecks.ReplacementFor(ctx, obj) : null;
                ctx.ReportDiagnostic(chosen is null ? diagnostic : diagnostic.WithProperty(ReplacementProperty, chosen.Kind.ApiVersion));
            }
        });

    /// <summary>Why the target does not serve this apiVersion/kind, or null when it does (or when it is not a built-in kind).</summary>
    /// <remarks>The advice is the served apiVersion that has the fields the object uses, else the closest
    /// (<see cref="Replacements.Choose"/>, shared with the schema walk), asked only for a not-served kind.</remarks>
    internal static string? Explain(ApiCatalog catalog, ActionContext ctx, KubeObject obj, int minor)
    {
        var (apiVersion, kindName, group) = (obj.ApiVersion, obj.Kind, obj.Group);
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

        var chosen = FieldChecks.ReplacementFor(ctx, obj);
        var lacks = chosen is { MissingFields.Count: > 0 } ? $", which has no {Replacements.Describe(chosen.MissingFields)}" : string.Empty;
        var removedIn = kind.RemovedIn is { } r && r <= minor ? r
            : kind.Documented.LastBefore(minor) is var last and >= 0 && kind.Documented.FirstAfter(minor) < 0 ? last + 1
            : (int?)null;
        if (removedIn is { } removed)
        {
            var since = chosen is null ? 0 : chosen.Kind.ApiVersion == kind.Replacement ? kind.ReplacementAvailableIn ?? chosen.Kind.Served.First : chosen.Kind.Served.First;
            var use = chosen is not null ? $"; {(lacks.Length == 0 ? "use" : "the closest is")} {chosen.Kind.ApiVersion}, available since {V(since)}{lacks}"
                : kind.Replacement is { } fileReplacement && !kind.IsApiKind ? $"; use {fileReplacement}"
                : $"; Kubernetes {V(minor)} serves no {kindName}";
            return $"{apiVersion} {kindName} was removed in {V(removed)}{use}";
        }

        var needs = kind.Served.FirstAfter(minor);
        var instead = chosen is not null ? $"; on {V(minor)} {(lacks.Length == 0 ? "use" : "the closest is")} {chosen.Kind.ApiVersion}{lacks}" : $"; Kubernetes {V(minor)} serves no {kindName}";
        return needs >= 0
            ? $"{apiVersion} {kindName} needs {V(needs)}{instead}"
            : $"{apiVersion} {kindName} is not served by Kubernetes {V(minor)}{instead}";
    }
}
