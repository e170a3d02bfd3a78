using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// Ephemeral containers as pkg/apis/core/validation/validation.go checks them when an object is created: a Pod may
/// not have any (ValidatePodCreate: they are added later through the ephemeralcontainers subresource), a pod
/// template may not either (ValidatePodTemplateSpec), and validateEphemeralContainers forbids the fields its allow
/// list leaves out (ports, resources, probes, lifecycle, resize and restart policies) and volume subpaths.
/// EphemeralContainers is beta and on from 1.23 (alpha and off, the field dropped, before).
/// </summary>
internal static class EphemeralContainerChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource OnCreate = new(File, "ValidatePodCreate, ValidatePodTemplateSpec, validateEphemeralContainers (allowedEphemeralContainerFields)", Since: 23);

    // The container fields allowedEphemeralContainerFields marks false (or leaves out).
    private static readonly string[] Forbidden = ["ports", "resources", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "resizePolicy", "restartPolicy"];

    public static void Check(PodSpecAt spec, bool isPod, KindFindings findings)
    {
        if (!findings.Enforced(OnCreate) || !spec.Spec.TryGetEntry("ephemeralContainers", out var entry) || entry.Value is not YSequence { Count: > 0 } containers)
        {
            return;
        }

        var listPath = spec.Path.Child("ephemeralContainers");
        findings.Add(ApiserverProblem.Forbidden, entry.Key, listPath,
            isPod ? "Forbidden: cannot be set on create" : "Forbidden: ephemeral containers not allowed in pod template",
            isPod ? "add ephemeral containers to a running pod with kubectl debug; remove them from the manifest" : "remove ephemeralContainers: they are added to running pods with kubectl debug, never templated");

        for (var i = 0; i < containers.Count; i++)
        {
            if (containers.Items[i] is not YMapping container)
            {
                continue;
            }

            var path = listPath.Index(i);
            foreach (var field in Forbidden)
            {
                if (container.TryGetEntry(field, out var set) && set.Value is not YScalar { IsNull: true })
                {
                    findings.Add(ApiserverProblem.Forbidden, set.Key, path.Child(field), "Forbidden: cannot be set for an Ephemeral Container",
                        $"remove {field}: an ephemeral container is a debugging aid the pod does not depend on");
                }
            }

            if (container.GetSequence("volumeMounts") is not { } mounts)
            {
                continue;
            }

            for (var j = 0; j < mounts.Count; j++)
            {
                foreach (var key in (ReadOnlySpan<string>)["subPath", "subPathExpr"])
                {
                    if (mounts.Items[j] is YMapping mount && mount.TryGetEntry(key, out var sub) && sub.Value is YScalar { IsNull: false, Value.Length: > 0 })
                    {
                        findings.Add(ApiserverProblem.Forbidden, sub.Key, path.Child("volumeMounts").Index(j).Child(key), "Forbidden: cannot be set for an Ephemeral Container",
                            "mount the whole volume: subpaths are bind mounts that outlive the ephemeral container");
                    }
                }
            }
        }
    }
}
