using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1018: a kind that no version of a built-in API group has ever had (<c>v1 configmap</c>,
/// <c>apps/v1 Deploymnet</c>). Custom resources cannot add kinds to those groups — a CRD's group must
/// hold a dot (apiextensions' <c>pkg/apis/apiextensions/validation/validation.go:
/// ValidateCustomResourceDefinitionSpec</c>) and the <c>*.k8s.io</c> groups are reserved for
/// approved APIs — so the object is refused whatever the cluster, with "no matches for kind … in
/// version …" (the REST mapping of apimachinery's <c>pkg/api/meta/restmapper.go</c>). KL1010
/// stays for groups that no built-in API owns; KL1006 speaks for a built-in kind under the wrong
/// apiVersion.
/// </summary>
internal sealed class KL1018UnknownBuiltInKindAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1018", "Unknown kind in a built-in API group");

    /// <summary>The one kind of the written apiVersion the kind is a case-only or unambiguous misspelling of,
    /// for <see cref="KL1018UnknownBuiltInKindFixProvider"/>.</summary>
    public const string SuggestionProperty = "suggestion";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (!IsUnknownBuiltInKind(ctx, obj))
            {
                return;
            }

            var wording = $"no matches for kind \"{obj.Kind}\" in version \"{obj.ApiVersion}\"";
            var node = obj.Root["kind"] ?? obj.Root;
            var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, node), obj, null, FieldPath.Root("kind").ToString(), wording, Advice(obj, ctx.TargetMinor()));
            var kinds = ApiCatalog.Default.Kinds.Where(k => k.IsApiKind && k.ApiVersion == obj.ApiVersion).Select(k => k.Kind);
            ctx.ReportDiagnostic(Suggestions.Unique(obj.Kind, kinds) is { } suggestion ? diagnostic.WithProperty(SuggestionProperty, suggestion) : diagnostic);
        });

    /// <summary>True when the object's group is built in and none of its versions, nor any other
    /// built-in group, has the kind, and no CustomResourceDefinition among the inputs defines it.</summary>
    internal static bool IsUnknownBuiltInKind(ActionContext ctx, KubeObject obj)
    {
        var catalog = ApiCatalog.Default;
        return obj.Kind.Length > 0
            && catalog.IsBuiltInGroup(obj.Group)
            && catalog.WithKind(obj.Kind).Count == 0
            && ctx.CustomResources().Find(obj.ApiVersion, obj.Kind) is null
            && !ConfigurationKinds.IsConfigurationFile(obj);
    }

    private static string Advice(KubeObject obj, int minor)
    {
        var group = obj.Group.Length == 0 ? "core" : obj.Group;
        var catalog = ApiCatalog.Default;
        var inGroup = new SortedSet<string>(StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in catalog.Kinds)
        {
            if (kind.IsApiKind)
            {
                all.Add(kind.Kind);
                if (kind.Group == obj.Group)
                {
                    inGroup.Add(kind.Kind);
                }
            }
        }

        if (Suggestions.Closest(obj.Kind, inGroup) is { } sameGroup)
        {
            return $"did you mean \"{sameGroup}\"? Kinds are case-sensitive, and the {group} API group has no \"{obj.Kind}\"";
        }

        if (Suggestions.Closest(obj.Kind, all) is { } elsewhere)
        {
            var served = (catalog.BestServed(elsewhere, minor, obj.ApiVersion) ?? catalog.WithKind(elsewhere)[0]).ApiVersion;
            return $"did you mean \"{elsewhere}\" ({served})? The {group} API group has no \"{obj.Kind}\"";
        }

        return $"the {group} API group has no such kind in any Kubernetes version from 1.5 to 1.36, and no CustomResourceDefinition can add one to it";
    }
}
