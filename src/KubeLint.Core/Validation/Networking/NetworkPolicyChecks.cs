using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Networking;

/// <summary>
/// pkg/apis/networking/validation/validation.go: ValidateNetworkPolicySpec and the functions it calls, beyond
/// what other rules report (a string port that is no port name and a cidr or except that is no CIDR are KL1013's,
/// the protocol KL1004's): port numbers and port ranges, peers, except ranges inside cidr, the number of policy types.
/// </summary>
internal static class NetworkPolicyChecks
{
    private const string File = "pkg/apis/networking/validation/validation.go";

    /// <summary>ValidateNetworkPolicyPort (IsValidPortNum): a numeric port in 1–65535, every minor.</summary>
    public static readonly ValidationSource PortNumber = new(File, "ValidateNetworkPolicyPort (validation.IsValidPortNum)");

    /// <summary>endPort: alpha (off, dropped) in 1.21, beta and on from 1.22 (NetworkPolicyEndPort).</summary>
    public static readonly ValidationSource EndPort = new(File, "ValidateNetworkPolicyPort (endPort)", Since: 22);

    /// <summary>
    /// ValidateNetworkPolicyPeer: a peer names at least one selector or an ipBlock, and an ipBlock alone. Held
    /// from 1.11, when podSelector and namespaceSelector were first allowed together (kubernetes#60452); the
    /// 1.8–1.10 sources refused any two peers with other wording, which this does not report.
    /// </summary>
    public static readonly ValidationSource Peers = new(File, "ValidateNetworkPolicyPeer", Since: 11);

    /// <summary>ValidateIPBlock: each except range a strict subset of cidr (ipBlock is 1.8's).</summary>
    public static readonly ValidationSource ExceptSubset = new(File, "ValidateIPBlock (strict subset of cidr)", Since: 8);

    /// <summary>ValidateNetworkPolicySpec: at most two policyTypes (the field is 1.8's).</summary>
    public static readonly ValidationSource PolicyTypeCount = new(File, "ValidateNetworkPolicySpec (policyTypes)", Since: 8);

    private const string PortRange = "must be between 1 and 65535, inclusive";
    private static readonly string[] PeerKinds = ["podSelector", "namespaceSelector", "ipBlock"];

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        Rules(spec.GetSequence("ingress"), specPath.Child("ingress"), "from", findings);
        Rules(spec.GetSequence("egress"), specPath.Child("egress"), "to", findings);
        if (findings.Enforced(PolicyTypeCount) && spec.TryGetEntry("policyTypes", out var types) && types.Value is YSequence { Count: > 2 } list)
        {
            findings.Add(ApiserverProblem.OutOfRange, types.Key, specPath.Child("policyTypes"), $"Invalid value: {GoFormat.Slice(list)}: may not specify more than two policyTypes",
                "list each of Ingress and Egress at most once");
        }
    }

    private static void Rules(YSequence? rules, FieldPath rulesPath, string peersKey, KindFindings findings)
    {
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            if (rules!.Items[i] is not YMapping rule)
            {
                continue;
            }

            var rulePath = rulesPath.Index(i);
            if (rule.GetSequence("ports") is { } ports)
            {
                for (var j = 0; j < ports.Count; j++)
                {
                    if (ports.Items[j] is YMapping port)
                    {
                        Port(port, rulePath.Child("ports").Index(j), findings);
                    }
                }
            }

            if (rule.GetSequence(peersKey) is { } peers)
            {
                for (var j = 0; j < peers.Count; j++)
                {
                    if (peers.Items[j] is YMapping peer)
                    {
                        Peer(peer, rulePath.Child(peersKey).Index(j), findings);
                    }
                }
            }
        }
    }

    private static void Port(YMapping port, FieldPath path, KindFindings findings)
    {
        var portNode = port["port"] as YScalar;
        var hasPort = portNode is { IsNull: false } && !YValues.IsPlaceholder(portNode.Value);
        long number = 0;
        var numeric = hasPort && YValues.TryGetInt(portNode, out number); // a plain number; a quoted one is a port name
        if (numeric && findings.Enforced(PortNumber) && number is < 1 or > 65535)
        {
            findings.Add(ApiserverProblem.OutOfRange, portNode!, path.Child("port"), $"Invalid value: {number}: {PortRange}", "give a port number from 1 to 65535");
        }

        if (!findings.Enforced(EndPort) || !port.TryGetEntry("endPort", out var endEntry) || endEntry.Value is not YScalar endNode
            || !YValues.TryGetInt(endNode, out var end))
        {
            return;
        }

        var endPath = path.Child("endPort");
        if (!hasPort)
        {
            findings.Add(ApiserverProblem.Inconsistent, endNode, endPath, $"Invalid value: {end}: may not be specified when `port` is not specified",
                "set port to the first port of the range, or remove endPort");
            return;
        }

        if (!numeric)
        {
            findings.Add(ApiserverProblem.Inconsistent, endNode, endPath, $"Invalid value: {end}: may not be specified when `port` is non-numeric",
                "a range needs port numbers: give port as a number, or remove endPort", portNode);
            return;
        }

        if (end < number)
        {
            findings.Add(ApiserverProblem.OutOfRange, endNode, endPath, $"Invalid value: {end}: must be greater than or equal to `port`",
                $"give endPort {number} or more (the last port of the range starting at port)");
        }

        if (end is < 1 or > 65535)
        {
            findings.Add(ApiserverProblem.OutOfRange, endNode, endPath, $"Invalid value: {end}: {PortRange}", "give a port number from 1 to 65535");
        }
    }

    private static void Peer(YMapping peer, FieldPath path, KindFindings findings)
    {
        if (findings.Enforced(Peers))
        {
            var count = 0;
            foreach (var kind in PeerKinds)
            {
                // A selector written as null is none; {} selects everything and counts.
                if (peer[kind] is YMapping)
                {
                    count++;
                }
            }

            if (count == 0 && !HasUnreadable(peer))
            {
                findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(peer), path, "Required value: must specify a peer",
                    "give podSelector, namespaceSelector (or both), or ipBlock; to allow every source, drop the from/to list instead");
            }
            else if (count > 1 && peer.TryGetEntry("ipBlock", out var block) && block.Value is YMapping)
            {
                findings.Add(ApiserverProblem.Forbidden, block.Key, path, "Forbidden: may not specify both ipBlock and another peer",
                    "put the ipBlock in a list item of its own: items are ORed, selectors within one item ANDed");
            }
        }

        if (findings.Enforced(ExceptSubset) && peer.GetMapping("ipBlock") is { } ipBlock
            && BuiltInKindChecks.Text(ipBlock["cidr"]) is { } cidrNode && CidrRange.TryParse(cidrNode.Value, out var cidr)
            && ipBlock.GetSequence("except") is { } excepts)
        {
            var exceptPath = path.Child("ipBlock").Child("except");
            for (var k = 0; k < excepts.Count; k++)
            {
                if (BuiltInKindChecks.Text(excepts.Items[k]) is { } exceptNode && CidrRange.TryParse(exceptNode.Value, out var except) && !cidr.StrictlyContains(except))
                {
                    findings.Add(ApiserverProblem.Inconsistent, exceptNode, exceptPath.Index(k), $"Invalid value: \"{exceptNode.Value}\": must be a strict subset of `cidr`",
                        $"except only ranges inside {cidrNode.Value} and smaller than it", cidrNode);
                }
            }
        }
    }

    /// <summary>A peer written with a template placeholder or a key this does not know (KL1002's) is left alone.</summary>
    private static bool HasUnreadable(YMapping peer)
    {
        foreach (var entry in peer.Entries)
        {
            if (Array.IndexOf(PeerKinds, entry.Key.Value) < 0 && entry.Value is not YScalar { IsNull: true })
            {
                return true;
            }
        }

        return false;
    }
}
