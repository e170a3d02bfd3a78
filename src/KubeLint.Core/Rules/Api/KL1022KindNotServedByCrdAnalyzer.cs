using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1022: a custom resource that the CustomResourceDefinitions among the inputs say cannot be created: its kind is
/// defined by a CRD there, but not at its version (not listed, or <c>served: false</c>); or its group's CRDs there
/// define a kind that differs from it only in case or by one edit (<c>Widgte</c> for <c>Widget</c>). The apiserver's
/// REST mapping answers "no matches for kind … in version …" (apimachinery pkg/api/meta/restmapper.go
/// DefaultRESTMapper.RESTMapping; a CRD's versions are served only with <c>served: true</c>, apiextensions-apiserver
/// pkg/apiserver/customresource_discovery_controller.go). A kind further from every defined one stays KL1010 (info): a
/// group's kinds are often split over CRDs, and one missing from the inputs may define it.
/// </summary>
internal sealed class KL1022KindNotServedByCrdAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1022", "Kind or version not served by its CustomResourceDefinition");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            if (Explain(ctx, ctx.Object) is { } finding)
            {
                ctx.Report(Rule, finding.Node, FieldPath.Root(finding.Field), $"no matches for kind \"{ctx.Object.Kind}\" in version \"{ctx.Object.ApiVersion}\"", finding.Fix);
            }
        });

    /// <summary>Why the CRDs among the inputs do not serve this object's apiVersion and kind, or null (also for a
    /// built-in group, a kind they serve, or a kind no CRD there comes close to).</summary>
    internal static Finding? Explain(ActionContext ctx, KubeObject obj)
    {
        if (obj.Kind.Length == 0 || obj.Group.Length == 0 || !obj.ApiVersion.Contains('/', StringComparison.Ordinal)
            || ApiCatalog.Default.IsBuiltInGroup(obj.Group) || ConfigurationKinds.IsConfigurationFile(obj)
            || YValues.IsPlaceholder(obj.ApiVersion) || YValues.IsPlaceholder(obj.Kind))
        {
            return null;
        }

        var index = ctx.CustomResources();
        if (index.Find(obj.ApiVersion, obj.Kind) is not null)
        {
            return null;
        }

        var version = obj.ApiVersion[(obj.ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var defined = index.VersionsOf(obj.Group, obj.Kind);
        if (defined.Count > 0)
        {
            return new Finding(ApiVersionNode(obj), "apiVersion", VersionAdvice(obj, version, defined));
        }

        string? close = null;
        foreach (var kind in index.KindsOf(obj.Group))
        {
            if (string.Equals(kind, obj.Kind, StringComparison.OrdinalIgnoreCase) || (close is null && Suggestions.Distance(kind, obj.Kind) <= 1))
            {
                close = kind;
            }
        }

        if (close is null)
        {
            return null;
        }

        var crd = index.VersionsOf(obj.Group, close)[0].Definition;
        return new Finding(obj.Root["kind"] ?? obj.Root, "kind", $"did you mean \"{close}\"? Kinds are case-sensitive, and {Describe(crd)} defines {close} in {obj.Group}, not {obj.Kind}");
    }

    private static string VersionAdvice(KubeObject obj, string version, IReadOnlyList<DefinedVersion> defined)
    {
        var served = new SortedSet<string>(StringComparer.Ordinal);
        DefinedVersion? listed = null;
        foreach (var entry in defined)
        {
            if (entry.Served)
            {
                served.Add($"{obj.Group}/{entry.Version}");
            }
            else if (entry.Version == version)
            {
                listed = entry;
            }
        }

        var crd = (listed ?? defined[0]).Definition;
        if (listed is not null)
        {
            return $"{Describe(crd)} lists {version} with served: false; set served: true there{(served.Count > 0 ? $", or use {string.Join(" or ", served)}" : string.Empty)}";
        }

        return served.Count > 0
            ? $"{Describe(crd)} serves {obj.Kind} as {string.Join(" or ", served)}; use one of those, or add {version} to its versions"
            : $"{Describe(crd)} serves no version of {obj.Kind}; mark a version served: true";
    }

    private static string Describe(KubeObject crd) => $"CustomResourceDefinition {crd.Name ?? "<unnamed>"} ({crd.File.Path})";

    /// <summary>The node to report on, the field it stands for, and the fix.</summary>
    internal sealed record Finding(YNode Node, string Field, string Fix);
}
