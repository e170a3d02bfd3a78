using System.Globalization;
using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateLimitRange. Each limit type once; no defaults for type Pod;
/// per resource min ≤ defaultRequest ≤ default ≤ max, a maxLimitRequestRatio of at least 1 and at most max/min; each type
/// a qualified name, and a standard type (Container, Pod, PersistentVolumeClaim) unless it has a prefix.
/// The same checks stand in the 1.2 sources; the wording is the recent one (the 1.2 sources refused Pod defaults
/// as "not supported when limit type is Pod"). Quantities that do not parse are KL1013's and are skipped here.
/// </summary>
internal static class LimitRangeChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource DuplicateType = new(File, "ValidateLimitRange (field.Duplicate of type)");
    public static readonly ValidationSource TypeName = new(File, "validateLimitRangeTypeName (IsQualifiedName, helper.IsStandardLimitRangeType)");

    // helper.IsStandardLimitRangeType. PersistentVolumeClaim limits are newer than the 1.5 sources; the set is taken whole
    // at every minor so that a PersistentVolumeClaim item is never refused where it may have been accepted.
    private static readonly string[] StandardTypes = ["Container", "Pod", "PersistentVolumeClaim"];
    public static readonly ValidationSource PodDefaults = new(File, "ValidateLimitRange (default, defaultRequest when type is Pod)");
    public static readonly ValidationSource Ordering = new(File, "ValidateLimitRange (min, defaultRequest, default, max, maxLimitRequestRatio)");

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec")?.GetSequence("limits") is not { } limits)
        {
            return;
        }

        var limitsPath = FieldPath.Root("spec").Child("limits");
        var seenTypes = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < limits.Count; i++)
        {
            if (limits.Items[i] is not YMapping limit)
            {
                continue;
            }

            var path = limitsPath.Index(i);
            var type = BuiltInKindChecks.Text(limit["type"]);
            if (type is not null && findings.Enforced(TypeName))
            {
                TypeNameOf(type, path.Child("type"), findings);
            }

            if (type is not null && findings.Enforced(DuplicateType))
            {
                if (seenTypes.TryGetValue(type.Value, out var first))
                {
                    findings.Add(ApiserverProblem.Duplicate, type, path.Child("type"), $"Duplicate value: \"{type.Value}\"",
                        $"merge this item into the first {type.Value} item: a LimitRange holds one item per type", first);
                }
                else
                {
                    seenTypes[type.Value] = type;
                }
            }

            var isPod = type?.Value == "Pod";
            if (isPod && findings.Enforced(PodDefaults))
            {
                foreach (var field in (ReadOnlySpan<string>)["default", "defaultRequest"])
                {
                    if (limit.TryGetEntry(field, out var entry) && entry.Value is YMapping { Count: > 0 })
                    {
                        findings.Add(ApiserverProblem.Forbidden, entry.Key, path.Child(field), "Forbidden: may not be specified when `type` is 'Pod'",
                            "defaults apply to containers: move them to an item of type Container");
                    }
                }
            }

            if (findings.Enforced(Ordering))
            {
                Ordered(limit, path, isPod, findings);
            }
        }
    }

    private static void TypeNameOf(YScalar type, FieldPath path, KindFindings findings)
    {
        if (KubernetesNames.CheckQualifiedName(type.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidValue, type, path, problem, "give Container, Pod or PersistentVolumeClaim");
        }
        else if (!type.Value.Contains('/') && Array.IndexOf(StandardTypes, type.Value) < 0)
        {
            findings.Invalid(ApiserverProblem.InvalidValue, type, path, "must be a standard limit type or fully qualified",
                "a LimitRange limits Container, Pod or PersistentVolumeClaim (or a prefixed type, e.g. example.com/gpu-pool)");
        }
    }

    private static void Ordered(YMapping limit, FieldPath path, bool isPod, KindFindings findings)
    {
        var min = limit.GetMapping("min");
        var max = limit.GetMapping("max");
        var defaults = isPod ? null : limit.GetMapping("default");
        var requests = isPod ? null : limit.GetMapping("defaultRequest");
        var ratios = limit.GetMapping("maxLimitRequestRatio");
        foreach (var resource in Resources(min, max, defaults, requests, ratios))
        {
            var lo = Read(min, resource);
            var hi = Read(max, resource);
            var limitDefault = Read(defaults, resource);
            var request = Read(requests, resource);
            var ratio = Read(ratios, resource);
            if (lo is { } a && hi is { } b && a.Value > b.Value)
            {
                Add(findings, a.Node, path.Child("min").Key(resource), a.Node, $"min value {a.Text} is greater than max value {b.Text}", b.Node, "lower min or raise max");
            }

            if (request is { } r && lo is { } l1 && l1.Value > r.Value)
            {
                Add(findings, r.Node, path.Child("defaultRequest").Key(resource), r.Node, $"min value {l1.Text} is greater than default request value {r.Text}", l1.Node, "raise defaultRequest to min or more");
            }

            if (request is { } r2 && hi is { } h2 && r2.Value > h2.Value)
            {
                Add(findings, r2.Node, path.Child("defaultRequest").Key(resource), r2.Node, $"default request value {r2.Text} is greater than max value {h2.Text}", h2.Node, "lower defaultRequest to max or less");
            }

            if (request is { } r3 && limitDefault is { } d3 && r3.Value > d3.Value)
            {
                Add(findings, r3.Node, path.Child("defaultRequest").Key(resource), r3.Node, $"default request value {r3.Text} is greater than default limit value {d3.Text}", d3.Node, "a request cannot exceed its limit: lower defaultRequest or raise default");
            }

            // The apiserver quotes min and max as the values of these two, not the default.
            if (limitDefault is { } d4 && lo is { } l4 && l4.Value > d4.Value)
            {
                Add(findings, d4.Node, path.Child("default").Key(resource), l4.Node, $"min value {l4.Text} is greater than default value {d4.Text}", l4.Node, "raise default to min or more");
            }

            if (limitDefault is { } d5 && hi is { } h5 && d5.Value > h5.Value)
            {
                Add(findings, d5.Node, path.Child("default").Key(resource), h5.Node, $"default value {d5.Text} is greater than max value {h5.Text}", h5.Node, "lower default to max or less");
            }

            if (ratio is { } q && q.Value < 1)
            {
                findings.Add(ApiserverProblem.OutOfRange, q.Node, path.Child("maxLimitRequestRatio").Key(resource), $"Invalid value: \"{q.Text}\": ratio {q.Text} is less than 1",
                    "a limit is never below its request: give a ratio of 1 or more");
            }
            else if (ratio is { } q2 && lo is { } l6 && hi is { } h6 && l6.Value > 0 && q2.Value > h6.Value / l6.Value)
            {
                var bound = (h6.Value / l6.Value).ToString("F6", CultureInfo.InvariantCulture);
                Add(findings, q2.Node, path.Child("maxLimitRequestRatio").Key(resource), q2.Node, $"ratio {q2.Text} is greater than max/min = {bound}", h6.Node,
                    $"no container between min and max can reach this ratio: give at most {bound}, or widen min and max");
            }
        }
    }

    private static void Add(KindFindings findings, YNode node, FieldPath path, YScalar shown, string detail, YNode related, string fix) =>
        findings.Add(ApiserverProblem.Inconsistent, node, path, $"Invalid value: \"{shown.Value}\": {detail}", fix, related);

    /// <summary>The resource names of all five maps, each once, in the order written.</summary>
    private static List<string> Resources(params YMapping?[] maps)
    {
        var names = new List<string>();
        foreach (var map in maps)
        {
            foreach (var entry in map?.Entries ?? default)
            {
                if (!names.Contains(entry.Key.Value))
                {
                    names.Add(entry.Key.Value);
                }
            }
        }

        return names;
    }

    private static Amount? Read(YMapping? map, string resource) =>
        map?[resource] is YScalar { IsNull: false } scalar && !YValues.IsPlaceholder(scalar.Value) && Quantity.TryParse(scalar.Value, out var quantity)
            ? new Amount(scalar, scalar.Value, quantity.Value)
            : null;

    private readonly record struct Amount(YScalar Node, string Text, double Value);
}
