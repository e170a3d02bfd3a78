using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>One rejection: where, the apiserver's path and wording, the fix, and the other side of an inconsistency.</summary>
internal sealed record SchedulingFinding(ApiserverProblem Problem, YNode Node, FieldPath Path, string Wording, string Fix, YNode? Related = null);

/// <summary>
/// Collects the findings of one class while the checks walk an object: the walk is the same for every
/// class, and only the wanted class's findings are kept (each rule asks for its own).
/// </summary>
internal sealed class SchedulingWalk(ApiserverProblem wanted, int minor)
{
    public List<SchedulingFinding> Findings { get; } = [];

    public int Minor => minor;

    /// <summary>True when the walk keeps findings of <paramref name="problem"/>: lets a check skip work no one asked for.</summary>
    public bool Wants(ApiserverProblem problem) => problem == wanted;

    public void Add(ApiserverProblem problem, YNode node, FieldPath path, string wording, string fix, YNode? related = null)
    {
        if (problem == wanted)
        {
            Findings.Add(new SchedulingFinding(problem, node, path, wording, fix, related));
        }
    }

    /// <summary>A string the apiserver would check (not null, a number, a boolean or a placeholder), else null.</summary>
    public static YScalar? Text(YNode? node) => ApiserverRules.WrittenText(node);

    /// <summary>Where a finding about a list item's missing field points: its first key.</summary>
    public static YNode ItemAnchor(YMapping item) => item.Count > 0 ? item.Entries[0].Key : item;
}
