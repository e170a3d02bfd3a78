using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Discovery;

/// <summary>
/// pkg/apis/discovery/validation/validation.go: ValidateEndpointSliceCreate — the addressType (IPv4, IPv6 or FQDN;
/// IP too before 1.18 deprecated it), each endpoint's addresses (1 to 100, IPv4 or IPv6 addresses as the type says),
/// outside the special ranges), its hostname a DNS label, and the ports (at most 100, names DNS labels written once; an absent name is the empty
/// one). IP addresses are held to ValidateNonSpecialIP as Endpoints are. Unknown port protocols are KL1004's. EndpointSlice is beta and on by default from 1.17.
/// </summary>
internal static class EndpointSliceChecks
{
    private const string File = "pkg/apis/discovery/validation/validation.go";

    public static readonly ValidationSource AddressType = new(File, "validateAddressType (supportedAddressTypes)", Since: 17);
    public static readonly ValidationSource Endpoints = new(File, "validateEndpoints (addresses, hostname)", Since: 17);
    public static readonly ValidationSource Ports = new(File, "validatePorts (names)", Since: 17);

    /// <summary>The IP address type, refused on create from 1.18 (deprecatedAddressTypes).</summary>
    private const int IpTypeUntil = 17;

    private const int MaxAddresses = 100;
    private const int MaxPorts = 100;

    public static void Check(YMapping root, KindFindings findings)
    {
        var type = BuiltInKindChecks.Text(root["addressType"]);
        if (type is not null && findings.Enforced(AddressType) && !Supported(type.Value, findings.Minor))
        {
            var supported = findings.Minor <= IpTypeUntil ? "\"FQDN\", \"IP\", \"IPv4\", \"IPv6\"" : "\"FQDN\", \"IPv4\", \"IPv6\"";
            findings.Add(ApiserverProblem.InvalidValue, type, FieldPath.Root("addressType"), $"Unsupported value: \"{type.Value}\": supported values: {supported}",
                "give IPv4, IPv6 or FQDN, the kind of every address in the slice");
        }

        if (findings.Enforced(Endpoints) && root.GetSequence("endpoints") is { } endpoints)
        {
            var path = FieldPath.Root("endpoints");
            for (var i = 0; i < endpoints.Count; i++)
            {
                if (endpoints.Items[i] is YMapping endpoint)
                {
                    Endpoint(endpoint, type?.Value, path.Index(i), findings);
                }
            }
        }

        if (findings.Enforced(Ports) && root.TryGetEntry("ports", out var portsEntry) && portsEntry.Value is YSequence ports)
        {
            PortList(portsEntry.Key, ports, FieldPath.Root("ports"), findings);
        }
    }

    private static bool Supported(string type, int minor) => type is "IPv4" or "IPv6" or "FQDN" || (type == "IP" && minor <= IpTypeUntil);

    private static void Endpoint(YMapping endpoint, string? type, FieldPath path, KindFindings findings)
    {
        var addressesPath = path.Child("addresses");
        if (endpoint.TryGetEntry("addresses", out var entry) && entry.Value is YSequence addresses)
        {
            if (addresses.Count == 0)
            {
                findings.Add(ApiserverProblem.Required, entry.Key, addressesPath, "Required value: must contain at least 1 address", "list the endpoint's address");
            }
            else if (addresses.Count > MaxAddresses)
            {
                findings.Add(ApiserverProblem.OutOfRange, entry.Key, addressesPath, $"Too many: {addresses.Count}: must have at most {MaxAddresses} items",
                    "an endpoint holds at most 100 addresses: split it");
            }

            for (var j = 0; j < addresses.Count && type is "IPv4" or "IPv6"; j++)
            {
                if (BuiltInKindChecks.Text(addresses.Items[j]) is { } address
                    && !(type == "IPv4" ? IpAddresses.IsIPv4Address(address.Value) : IpAddresses.IsIPv6Address(address.Value)))
                {
                    findings.Invalid(ApiserverProblem.InvalidValue, address, addressesPath.Index(j), $"must be a valid {type} address",
                        $"an {type} slice lists {type} addresses only: put other addresses in a slice of their own type");
                }
                else if (BuiltInKindChecks.Text(addresses.Items[j]) is { } valid && IpAddresses.SpecialRange(valid.Value) is { } range)
                {
                    findings.Invalid(ApiserverProblem.InvalidValue, valid, addressesPath.Index(j), range, "give an address other Pods and nodes can reach");
                }
            }
        }

        if (BuiltInKindChecks.Text(endpoint["hostname"]) is { } hostname && KubernetesNames.CheckDns1123Label(hostname.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, hostname, path.Child("hostname"), problem, "give a DNS label: lower-case letters, digits and '-'");
        }
    }

    private static void PortList(YScalar key, YSequence ports, FieldPath path, KindFindings findings)
    {
        if (ports.Count > MaxPorts)
        {
            findings.Add(ApiserverProblem.OutOfRange, key, path, $"Too many: {ports.Count}: must have at most {MaxPorts} items", "a slice holds at most 100 ports");
            return;
        }

        var names = new Dictionary<string, YNode>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports.Items[i] is not YMapping port)
            {
                continue;
            }

            var nameNode = port["name"];
            if (nameNode is YScalar written && YValues.IsPlaceholder(written.Value))
            {
                continue;
            }

            // SetDefaults_EndpointPort writes "" for an absent name.
            var name = nameNode is YScalar { IsNull: false } text ? text.Value : string.Empty;
            var at = nameNode ?? BuiltInKindChecks.Anchor(port);
            if (name.Length > 0 && nameNode is YScalar nameScalar && KubernetesNames.CheckDns1123Label(name) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidName, nameScalar, path.Index(i).Child("name"), problem, "name the port with a DNS label: lower-case letters, digits and '-'");
            }

            if (names.TryGetValue(name, out var first))
            {
                findings.Add(ApiserverProblem.Duplicate, at, path.Index(i).Child("name"), $"Duplicate value: \"{name}\"",
                    name.Length == 0 ? "name the ports: a slice holds one unnamed port at most" : "give each port of the slice its own name", first);
            }
            else
            {
                names[name] = at;
            }
        }
    }
}
