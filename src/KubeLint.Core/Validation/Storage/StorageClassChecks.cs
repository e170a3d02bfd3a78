using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/storage/validation/validation.go: ValidateStorageClass → validateProvisioner (required; a qualified
/// name once lower-cased) and validateParameters (at most 512 entries). The same in the 1.6 sources and the
/// recent ones. Unknown reclaimPolicy and volumeBindingMode values are KL1004's.
/// </summary>
public static class StorageClassChecks
{
    private const string File = "pkg/apis/storage/validation/validation.go";

    public static readonly ValidationSource Provisioner = new(File, "validateProvisioner (IsQualifiedName of strings.ToLower)");
    public static readonly ValidationSource ParameterCount = new(File, "validateParameters (maxProvisionerParameterLen)");

    private const int MaxParameters = 512;

    public static void Check(YMapping root, KindFindings findings)
    {
        var path = FieldPath.Root("provisioner");
        if (findings.Enforced(Provisioner) && root.TryGetEntry("provisioner", out var entry) && BuiltInKindChecks.Text(entry.Value) is { } provisioner)
        {
            if (provisioner.Value.Length == 0)
            {
                findings.Add(ApiserverProblem.Required, entry.Key, path, "Required value", "name the volume plugin or CSI driver that provisions volumes, e.g. ebs.csi.aws.com");
            }
            else if (KubernetesNames.CheckQualifiedName(provisioner.Value.ToLowerInvariant()) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidName, provisioner, path, problem,
                    "give the provisioner's name as its driver registers it, e.g. kubernetes.io/aws-ebs or ebs.csi.aws.com (letters, digits, '-', '_', '.', one optional '/')");
            }
        }

        if (findings.Enforced(ParameterCount) && root.TryGetEntry("parameters", out var parameters) && parameters.Value is YMapping { Count: > MaxParameters } map)
        {
            findings.Add(ApiserverProblem.OutOfRange, parameters.Key, FieldPath.Root("parameters"), $"Too many: {map.Count}: must have at most {MaxParameters} items",
                "keep the provisioner's parameters to 512 or fewer");
        }
    }
}
