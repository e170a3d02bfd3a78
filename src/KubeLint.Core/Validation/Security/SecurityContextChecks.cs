using System.Globalization;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Security;

/// <summary>
/// Pod and container security contexts as <c>pkg/apis/core/validation/validation.go</c> checks them:
/// <c>ValidatePodSecurityContext</c> (validatePodSpecSecurityContext today), <c>ValidateSecurityContext</c> and
/// <c>validateSeccompProfileField</c>. Each rule registers <see cref="Report"/> for <see cref="Kinds"/> with its class.
/// Only the pod specs the apiserver validates on create (<see cref="PodSpecPaths.ValidatedOf"/>) are read.
/// </summary>
internal static class SecurityContextChecks
{
    private const string Core = "pkg/apis/core/validation/validation.go";

    /// <summary>The kinds whose pod specs the apiserver validates.</summary>
    public static readonly string[] Kinds = ["Pod", "PodTemplate", "ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "Job", "CronJob"];

    // Pod level: runAsUser, fsGroup and supplementalGroups through IsValidUserID/IsValidGroupID
    // (apimachinery pkg/util/validation: 0 to math.MaxInt32), as the 1.9 parity cases and today's sources have it;
    // earlier minors were not read, so they are not reported.
    internal static readonly ValidationSource PodIds = new(Core, "ValidatePodSecurityContext / validatePodSpecSecurityContext (IsValidUserID, IsValidGroupID)", Since: 9);

    // Container level: IsValidUserID from 1.10 (it came with runAsGroup). Before, ValidateSecurityContext refused a
    // negative runAsUser with wording that changed over the minors and was not read at 1.9: not reported there.
    internal static readonly ValidationSource ContainerIds = new(Core, "ValidateSecurityContext (IsValidUserID, IsValidGroupID)", Since: 10);

    // runAsGroup: alpha behind the RunAsGroup gate in 1.10–1.13 (off, the field is dropped), beta and on from 1.14.
    internal static readonly ValidationSource RunAsGroup = new(Core, "ValidateSecurityContext / ValidatePodSecurityContext (IsValidGroupID)", Since: 14);

    // allowPrivilegeEscalation appeared in 1.8 with this check; the parity suite confirms it from 1.9.
    internal static readonly ValidationSource Escalation = new(Core, "ValidateSecurityContext (allowPrivilegeEscalation)", Since: 9);

    // seccompProfile fields: GA in 1.19 (before, seccomp was set by annotations).
    internal static readonly ValidationSource Seccomp = new(Core, "validateSeccompProfileField", Since: 19);

    private const long MaxId = 2147483647;
    private const string IdFix = "use an ID from 0 to 2147483647";

    /// <summary>Reports the findings of <paramref name="problem"/>'s class with <paramref name="rule"/>.</summary>
    public static void Report(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, ApiserverProblem problem)
    {
        var walk = new SecurityWalk(ctx, rule, problem, ctx.TargetMinor());
        foreach (var spec in PodSpecPaths.ValidatedOf(ctx.Object))
        {
            if (spec.Spec.GetMapping("securityContext") is { } podContext)
            {
                Pod(walk, podContext, spec.Path.Child("securityContext"));
            }

            foreach (var container in PodSpecPaths.Containers(spec))
            {
                if (container.Node.GetMapping("securityContext") is { } containerContext)
                {
                    Container(walk, containerContext, container.Path.Child("securityContext"));
                }
            }
        }
    }

    private static void Pod(SecurityWalk walk, YMapping context, FieldPath path)
    {
        if (walk.Wants(ApiserverProblem.OutOfRange) && PodIds.AppliesTo(walk.Minor))
        {
            Id(walk, context, path, "runAsUser");
            Id(walk, context, path, "fsGroup");
            if (RunAsGroup.AppliesTo(walk.Minor))
            {
                Id(walk, context, path, "runAsGroup");
            }

            if (context.GetSequence("supplementalGroups") is { } groups)
            {
                var groupsPath = path.Child("supplementalGroups");
                for (var i = 0; i < groups.Count; i++)
                {
                    IdValue(walk, groups.Items[i], groupsPath.Index(i));
                }
            }
        }

        SeccompProfile(walk, context, path);
    }

    private static void Container(SecurityWalk walk, YMapping context, FieldPath path)
    {
        if (walk.Wants(ApiserverProblem.OutOfRange))
        {
            if (ContainerIds.AppliesTo(walk.Minor))
            {
                Id(walk, context, path, "runAsUser");
            }

            if (RunAsGroup.AppliesTo(walk.Minor))
            {
                Id(walk, context, path, "runAsGroup");
            }
        }

        // A privileged process, or one given CAP_SYS_ADMIN, can always gain privileges, so the apiserver refuses
        // allowPrivilegeEscalation: false beside either. Only the literal "CAP_SYS_ADMIN" is compared (not "SYS_ADMIN").
        if (walk.Wants(ApiserverProblem.Inconsistent) && Escalation.AppliesTo(walk.Minor)
            && context.TryGetEntry("allowPrivilegeEscalation", out var escalation) && IsBool(escalation.Value, false))
        {
            if (context.TryGetEntry("privileged", out var privileged) && IsBool(privileged.Value, true))
            {
                walk.Add(ApiserverProblem.Inconsistent, escalation.Value, path,
                    "Invalid value: core.SecurityContext{…}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true",
                    "drop allowPrivilegeEscalation: false (a privileged container can always escalate), or drop privileged: true", privileged.Key);
            }

            if (context.GetMapping("capabilities") is { } capabilities && capabilities.GetSequence("add") is { } added)
            {
                foreach (var item in added.Items)
                {
                    if (item is YScalar { Value: "CAP_SYS_ADMIN" } cap)
                    {
                        walk.Add(ApiserverProblem.Inconsistent, escalation.Value, path,
                            "Invalid value: core.SecurityContext{…}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN",
                            "drop allowPrivilegeEscalation: false, or do not add CAP_SYS_ADMIN", cap);
                    }
                }
            }
        }

        SeccompProfile(walk, context, path);
    }

    private static void SeccompProfile(SecurityWalk walk, YMapping context, FieldPath contextPath)
    {
        if (!Seccomp.AppliesTo(walk.Minor) || !context.TryGetEntry("seccompProfile", out var entry) || entry.Value is not YMapping profile)
        {
            return;
        }

        // An unreadable type (a number, a placeholder) is KL1003's or KL2009's; an unknown one is not judged here.
        if (ApiserverRules.WrittenText(profile["type"]) is not { } type)
        {
            return;
        }

        var path = contextPath.Child("seccompProfile");
        var hasProfile = profile.TryGetEntry("localhostProfile", out var local) && local.Value is not YScalar { IsNull: true };
        if (type.Value == "Localhost" && !hasProfile)
        {
            walk.Add(ApiserverProblem.Required, entry.Key, path.Child("localhostProfile"), "Required value: must be set when seccomp type is Localhost",
                "name the profile file, relative to the kubelet's seccomp directory (localhostProfile: profiles/audit.json), or use type: RuntimeDefault");
        }
        else if (type.Value != "Localhost" && hasProfile)
        {
            walk.Add(ApiserverProblem.Forbidden, local.Key, path.Child("localhostProfile"), "Invalid value: core.SeccompProfile{…}: can only be set when seccomp type is Localhost",
                "drop localhostProfile, or set type: Localhost to load that profile", type);
        }
    }

    private static void Id(SecurityWalk walk, YMapping context, FieldPath path, string field)
    {
        if (context.TryGetEntry(field, out var entry))
        {
            IdValue(walk, entry.Value, path.Child(field));
        }
    }

    // IsValidUserID / IsValidGroupID (apimachinery pkg/util/validation): 0 to math.MaxInt32.
    private static void IdValue(SecurityWalk walk, YNode node, FieldPath path)
    {
        // Only a plain integer is judged: other scalars are KL1003's.
        if (node is not YScalar scalar || !YValues.TryGetInt(scalar, out var id))
        {
            return;
        }

        if (id is < 0 or > MaxId)
        {
            walk.Add(ApiserverProblem.OutOfRange, scalar, path, $"Invalid value: {id.ToString(CultureInfo.InvariantCulture)}: must be between 0 and 2147483647, inclusive", IdFix);
        }
    }

    private static bool IsBool(YNode node, bool wanted) => wanted ? YValues.IsTrue(node) : YValues.IsFalse(node);
}

/// <summary>Reports the findings of one class while the checks walk an object's security contexts.</summary>
internal sealed class SecurityWalk(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, ApiserverProblem wanted, int minor)
{
    public int Minor => minor;

    public bool Wants(ApiserverProblem problem) => problem == wanted;

    public void Add(ApiserverProblem problem, YNode node, FieldPath path, string wording, string fix, YNode? related = null)
    {
        if (problem != wanted)
        {
            return;
        }

        if (related is null)
        {
            ctx.Report(rule, node, path, wording, fix);
        }
        else
        {
            ctx.Report(rule, node, path, wording, fix, related);
        }
    }
}
