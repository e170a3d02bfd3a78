using System.Text;
using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/storage/validation/validation.go: ValidateStorageClass → validateProvisioner (required; a qualified
/// name once lower-cased) and validateParameters (at most 512 entries; then no empty key, and keys and values
/// together at most 256 KiB). The same in the 1.6 sources and the recent ones. Unknown reclaimPolicy and
/// volumeBindingMode values are KL1004's.
/// </summary>
internal static class StorageClassChecks
{
    private const string File = "pkg/apis/storage/validation/validation.go";

    public static readonly ValidationSource Provisioner = new(File, "validateProvisioner (IsQualifiedName of strings.ToLower)");
    public static readonly ValidationSource ParameterCount = new(File, "validateParameters (maxProvisionerParameterLen)");
    public static readonly ValidationSource ParameterKeys = new(File, "validateParameters (empty key, maxProvisionerParameterSize)");

    private const int MaxParameters = 512;
    private const int MaxParameterBytes = 256 * 1024;

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

        if (!root.TryGetEntry("parameters", out var parameters) || parameters.Value is not YMapping map)
        {
            return;
        }

        var parametersPath = FieldPath.Root("parameters");
        if (map.Count > MaxParameters)
        {
            if (findings.Enforced(ParameterCount))
            {
                findings.Add(ApiserverProblem.OutOfRange, parameters.Key, parametersPath, $"Too many: {map.Count}: must have at most {MaxParameters} items",
                    "keep the provisioner's parameters to 512 or fewer");
            }

            return; // the apiserver stops here
        }

        if (findings.Enforced(ParameterKeys))
        {
            Parameters(parameters.Key, map, parametersPath, findings);
        }
    }

    private static void Parameters(YScalar key, YMapping map, FieldPath path, KindFindings findings)
    {
        long bytes = 0;
        foreach (var (name, value) in map.Entries)
        {
            if (name.Value.Length == 0 && !name.IsNull)
            {
                findings.Add(ApiserverProblem.InvalidName, name, path, "Invalid value: \"\": field can not be empty.", "give the parameter a name, or remove it");
            }

            bytes += Encoding.UTF8.GetByteCount(name.Value) + (value is YScalar { IsNull: false } text ? Encoding.UTF8.GetByteCount(text.Value) : 0);
        }

        if (bytes > MaxParameterBytes)
        {
            findings.Add(ApiserverProblem.OutOfRange, key, path, $"Too long: must have at most {MaxParameterBytes} bytes",
                "the provisioner's parameters (keys and values together) must fit in 256 KiB: move large settings elsewhere");
        }
    }
}
