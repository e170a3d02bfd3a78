using KubeLint.Core.Model;

namespace KubeLint.Core.Validation.Meta;

/// <summary>
/// Finalizer names: apimachinery's <c>pkg/api/validation/objectmeta.go: ValidateFinalizerName</c> (a qualified
/// name) and <c>pkg/apis/core/validation/validation.go: validateKubeFinalizerName</c> (a name without a domain
/// must be a standard one, <c>pkg/apis/core/helper/helpers.go: IsStandardFinalizerName</c>).
/// </summary>
internal static class Finalizers
{
    /// <summary>The problem with <paramref name="name"/> as ValidateFinalizerName sees it, or null.</summary>
    public static string? QualifiedNameProblem(string name) => KubernetesNames.CheckQualifiedName(name);

    /// <summary>True for a name without '/' that is none of the standard finalizers.</summary>
    public static bool IsUnqualifiedNonStandard(string name) => !name.Contains('/') && name is not ("kubernetes" or "orphan" or "foregroundDeletion");

    public const string NonStandardWording = "name is neither a standard finalizer name nor is it fully qualified";
}
