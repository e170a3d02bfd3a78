using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Meta;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateNamespace → validateFinalizerName for each of
/// <c>spec.finalizers</c>: a qualified name, and without a domain one of the standard finalizers. The path
/// has no index (<c>spec.finalizers</c>), in the 1.2 sources as in the recent ones.
/// </summary>
internal static class NamespaceChecks
{
    public static readonly ValidationSource SpecFinalizers = new("pkg/apis/core/validation/validation.go", "ValidateNamespace (validateFinalizerName)");

    public static void Check(YMapping root, KindFindings findings)
    {
        if (!findings.Enforced(SpecFinalizers) || root.GetMapping("spec")?.GetSequence("finalizers") is not { } list)
        {
            return;
        }

        var path = FieldPath.Root("spec").Child("finalizers");
        foreach (var item in list.Items)
        {
            if (BuiltInKindChecks.Text(item) is not { } name)
            {
                continue;
            }

            if (Finalizers.QualifiedNameProblem(name.Value) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidName, name, path, problem, "name the finalizer with a domain you own, e.g. example.com/cleanup");
            }
            else if (Finalizers.IsUnqualifiedNonStandard(name.Value))
            {
                findings.Invalid(ApiserverProblem.InvalidName, name, path, Finalizers.NonStandardWording, $"qualify it with a domain you own (example.com/{name.Value}); only 'kubernetes' stands alone here");
            }
        }
    }
}
