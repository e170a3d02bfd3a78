using System.Collections.Frozen;

namespace KubeLint.Core.Rules.Security;

/// <summary>
/// CVSS-like scores (0.0–10.0) of the security rules, for SARIF's <c>properties.security-severity</c>
/// (GitHub: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low). A descriptor that carries
/// the <see cref="Tag"/> custom tag has a score here; a test keeps the two in step.
/// </summary>
internal static class SecuritySeverity
{
    /// <summary>The custom tag of descriptors that have a security score.</summary>
    public const string Tag = "security";

    /// <summary>Scores by rule ID. They rank what an attacker gains, not how likely the finding is real.</summary>
    public static readonly FrozenDictionary<string, double> Scores = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["KL4006"] = 9.0, // privileged container: the node is the container's
        ["KL4007"] = 5.5, // setuid binaries can gain more privileges than the process has
        ["KL4008"] = 5.0, // root in the container, one escape away from root on the node
        ["KL4009"] = 3.5, // a writable root filesystem lets an intruder persist tools
        ["KL4010"] = 8.0, // the node's network, processes or IPC
        ["KL4011"] = 8.5, // the node's files, the container runtime's socket
        ["KL4012"] = 7.5, // capabilities that break isolation (SYS_ADMIN …)
        ["KL4013"] = 7.0, // a credential readable by anyone who reads the manifest
        ["KL4016"] = 3.0, // an API token the pod does not need
        ["KL4022"] = 4.0, // raw sockets: spoofing and sniffing on the pod network
        ["KL4023"] = 6.0, // images from an unvetted registry
        ["KL4024"] = 3.0, // an SSH server: another way in, with its own credentials
        ["KL4025"] = 5.0, // kernel settings shared with the whole node
        ["KL4026"] = 5.5, // writes to the node's filesystem
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The score of a rule, or null when it has none.</summary>
    public static double? For(string ruleId) => Scores.TryGetValue(ruleId, out var score) ? score : null;
}
