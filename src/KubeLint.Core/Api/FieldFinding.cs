using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>What the schema walk found wrong with a field.</summary>
internal enum FieldProblem
{
    /// <summary>KL1001: the field exists in other minors, not in the target.</summary>
    NotInTarget,

    /// <summary>KL1002: the field exists in no minor.</summary>
    Unknown,

    /// <summary>KL1003: a value of the wrong type.</summary>
    WrongType,

    /// <summary>KL1004: a value outside a closed set.</summary>
    NotInSet,

    /// <summary>KL1005: a required field is missing.</summary>
    MissingRequired,

    /// <summary>KL1013: a string the field's decoder rejects (a malformed quantity, bad base64); the
    /// message is the apiserver path, <see cref="FieldFinding.Wording"/> and <see cref="FieldFinding.Fix"/> the rest.</summary>
    MalformedValue,
}

/// <summary>One problem with its node (the key for field problems, the value for value problems) and its message.</summary>
internal sealed record FieldFinding(FieldProblem Problem, YNode Node, string Message)
{
    /// <summary>For a missing required field of a built-in kind, its schema path ("spec.selector"), so a rule that owns it can be told apart.</summary>
    public string? Field { get; init; }

    /// <summary>For <see cref="FieldProblem.NotInTarget"/>: the field's path as shown ("spec.behavior"), for replacement advice.</summary>
    public string? Path { get; init; }

    /// <summary>For <see cref="FieldProblem.NotInTarget"/>: another apiVersion of the kind that has the field at the
    /// target, so moving to it, not dropping the field, is the fix.</summary>
    public string? ServedBy { get; init; }

    /// <summary>For <see cref="FieldProblem.Unknown"/>: the one field name the key is closest to, when no other is as close (KL1002's fix renames to it).</summary>
    public string? Suggestion { get; init; }

    /// <summary>For <see cref="FieldProblem.MalformedValue"/>: the apiserver's wording.</summary>
    public string? Wording { get; init; }

    /// <summary>For <see cref="FieldProblem.MalformedValue"/>: how to fix it.</summary>
    public string? Fix { get; init; }
}
