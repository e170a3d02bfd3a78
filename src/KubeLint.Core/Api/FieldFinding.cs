using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>What the schema walk found wrong with a field.</summary>
public enum FieldProblem
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
}

/// <summary>One problem with its node (the key for field problems, the value for value problems) and its message.</summary>
public sealed record FieldFinding(FieldProblem Problem, YNode Node, string Message)
{
    /// <summary>For a missing required field of a built-in kind, its schema path ("spec.selector"), so a rule that owns it can be told apart.</summary>
    public string? Field { get; init; }
}
