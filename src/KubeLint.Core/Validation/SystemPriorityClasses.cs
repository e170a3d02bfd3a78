using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>
/// The PriorityClass facts of <c>pkg/apis/scheduling/validation/validation.go: ValidatePriorityClass</c> and
/// <c>pkg/apis/scheduling/types.go</c>: names starting with <c>system-</c> are reserved for the two classes
/// the apiserver creates itself (<c>IsKnownSystemPriorityClass</c>), and other classes may not go above
/// <c>HighestUserDefinablePriority</c>.
/// </summary>
internal static class SystemPriorityClasses
{
    public const string Prefix = "system-";

    /// <summary>HighestUserDefinablePriority: one billion.</summary>
    public const long HighestUserDefinable = 1_000_000_000;

    /// <summary>Read at the newest sources; claimed from 1.14 (scheduling.k8s.io/v1), not for the older beta and alpha APIs.</summary>
    public static readonly ValidationSource Source = new("pkg/apis/scheduling/validation/validation.go", "ValidatePriorityClass", Since: 14);

    /// <summary>
    /// The <c>IsKnownSystemPriorityClass</c> error for a class named with the reserved prefix, or null when it is one
    /// of the two system classes as they are defined (system-node-critical 2000001000, system-cluster-critical
    /// 2000000000, neither the global default). A class without a value is left to KL1005.
    /// </summary>
    public static string? ReservedNameProblem(string name, YMapping root)
    {
        long expected = name switch
        {
            "system-node-critical" => 2_000_001_000,
            "system-cluster-critical" => 2_000_000_000,
            _ => -1,
        };
        if (expected < 0)
        {
            return $"{name} is not a known system priority class";
        }

        if (YValues.TryGetInt(root["value"], out var value) && value != expected)
        {
            return $"value of {name} PriorityClass must be {expected}";
        }

        return YValues.IsTrue(root["globalDefault"]) ? $"globalDefault of {name} PriorityClass must be false" : null;
    }

    /// <summary>True for a PriorityClass of the scheduling group.</summary>
    public static bool Is(KubeObject obj) => obj.Kind == "PriorityClass" && obj.Group == "scheduling.k8s.io";
}
