using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateEndpoints → validateEndpointSubsets. A subset needs addresses or
/// notReadyAddresses; each address outside the special ranges (ValidateNonSpecialIP; that it is an IP at all is
/// KL1013's older check) and a hostname
/// that is a DNS label; each port a number in 1–65535, a name that is a DNS label, and a name at all when the subset
/// has more than one port. Unknown protocols are KL1004's.
/// </summary>
internal static class EndpointsChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource Subsets = new(File, "validateEndpointSubsets (addresses or notReadyAddresses)", Since: 9);
    public static readonly ValidationSource Addresses = new(File, "validateEndpointAddress (IsValidIP, ValidateNonSpecialIP, hostname)", Since: 9);
    public static readonly ValidationSource Ports = new(File, "validateEndpointPort (name, IsValidPortNum)", Since: 9);

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetSequence("subsets") is not { } subsets)
        {
            return;
        }

        var subsetsPath = FieldPath.Root("subsets");
        for (var i = 0; i < subsets.Count; i++)
        {
            if (subsets.Items[i] is YMapping subset)
            {
                Subset(subset, subsetsPath.Index(i), findings);
            }
        }
    }

    private static void Subset(YMapping subset, FieldPath path, KindFindings findings)
    {
        if (findings.Enforced(Subsets) && !HasItems(subset["addresses"]) && !HasItems(subset["notReadyAddresses"]) && !HasUnreadable(subset))
        {
            findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(subset), path, "Required value: must specify `addresses` or `notReadyAddresses`",
                "list the endpoint addresses (addresses, or notReadyAddresses for those not ready yet)");
        }

        if (findings.Enforced(Addresses))
        {
            foreach (var field in (ReadOnlySpan<string>)["addresses", "notReadyAddresses"])
            {
                if (subset.GetSequence(field) is not { } addresses)
                {
                    continue;
                }

                for (var j = 0; j < addresses.Count; j++)
                {
                    if (addresses.Items[j] is YMapping address)
                    {
                        Address(address, path.Child(field).Index(j), findings);
                    }
                }
            }
        }

        if (findings.Enforced(Ports) && subset.GetSequence("ports") is { } ports)
        {
            for (var j = 0; j < ports.Count; j++)
            {
                if (ports.Items[j] is YMapping port)
                {
                    Port(port, ports.Count > 1, path.Child("ports").Index(j), findings);
                }
            }
        }
    }

    private static void Address(YMapping address, FieldPath path, KindFindings findings)
    {
        // An address that is no IP at all is KL1013's own check (KL1013InvalidValueAnalyzer.CheckEndpoints).
        if (BuiltInKindChecks.Text(address["ip"]) is { } ip && IpAddresses.SpecialRange(ip.Value) is { } range)
        {
            findings.Invalid(ApiserverProblem.InvalidValue, ip, path.Child("ip"), range, "give an address other Pods and nodes can reach");
        }

        if (BuiltInKindChecks.Text(address["hostname"]) is { Value.Length: > 0 } hostname && KubernetesNames.CheckDns1123Label(hostname.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, hostname, path.Child("hostname"), problem, "give a DNS label: lower-case letters, digits and '-'");
        }
    }

    private static void Port(YMapping port, bool requireName, FieldPath path, KindFindings findings)
    {
        var name = port["name"] as YScalar;
        var hasName = name is { IsNull: false, Value.Length: > 0 }; // a template placeholder counts as a name
        if (requireName && !hasName)
        {
            findings.Add(ApiserverProblem.Required, (YNode?)port.GetKey("name") ?? BuiltInKindChecks.Anchor(port), path.Child("name"), "Required value",
                "name each port: a subset with more than one port names them all (as its Service's ports)");
        }
        else if (hasName && BuiltInKindChecks.Text(name) is { } text && KubernetesNames.CheckDns1123Label(text.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, text, path.Child("name"), problem, "name the port with a DNS label: lower-case letters, digits and '-'");
        }

        if (port["port"] is YScalar number && YValues.TryGetInt(number, out var value) && value is < 1 or > 65535)
        {
            findings.Add(ApiserverProblem.OutOfRange, number, path.Child("port"), $"Invalid value: {value}: must be between 1 and 65535, inclusive", "give a port number from 1 to 65535");
        }
    }

    private static bool HasItems(YNode? node) => node is YSequence { Count: > 0 };

    /// <summary>A subset written with a template placeholder key may carry its addresses.</summary>
    private static bool HasUnreadable(YMapping subset)
    {
        foreach (var entry in subset.Entries)
        {
            if (YValues.IsPlaceholder(entry.Key.Value) || (entry.Key.Value is "addresses" or "notReadyAddresses" && entry.Value is YScalar { IsNull: false }))
            {
                return true;
            }
        }

        return false;
    }
}
