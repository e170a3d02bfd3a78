using System.Text.RegularExpressions;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// A <c>patches[].target</c> selector (kubernetes-sigs/kustomize api/types/selector.go, Selector and SelectorRegex):
/// group, version, kind, name and namespace are regular expressions anchored whole (<c>^(?:…)$</c>, anchorRegex), an
/// empty one matches anything; labelSelector and annotationSelector are label-selector strings. Patterns run with a
/// timeout (.NET's engine backtracks where Go's RE2 does not).
/// </summary>
internal sealed class PatchTarget
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private readonly (Regex? Pattern, YNode? Node) _group, _version, _kind, _name, _namespace;
    private readonly List<LabelRequirement>? _labels, _annotations;

    private PatchTarget(
        (Regex?, YNode?) group, (Regex?, YNode?) version, (Regex?, YNode?) kind, (Regex?, YNode?) name, (Regex?, YNode?) ns,
        List<LabelRequirement>? labels, List<LabelRequirement>? annotations, YMapping node)
    {
        (_group, _version, _kind, _name, _namespace) = (group, version, kind, name, ns);
        (_labels, _annotations) = (labels, annotations);
        Node = node;
    }

    public YMapping Node { get; }

    /// <summary>Reads a target mapping; an invalid pattern or selector is an error at its value, as kustomize stops on it.</summary>
    public static PatchTarget? Read(YMapping target, out PatchError? error)
    {
        error = null;
        var group = Pattern(target, "group", ref error);
        var version = Pattern(target, "version", ref error);
        var kind = Pattern(target, "kind", ref error);
        var name = Pattern(target, "name", ref error);
        var ns = Pattern(target, "namespace", ref error);
        var labels = Selector(target, "labelSelector", ref error);
        var annotations = Selector(target, "annotationSelector", ref error);
        return error is null ? new PatchTarget(group, version, kind, name, ns, labels, annotations, target) : null;
    }

    /// <summary>Whether the object is selected (resWrangler.Select's order: namespace, name, group/version/kind, labels, annotations).
    /// A pattern that runs out of time is an error, and the object is not selected.</summary>
    public bool Matches(PatchCandidate candidate, out PatchError? error)
    {
        error = null;
        var originalNs = PatchCandidate.EffectiveNamespace(candidate.OriginalNamespace ?? candidate.Namespace, candidate.IsClusterScoped);
        var currentNs = PatchCandidate.EffectiveNamespace(candidate.Namespace, candidate.IsClusterScoped);
        return (Test(_namespace, originalNs, ref error) || Test(_namespace, currentNs, ref error))
            && (Test(_name, candidate.OriginalName ?? candidate.Name, ref error) || Test(_name, candidate.Name, ref error))
            && Test(_group, candidate.Group, ref error)
            && Test(_version, candidate.Version, ref error)
            && Test(_kind, candidate.Kind, ref error)
            && All(_labels, candidate.Labels)
            && All(_annotations, candidate.Annotations)
            && error is null;
    }

    private static bool Test((Regex? Pattern, YNode? Node) field, string value, ref PatchError? error)
    {
        if (field.Pattern is null)
        {
            return true;
        }

        try
        {
            return field.Pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            error ??= new PatchError($"the pattern took longer than {Timeout.TotalMilliseconds} ms on \"{value}\"; simplify it", field.Node!);
            return false;
        }
    }

    private static bool All(List<LabelRequirement>? requirements, IReadOnlyDictionary<string, string> map)
    {
        if (requirements is null)
        {
            return true;
        }

        foreach (var requirement in requirements)
        {
            if (!requirement.Matches(map))
            {
                return false;
            }
        }

        return true;
    }

    private static (Regex?, YNode?) Pattern(YMapping target, string key, ref PatchError? error)
    {
        if (target[key] is not YScalar { Value.Length: > 0 } scalar || YamlNulls.IsMissingOrNull(scalar))
        {
            return (null, null);
        }

        try
        {
            return (new Regex("^(?:" + scalar.Value + ")$", RegexOptions.CultureInvariant, Timeout), scalar);
        }
        catch (ArgumentException e)
        {
            error ??= new PatchError($"target {key} \"{scalar.Value}\" is not a valid regular expression: {e.Message}", scalar);
            return (null, null);
        }
    }

    private static List<LabelRequirement>? Selector(YMapping target, string key, ref PatchError? error)
    {
        if (target[key] is not YScalar { Value.Length: > 0 } scalar || YamlNulls.IsMissingOrNull(scalar))
        {
            return null;
        }

        var requirements = SelectorExpression.Parse(scalar.Value, scalar, out var problem);
        if (problem is not null)
        {
            error ??= new PatchError($"target {key} is not a valid selector: {problem}", scalar);
        }

        return requirements;
    }
}
