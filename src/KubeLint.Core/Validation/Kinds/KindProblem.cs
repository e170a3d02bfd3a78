using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Kinds;

/// <summary>The class of a rejection found by the checks of <see cref="BuiltInKindChecks"/>: it decides the rule that reports it.</summary>
public enum KindProblem
{
    /// <summary>KL1011: a field the validation code requires.</summary>
    Required,

    /// <summary>KL1012: a name or key of a nested field.</summary>
    InvalidName,

    /// <summary>KL1013: a value's syntax.</summary>
    InvalidValue,

    /// <summary>KL1014: a numeric bound.</summary>
    OutOfRange,

    /// <summary>KL1015: fields that exclude each other.</summary>
    Forbidden,

    /// <summary>KL1016: an entry the validation code refuses to see twice.</summary>
    Duplicate,

    /// <summary>KL1017: fields that contradict each other.</summary>
    Inconsistent,
}

/// <summary>One rejection: where, the apiserver's path and wording, the fix, and for a pair the other side.</summary>
public sealed record KindFinding(YNode Node, FieldPath Path, string Wording, string Fix, YNode? Related);

/// <summary>
/// The findings of one class for one object, at one target minor: a check adds every rejection it finds
/// and only those of the wanted class are kept, so each rule runs the same checks and reports its own.
/// </summary>
public sealed class KindFindings(KindProblem wanted, int minor)
{
    public int Minor => minor;

    public List<KindFinding> Items { get; } = [];

    /// <summary>True when <paramref name="source"/> is enforced at the target minor.</summary>
    public bool Enforced(ValidationSource source) => source.AppliesTo(minor);

    public void Add(KindProblem problem, YNode node, FieldPath path, string wording, string fix, YNode? related = null)
    {
        if (problem == wanted)
        {
            Items.Add(new KindFinding(node, path, wording, fix, related));
        }
    }

    /// <summary>field.Invalid of a string value: <c>Invalid value: "x": detail</c>.</summary>
    public void Invalid(KindProblem problem, YScalar node, FieldPath path, string detail, string fix) =>
        Add(problem, node, path, $"Invalid value: \"{node.Value}\": {detail}", fix);
}
