using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// Probes and lifecycle hooks as pkg/apis/core/validation/validation.go checks them: validateInitContainers
/// forbids them on an init container unless it is a sidecar (<c>restartPolicy: Always</c>, SidecarContainers
/// beta and on from 1.29; before, the field is dropped or unknown, so the probes stay forbidden), and
/// validateHandler → validateExecAction requires an exec handler's command wherever handlers are validated, and
/// validateSleepAction bounds a sleep hook by the termination grace period.
/// One handler, not two or none, is KL1015's; port names KL1013's; port numbers KL2010's.
/// </summary>
internal static class ProbeChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    // Read in the 1.9 sources (lifecycle, livenessProbe, readinessProbe; startupProbe joined in 1.16) and today's.
    public static readonly ValidationSource InitContainerFields = new(File, "validateInitContainers", Since: 9);

    // From 1.28 the refusal is a Forbidden naming the sidecar way out; before, an Invalid of the whole probe.
    private static readonly ValidationSource SidecarWording = new(File, "validateInitContainers (SidecarContainers)", Since: 28);
    private static readonly ValidationSource Sidecars = new(File, "validateInitContainers (restartPolicy Always)", Since: 29);

    public static readonly ValidationSource ExecCommand = new(File, "validateHandler / validateExecAction");

    // The sleep hook: PodLifecycleSleepAction beta and on from 1.30; AllowPodLifecycleSleepActionZeroValue (alpha 1.32,
    // beta and on from 1.33) lets it sleep 0 seconds.
    public static readonly ValidationSource Sleep = new(File, "validateLifecycle / validateSleepAction", Since: 30);
    private static readonly ValidationSource SleepZero = new(File, "validateSleepAction (AllowPodLifecycleSleepActionZeroValue)", Since: 33);

    // ValidatePodSpec takes the grace period after defaulting: 30 seconds unless the pod spec says otherwise.
    private const long DefaultGracePeriod = 30;

    private static readonly string[] ProbeKeys = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] Hooks = ["postStart", "preStop"];

    // An array, not a span literal of four: see ColdStartJitTests.
    private static readonly string[] InitForbidden = ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"];

    public static void Check(ContainerAt container, KindFindings findings)
    {
        var node = container.Node;
        var role = container.Container.Role;
        var minor = findings.Minor;
        var validated = role == ContainerRole.Regular || (role == ContainerRole.Init && container.Container.IsSidecar && findings.Enforced(Sidecars));
        if (role == ContainerRole.Init && !validated)
        {
            if (findings.Enforced(InitContainerFields))
            {
                ForbidOnInitContainer(container, findings);
            }

            return;
        }

        if (!validated)
        {
            return; // ephemeral containers may hold no probe or hook at all
        }

        foreach (var key in ProbeKeys)
        {
            // startupProbe: alpha 1.16 (off, the field is dropped), beta and on from 1.18.
            if ((key != "startupProbe" || minor >= 18) && node.GetMapping(key) is { } probe)
            {
                Exec(probe, container.Path.Child(key), findings);
            }
        }

        if (node.GetMapping("lifecycle") is { } lifecycle)
        {
            foreach (var hook in Hooks)
            {
                if (lifecycle.GetMapping(hook) is { } handler)
                {
                    Exec(handler, container.Path.Child("lifecycle").Child(hook), findings);
                    SleepSeconds(container.Container.PodSpec, handler, container.Path.Child("lifecycle").Child(hook), findings);
                }
            }
        }
    }

    private static void ForbidOnInitContainer(ContainerAt container, KindFindings findings)
    {
        var forbidden = findings.Enforced(SidecarWording);
        foreach (var key in InitForbidden)
        {
            // startupProbe exists from 1.16 and is kept from 1.18 (KL1001 before).
            if ((key == "startupProbe" && findings.Minor < 18) || !container.Node.TryGetEntry(key, out var entry) || entry.Value is not YMapping)
            {
                continue;
            }

            var type = key == "lifecycle" ? "core.Lifecycle" : "core.Probe";
            findings.Add(ApiserverProblem.Forbidden, entry.Key, container.Path.Child(key),
                forbidden ? "Forbidden: may not be set for init containers without restartPolicy=Always" : $"Invalid value: {type}{{…}}: must not be set for init containers",
                forbidden
                    ? $"an init container runs to completion before the others start: remove {key}, or make it a sidecar with restartPolicy: Always"
                    : $"an init container runs to completion before the others start: remove {key}");
        }
    }

    /// <summary>validateSleepAction: a sleep hook's seconds lie between 1 (0 from 1.33) and the pod's termination grace period.</summary>
    private static void SleepSeconds(YMapping podSpec, YMapping handler, FieldPath path, KindFindings findings)
    {
        if (!findings.Enforced(Sleep) || handler.GetMapping("sleep") is not { } sleep || !YValues.TryGetInt(sleep["seconds"], out var seconds))
        {
            return;
        }

        var grace = DefaultGracePeriod;
        if (podSpec.TryGetEntry("terminationGracePeriodSeconds", out var written))
        {
            if (!YValues.TryGetInt(written.Value, out grace) || grace < 0)
            {
                return; // not a number, or negative: another finding (and the apiserver skips this check)
            }
        }

        var zeroAllowed = findings.Enforced(SleepZero);
        if (seconds > grace || seconds < 0 || (seconds == 0 && !zeroAllowed))
        {
            var wording = zeroAllowed
                ? $"must be non-negative and less than terminationGracePeriodSeconds ({grace})"
                : $"must be greater than 0 and less than terminationGracePeriodSeconds ({grace})";
            findings.Add(ApiserverProblem.OutOfRange, sleep["seconds"]!, path.Child("sleep"), $"Invalid value: {seconds}: {wording}",
                seconds > grace ? $"sleep at most {grace} seconds, or raise terminationGracePeriodSeconds" : "sleep at least 1 second");
        }
    }

    /// <summary>validateExecAction: an exec handler runs a command, so the command list may not be empty.</summary>
    private static void Exec(YMapping handler, FieldPath path, KindFindings findings)
    {
        if (!findings.Enforced(ExecCommand) || !handler.TryGetEntry("exec", out var exec) || exec.Value is not YMapping action)
        {
            return;
        }

        if (!action.TryGetEntry("command", out var command))
        {
            findings.Add(ApiserverProblem.Required, exec.Key, path.Child("exec").Child("command"), "Required value", "give the command to run, e.g. command: [cat, /tmp/healthy]");
        }
        else if (command.Value is YSequence { Count: 0 } or YScalar { IsNull: true })
        {
            findings.Add(ApiserverProblem.Required, command.Key, path.Child("exec").Child("command"), "Required value", "give the command to run, e.g. command: [cat, /tmp/healthy]");
        }
    }
}
