using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateResourceQuotaSpec, with the resource and scope sets of
/// pkg/apis/core/helper/helpers.go. Each spec.hard key must be a qualified name and, without a '/', a resource the
/// quota system tracks; each value non-negative, and whole for object counts and extended resources; spec.scopes
/// known, not paired with their opposites, and fit for every tracked resource in spec.hard. The 1.9 and the
/// current sources agree on all of it. Scopes newer than 1.9 (PriorityClass, CrossNamespacePodAffinity, …) are
/// never reported: their arrival and rules changed over the minors.
/// </summary>
internal static class ResourceQuotaChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource ResourceName = new(File, "ValidateResourceQuotaResourceName (validateResourceName, IsStandardQuotaResourceName)");
    public static readonly ValidationSource QuantityValue = new(File, "ValidateResourceQuantityValue (ValidateNonnegativeQuantity, IsIntegerResourceName)");
    public static readonly ValidationSource Scopes = new(File, "validateResourceQuotaScopes");

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        var hard = spec.GetMapping("hard");
        if (hard is not null)
        {
            Hard(hard, specPath.Child("hard"), findings);
        }

        if (spec.GetSequence("scopes") is { } scopes && findings.Enforced(Scopes))
        {
            ScopeList(scopes, hard, specPath.Child("scopes"), findings);
        }
    }

    private static void Hard(YMapping hard, FieldPath path, KindFindings findings)
    {
        foreach (var entry in hard.Entries)
        {
            var name = entry.Key.Value;
            if (YValues.IsPlaceholder(name))
            {
                continue;
            }

            var keyPath = path.Key(name);
            if (findings.Enforced(ResourceName))
            {
                if (KubernetesNames.CheckQualifiedName(name) is { } reason)
                {
                    findings.Invalid(ApiserverProblem.InvalidName, entry.Key, keyPath, reason, "name a quota resource such as pods, requests.cpu or count/deployments.apps");
                }
                else if (!name.Contains('/') && !IsStandardQuotaResource(name))
                {
                    findings.Invalid(ApiserverProblem.InvalidName, entry.Key, keyPath, "must be a standard resource for quota",
                        "use a tracked resource (pods, services, secrets, requests.cpu, limits.memory, requests.storage, …) or count/<resource>.<group>");
                }
            }

            if (findings.Enforced(QuantityValue) && entry.Value is YScalar { IsNull: false } value
                && !YValues.IsPlaceholder(value.Value) && Quantity.TryParse(value.Value, out var quantity))
            {
                if (quantity.Value < 0)
                {
                    findings.Invalid(ApiserverProblem.OutOfRange, value, keyPath, "must be greater than or equal to 0", "a quota cannot be negative: give 0 or more");
                }
                else if (IsIntegerResource(name) && !IsWhole(quantity.Value))
                {
                    findings.Invalid(ApiserverProblem.InvalidValue, value, keyPath, "must be an integer", $"{name} counts whole objects: give a number without a fraction or milli suffix");
                }
            }
        }
    }

    private static void ScopeList(YSequence scopes, YMapping? hard, FieldPath path, KindFindings findings)
    {
        YScalar? bestEffort = null, notBestEffort = null, terminating = null, notTerminating = null;
        foreach (var item in scopes.Items)
        {
            if (BuiltInKindChecks.Text(item) is not { } scope || YValues.IsPlaceholder(scope.Value))
            {
                continue;
            }

            switch (scope.Value)
            {
                case "BestEffort": bestEffort ??= scope; break;
                case "NotBestEffort": notBestEffort ??= scope; break;
                case "Terminating": terminating ??= scope; break;
                case "NotTerminating": notTerminating ??= scope; break;
                case "PriorityClass" or "CrossNamespacePodAffinity" or "VolumeAttributesClass": continue;
                default:
                    // field.Invalid(spec.scopes, the whole list, ...): the path names the list, the finding sits on the item.
                    findings.Add(ApiserverProblem.InvalidValue, scope, path, $"Invalid value: \"{scope.Value}\": unsupported scope",
                        "use Terminating, NotTerminating, BestEffort or NotBestEffort (or a scopeSelector)");
                    continue;
            }

            foreach (var entry in hard?.Entries ?? default)
            {
                var resource = entry.Key.Value;
                if (IsStandardQuotaResource(resource) && !ScopeFits(scope.Value, resource))
                {
                    findings.Add(ApiserverProblem.Inconsistent, scope, path, $"Invalid value: \"{scope.Value}\": unsupported scope applied to resource",
                        scope.Value == "BestEffort"
                            ? $"a BestEffort quota tracks only pods: move {resource} to a quota without this scope"
                            : $"a {scope.Value} quota tracks only pods, cpu and memory: move {resource} to a quota without this scope",
                        entry.Key);
                }
            }
        }

        Conflict(bestEffort, notBestEffort, path, findings);
        Conflict(terminating, notTerminating, path, findings);
    }

    private static void Conflict(YScalar? first, YScalar? second, FieldPath path, KindFindings findings)
    {
        if (first is not null && second is not null)
        {
            findings.Add(ApiserverProblem.Inconsistent, second, path, $"Invalid value: [\"{first.Value}\", \"{second.Value}\"]: conflicting scopes",
                $"{first.Value} and {second.Value} match no pod together: keep one, or split the quota in two", first);
        }
    }

    /// <summary>helpers.go: IsResourceQuotaScopeValidForResource for the four original scopes.</summary>
    private static bool ScopeFits(string scope, string resource) =>
        resource == "pods" || (scope != "BestEffort" && resource is "cpu" or "memory" or "requests.cpu" or "requests.memory" or "limits.cpu" or "limits.memory");

    /// <summary>helpers.go: IsStandardQuotaResourceName (the set is the same from 1.9 to now).</summary>
    private static bool IsStandardQuotaResource(string name) =>
        name is "cpu" or "memory" or "ephemeral-storage" or "requests.cpu" or "requests.memory" or "requests.storage" or "requests.ephemeral-storage"
            or "limits.cpu" or "limits.memory" or "limits.ephemeral-storage"
        || IsObjectCount(name)
        || name.StartsWith("hugepages-", StringComparison.Ordinal) || name.StartsWith("requests.hugepages-", StringComparison.Ordinal);

    private static bool IsObjectCount(string name) =>
        name is "pods" or "resourcequotas" or "services" or "replicationcontrollers" or "secrets" or "persistentvolumeclaims" or "configmaps"
            or "services.nodeports" or "services.loadbalancers";

    /// <summary>helpers.go: IsIntegerResourceName — the object counts and extended resources (a '/' outside kubernetes.io,
    /// not under requests., so count/&lt;resource&gt; too).</summary>
    private static bool IsIntegerResource(string name) =>
        IsObjectCount(name)
        || (name.Contains('/') && !name.Contains("kubernetes.io/", StringComparison.Ordinal) && !name.StartsWith("requests.", StringComparison.Ordinal)
            && KubernetesNames.CheckQualifiedName("requests." + name) is null);

    /// <summary>Whole as MilliValue() % 1000 == 0 reads it: milli-units rounded up. Beyond 1e15 a double cannot tell, so it passes.</summary>
    private static bool IsWhole(double value)
    {
        if (value > 1e15)
        {
            return true;
        }

        var milli = Math.Ceiling(Math.Round(value * 1000, 6));
        return milli % 1000 == 0;
    }
}
