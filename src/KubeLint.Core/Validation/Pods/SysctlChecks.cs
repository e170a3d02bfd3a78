using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// A pod's <c>securityContext.sysctls</c> as pkg/apis/core/validation/validation.go: validateSysctls checks them:
/// a name (IsValidSysctlName: dot- or slash-separated segments, at most 253 characters), no name twice, and
/// (ValidateHostSysctl) no sysctl of the network or IPC namespace when the pod shares that namespace with the host.
/// Which sysctls a node allows (safe or not) is the kubelet's, reported as a warning by KL4025.
/// </summary>
internal static class SysctlChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    /// <summary>The sysctls field is beta and on from 1.11 (annotations before). Slashes are accepted at every minor
    /// here: a name the older, dot-only pattern refused is not reported.</summary>
    public static readonly ValidationSource Names = new(File, "validateSysctls (IsValidSysctlName)", Since: 11);

    /// <summary>Duplicates, and namespaced sysctls under hostNetwork or hostIPC, read in the recent sources (component-helpers'
    /// GetNamespace) and not in the 1.9-era ones; enforced from 1.27 here, a cautious bound.</summary>
    public static readonly ValidationSource HostNamespaces = new(File, "validateSysctls / ValidateHostSysctl (utilsysctl.GetNamespace)", Since: 27);

    private const int MaxLength = 253;
    private const string Pattern = @"^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";

    public static void Check(YMapping podSpec, YSequence sysctls, FieldPath path, KindFindings findings)
    {
        if (!findings.Enforced(Names))
        {
            return;
        }

        var hostNetwork = YValues.IsTrue(podSpec["hostNetwork"]);
        var hostIpc = YValues.IsTrue(podSpec["hostIPC"]);
        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < sysctls.Count; i++)
        {
            if (sysctls.Items[i] is not YMapping sysctl)
            {
                continue;
            }

            var namePath = path.Index(i).Child("name");
            if (!sysctl.TryGetEntry("name", out var entry) || entry.Value is YScalar { IsNull: true } or YScalar { Value.Length: 0 })
            {
                findings.Add(ApiserverProblem.Required, sysctl.TryGetEntry("name", out var empty) ? empty.Key : BuiltInKindChecks.Anchor(sysctl), namePath, "Required value",
                    "name the kernel parameter, e.g. net.ipv4.ip_local_port_range");
                continue;
            }

            if (BuiltInKindChecks.Text(entry.Value) is not { } name)
            {
                continue;
            }

            if (!IsValidName(name.Value))
            {
                findings.Invalid(ApiserverProblem.InvalidName, name, namePath, $"must have at most {MaxLength} characters and match regex {Pattern}",
                    "write the kernel parameter in lower case, its parts separated by '.' (or '/'), e.g. net.core.somaxconn");
            }
            else if (seen.TryGetValue(name.Value, out var first) && findings.Enforced(HostNamespaces))
            {
                findings.Add(ApiserverProblem.Duplicate, name, namePath, $"Duplicate value: \"{name.Value}\"", "set each kernel parameter once", first);
            }
            else
            {
                seen.Add(name.Value, name);
            }

            if (findings.Enforced(HostNamespaces))
            {
                var ns = Namespace(name.Value);
                if (hostNetwork && ns == "net")
                {
                    findings.Invalid(ApiserverProblem.Inconsistent, name, namePath, "may not be specified when 'hostNetwork' is true",
                        "a pod on the host's network cannot set its network sysctls: drop the sysctl or hostNetwork");
                }
                else if (hostIpc && ns == "ipc")
                {
                    findings.Invalid(ApiserverProblem.Inconsistent, name, namePath, "may not be specified when 'hostIPC' is true",
                        "a pod in the host's IPC namespace cannot set its IPC sysctls: drop the sysctl or hostIPC");
                }
            }
        }

    }

    /// <summary>IsValidSysctlName: segments of lower-case letters and digits (with '-' and '_' inside), separated by '.' or '/'.</summary>
    internal static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] is not ('.' or '/'))
            {
                continue;
            }

            var segment = name.AsSpan(start, i - start);
            if (segment.Length == 0 || !IsEdge(segment[0]) || !IsEdge(segment[^1]))
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (!IsEdge(c) && c is not ('-' or '_'))
                {
                    return false;
                }
            }

            start = i + 1;
        }

        return true;
    }

    private static bool IsEdge(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    /// <summary>component-helpers' GetNamespace: kernel.sem, kernel.shm*, kernel.msg*, fs.mqueue.* are IPC; net.* network.</summary>
    private static string? Namespace(string name)
    {
        var dotted = name.Replace('/', '.');
        return dotted == "kernel.sem" || dotted.StartsWith("kernel.shm", StringComparison.Ordinal) || dotted.StartsWith("kernel.msg", StringComparison.Ordinal)
            || dotted.StartsWith("fs.mqueue.", StringComparison.Ordinal) ? "ipc"
            : dotted.StartsWith("net.", StringComparison.Ordinal) ? "net"
            : null;
    }
}
