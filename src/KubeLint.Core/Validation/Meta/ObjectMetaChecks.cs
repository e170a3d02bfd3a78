using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Meta;

/// <summary>
/// The metadata checks every kind shares that no other rule makes: <c>metadata.finalizers</c> and
/// <c>metadata.namespace</c>. Object names, labels and annotations are KL0005's. Costs one key lookup for an
/// object without finalizers or namespace.
/// </summary>
internal static class ObjectMetaChecks
{
    /// <summary>apimachinery ValidateObjectMeta → ValidateFinalizers → ValidateFinalizerName: a qualified name, every kind (custom resources too), every minor.</summary>
    public static readonly ValidationSource QualifiedFinalizer = new("staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go", "ValidateFinalizers (ValidateFinalizerName)");

    /// <summary>
    /// Built-in kinds also go through pkg/apis/core/validation/validation.go: ValidateObjectMeta → validateKubeFinalizerName:
    /// a finalizer without a domain must be a standard one. Custom resources do not (apiextensions only warns).
    /// The path is the recent sources' <c>metadata.finalizers[i]</c>.
    /// </summary>
    public static readonly ValidationSource StandardFinalizer = new("pkg/apis/core/validation/validation.go", "ValidateObjectMeta (validateKubeFinalizerName)");

    /// <summary>apimachinery ValidateObjectMeta → ValidateNamespaceName: a namespaced object's namespace is an RFC 1123 label, every minor.</summary>
    public static readonly ValidationSource NamespaceName = new("staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go", "ValidateObjectMetaAccessor (ValidateNamespaceName)");

    /// <summary>
    /// Reports, with <paramref name="rule"/> (KL1012), a namespace that is no RFC 1123 label on an object of a
    /// namespaced built-in kind. A cluster-scoped object's namespace is cleared before validation, and a custom
    /// resource's scope is its CRD's, so neither is reported; an empty namespace is the client's default.
    /// </summary>
    public static void ReportNamespace(ObjectAnalysisContext ctx, DiagnosticDescriptor rule)
    {
        var obj = ctx.Object;
        if (obj.Metadata is not { } metadata || ApiserverRules.WrittenText(metadata["namespace"]) is not { Value.Length: > 0 } ns
            || !NamespaceName.AppliesTo(ctx.TargetMinor()) || Kustomize.ClusterScopedKinds.Contains(obj.Kind) || ConfigurationKinds.IsConfigurationFile(obj)
            || ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is not { IsApiKind: true })
        {
            return;
        }

        if (KubernetesNames.CheckDns1123Label(ns.Value) is { } problem)
        {
            ctx.Report(rule, ns, FieldPath.Root("metadata").Child("namespace"), $"Invalid value: \"{ns.Value}\": {problem}",
                $"name an existing namespace: lower-case letters, digits and '-' (e.g. {Suggest(ns.Value)})");
        }
    }

    /// <summary>A label-shaped look-alike of a namespace name, for the fix.</summary>
    private static string Suggest(string value)
    {
        var chars = value.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var text = new string(chars).Trim('-');
        return text.Length is > 0 and <= KubernetesNames.LabelMaxLength ? text : "team-a";
    }

    /// <summary>Reports, with <paramref name="rule"/> (KL1012), each finalizer of the object's metadata the apiserver refuses.</summary>
    public static void ReportFinalizers(ObjectAnalysisContext ctx, DiagnosticDescriptor rule)
    {
        var obj = ctx.Object;
        if (obj.Metadata?.GetSequence("finalizers") is not { } list || ConfigurationKinds.IsConfigurationFile(obj))
        {
            return;
        }

        var minor = ctx.TargetMinor();
        var builtIn = ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is { IsApiKind: true };
        var path = FieldPath.Root("metadata").Child("finalizers");
        for (var i = 0; i < list.Count; i++)
        {
            if (ApiserverRules.WrittenText(list.Items[i]) is not { } name)
            {
                continue;
            }

            if (QualifiedFinalizer.AppliesTo(minor) && Finalizers.QualifiedNameProblem(name.Value) is { } problem)
            {
                ctx.Report(rule, name, path, $"Invalid value: \"{name.Value}\": {problem}", "name the finalizer with a domain you own, e.g. example.com/cleanup");
            }
            else if (builtIn && StandardFinalizer.AppliesTo(minor) && Finalizers.IsUnqualifiedNonStandard(name.Value))
            {
                ctx.Report(rule, name, path.Index(i), $"Invalid value: \"{name.Value}\": {Finalizers.NonStandardWording}",
                    $"qualify it with the domain of the controller that removes it (example.com/{name.Value}); only kubernetes, orphan and foregroundDeletion stand alone");
            }
        }
    }
}
