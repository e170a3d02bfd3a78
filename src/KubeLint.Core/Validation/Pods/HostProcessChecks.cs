using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// Windows HostProcess containers as pkg/apis/core/validation/validation.go: validateWindowsHostProcessPod checks
/// them: a container's <c>windowsOptions.hostProcess</c> may not contradict the pod's; once any container is a
/// HostProcess one (set, or inherited from the pod), every container must be, and the pod must use the host's
/// network. WindowsHostProcessContainers is beta and on from 1.23 (GA 1.26). Whether the cluster allows
/// privileged pods at all is its own policy, not checked.
/// </summary>
internal static class HostProcessChecks
{
    public static readonly ValidationSource HostProcess = new("pkg/apis/core/validation/validation.go", "validateWindowsHostProcessPod", Since: 23);

    public static void Check(PodSpecAt spec, KindFindings findings)
    {
        if (!findings.Enforced(HostProcess))
        {
            return;
        }

        var podValue = Flag(spec.Spec.GetMapping("securityContext"), out var podNode);
        var total = 0;
        var hostProcess = 0;
        YNode? firstHostProcess = podValue == true ? podNode : null;
        YNode? firstOther = null;
        foreach (var container in PodSpecPaths.Containers(spec))
        {
            total++;
            var value = Flag(container.Node.GetMapping("securityContext"), out var node);
            if (podValue is { } pod && value is { } own && pod != own)
            {
                findings.Add(ApiserverProblem.Inconsistent, node!, container.Path.Child("securityContext").Child("windowsOptions").Child("hostProcess"),
                    $"Invalid value: {Lower(own)}: pod hostProcess value must be identical if both are specified, was {Lower(pod)}",
                    "set hostProcess once, in the pod's securityContext.windowsOptions, or the same value in both", podNode);
            }

            if (value ?? podValue ?? false)
            {
                hostProcess++;
                firstHostProcess ??= node ?? podNode;
            }
            else
            {
                firstOther ??= container.Container.Anchor;
            }
        }

        if (hostProcess == 0 || firstHostProcess is null)
        {
            return;
        }

        if (hostProcess != total && firstOther is not null)
        {
            findings.Add(ApiserverProblem.Inconsistent, firstOther, spec.Path, "Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers",
                "make every container a HostProcess one (set windowsOptions.hostProcess: true on the pod), or none", firstHostProcess);
        }

        if (!YValues.IsTrue(spec.Spec["hostNetwork"]))
        {
            var anchor = spec.Spec["hostNetwork"] is YScalar { IsNull: false } written ? written : firstHostProcess;
            findings.Add(ApiserverProblem.Inconsistent, anchor, spec.Path.Child("hostNetwork"), "Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers",
                "set hostNetwork: true: HostProcess containers run in the node's network namespace", anchor == firstHostProcess ? null : firstHostProcess);
        }
    }

    /// <summary>The written <c>windowsOptions.hostProcess</c> of a security context (its value node in <paramref name="node"/>), or null.</summary>
    private static bool? Flag(YMapping? securityContext, out YNode? node)
    {
        node = securityContext?.GetMapping("windowsOptions")?["hostProcess"];
        return YValues.IsTrue(node) ? true : YValues.IsFalse(node) ? false : null;
    }

    private static string Lower(bool value) => value ? "true" : "false";
}
