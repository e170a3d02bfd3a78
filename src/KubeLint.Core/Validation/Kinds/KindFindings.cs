using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Kinds;

/// <summary>One rejection: where, the apiserver's path and wording, the fix, and for a pair the other side.</summary>
internal sealed record KindFinding(YNode Node, FieldPath Path, string Wording, string Fix, YNode? Related);

/// <summary>
/// The findings of one class for one object, at one target minor: a check adds every rejection it finds
/// and only those of the wanted class are kept, so each rule runs the same checks and reports its own.
/// </summary>
internal sealed class KindFindings(ApiserverProblem wanted, int minor)
{
    public int Minor => minor;

    public List<KindFinding> Items { get; } = [];

    /// <summary>True when <paramref name="source"/> is enforced at the target minor.</summary>
    public bool Enforced(ValidationSource source) => source.AppliesTo(minor);

    public void Add(ApiserverProblem problem, YNode node, FieldPath path, string wording, string fix, YNode? related = null)
    {
        if (problem == wanted)
        {
            Items.Add(new KindFinding(node, path, wording, fix, related));
        }
    }

    /// <summary>field.Invalid of a string value: <c>Invalid value: "x": detail</c>.</summary>
    public void Invalid(ApiserverProblem problem, YScalar node, FieldPath path, string detail, string fix) =>
        Add(problem, node, path, $"Invalid value: \"{node.Value}\": {detail}", fix);
}
