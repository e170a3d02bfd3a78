using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// AppArmor as pkg/apis/core/validation/validation.go checks it, in both of its forms: the
/// <c>container.apparmor.security.beta.kubernetes.io/NAME</c> annotations of a pod or pod template
/// (ValidatePodSpecificAnnotations → ValidateAppArmorPodAnnotations: the container must exist, the profile must be
/// runtime/default, unconfined or localhost/…) and the <c>appArmorProfile</c> field of pod and container
/// security contexts (ValidateAppArmorProfileField, GA in 1.30). An unknown profile type is KL1004's.
/// </summary>
internal static class AppArmorChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";
    private const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    /// <summary>The beta annotations (AppArmor beta and on since 1.4), read at the 1.9-era sources and today's.</summary>
    public static readonly ValidationSource Annotations = new(File, "ValidateAppArmorPodAnnotations (ValidateAppArmorProfileFormat)", Since: 9);

    /// <summary>The appArmorProfile field: GA in 1.30 (the field does not exist before).</summary>
    public static readonly ValidationSource Field = new(File, "ValidateAppArmorProfileField", Since: 30);

    /// <summary>Checks the AppArmor annotations of <paramref name="metadata"/> (at <paramref name="annotationsPath"/>) against the pod spec's containers.</summary>
    public static void CheckAnnotations(YMapping? metadata, FieldPath annotationsPath, YMapping podSpec, KindFindings findings)
    {
        if (!findings.Enforced(Annotations) || metadata?.GetMapping("annotations") is not { } annotations)
        {
            return;
        }

        HashSet<string>? names = null;
        foreach (var entry in annotations.Entries)
        {
            var key = entry.Key.Value;
            if (!key.StartsWith(AnnotationPrefix, StringComparison.Ordinal) || YValues.IsPlaceholder(key))
            {
                continue;
            }

            var container = key[AnnotationPrefix.Length..];
            names ??= ContainerNames(podSpec);
            if (names is not null && !names.Contains(container))
            {
                findings.Add(ApiserverProblem.Inconsistent, entry.Key, annotationsPath.Key(key), $"Invalid value: \"{container}\": container not found",
                    names.Count > 0 ? $"name one of the pod's containers after the '/': {string.Join(", ", names.Order(StringComparer.Ordinal))}" : "name one of the pod's containers after the '/'");
            }

            if (BuiltInKindChecks.Text(entry.Value) is { } profile && !IsProfile(profile.Value))
            {
                findings.Invalid(ApiserverProblem.InvalidValue, profile, annotationsPath.Key(key), $"invalid AppArmor profile name: \"{profile.Value}\"",
                    "use runtime/default, unconfined or localhost/<profile loaded on the node>");
            }
        }
    }

    /// <summary>ValidateAppArmorProfileFormat: empty, runtime/default, unconfined, or a localhost/ profile.</summary>
    private static bool IsProfile(string value) =>
        value is "" or "runtime/default" or "unconfined" || value.StartsWith("localhost/", StringComparison.Ordinal);

    /// <summary>ValidateAppArmorProfileField on a pod or container security context's appArmorProfile.</summary>
    public static void CheckField(YMapping securityContext, FieldPath contextPath, KindFindings findings)
    {
        if (!findings.Enforced(Field) || !securityContext.TryGetEntry("appArmorProfile", out var entry) || entry.Value is not YMapping profile)
        {
            return;
        }

        var path = contextPath.Child("appArmorProfile");
        var type = BuiltInKindChecks.Text(profile["type"]);
        var hasLocal = profile.TryGetEntry("localhostProfile", out var local) && local.Value is not YScalar { IsNull: true };
        switch (type?.Value)
        {
            case null:
                return; // absent (the schema requires it: KL1005's), or not text
            case "":
                findings.Add(ApiserverProblem.Required, profile.GetKey("type")!, path.Child("type"), "Required value: type is required when appArmorProfile is set",
                    "set type: RuntimeDefault, Unconfined or Localhost");
                break;
            case "Localhost":
                if (!hasLocal || (local.Value is YScalar { Value.Length: 0 }))
                {
                    findings.Add(ApiserverProblem.Required, hasLocal ? local.Key : profile.GetKey("type")!, path.Child("localhostProfile"), "Required value: must be set when AppArmor type is Localhost",
                        "name the profile loaded on the node, e.g. localhostProfile: k8s-apparmor-example-deny-write");
                }
                else if (BuiltInKindChecks.Text(local.Value) is { } name && name.Value.Trim() != name.Value)
                {
                    findings.Invalid(ApiserverProblem.InvalidValue, name, path.Child("localhostProfile"), "must not be padded with whitespace", $"write the profile name without spaces: {name.Value.Trim()}");
                }

                break;
            case "RuntimeDefault" or "Unconfined":
                if (hasLocal)
                {
                    findings.Add(ApiserverProblem.Forbidden, local.Key, path.Child("localhostProfile"), "Invalid value: can only be set when AppArmor type is Localhost",
                        $"remove localhostProfile, or set type: Localhost (it is {type.Value})", type);
                }

                break;
        }
    }

    /// <summary>Every container name of the pod spec (all three lists); null when one is not written out.</summary>
    private static HashSet<string>? ContainerNames(YMapping podSpec)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in (ReadOnlySpan<string>)["containers", "initContainers", "ephemeralContainers"])
        {
            foreach (var container in podSpec.GetSequence(list)?.Mappings ?? [])
            {
                if (BuiltInKindChecks.Text(container["name"]) is not { } name)
                {
                    return null;
                }

                names.Add(name.Value);
            }
        }

        return names;
    }
}
