using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidatePersistentVolumeClaimSpec beyond what KL1011 (access modes and
/// the storage request required) and KL1004 (access and volume modes) report: the storage request above zero
/// (ValidatePositiveQuantityValue) and storageClassName a DNS subdomain (ValidateClassName). A StatefulSet's
/// volumeClaimTemplates are not run through this by ValidateStatefulSetSpec, so they are not checked here.
/// </summary>
internal static class PersistentVolumeClaimChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource StoragePositive = new(File, "ValidatePersistentVolumeClaimSpec (ValidatePositiveQuantityValue)", Since: 9);
    public static readonly ValidationSource ClassName = new(File, "ValidatePersistentVolumeClaimSpec (ValidateClassName)", Since: 6);

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        if (findings.Enforced(StoragePositive) && PersistentVolumeChecks.NotPositive(spec.GetMapping("resources")?.GetMapping("requests")?["storage"]) is { } storage)
        {
            findings.Add(ApiserverProblem.OutOfRange, storage, specPath.Child("resources").Key("storage"), $"Invalid value: \"{storage.Value}\": must be greater than zero",
                "request the size the claim needs, e.g. 10Gi");
        }

        // An empty storageClassName asks for no class (static binding) and is not checked.
        if (findings.Enforced(ClassName) && BuiltInKindChecks.Text(spec["storageClassName"]) is { Value.Length: > 0 } className
            && KubernetesNames.CheckDns1123Subdomain(className.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, className, specPath.Child("storageClassName"), problem, "name an existing StorageClass (a lower-case DNS subdomain)");
        }
    }
}
