namespace KubeLint.Core.Validation;

/// <summary>
/// The class of an apiserver rejection, which decides the rule that reports it. Every check of the apiserver's
/// validation tags its findings with one, and each KL101x rule keeps its own class.
/// </summary>
internal enum ApiserverProblem
{
    /// <summary>KL1011: a field the validation code requires.</summary>
    Required,

    /// <summary>KL1012: a name or key (of the object or a nested field) the apiserver's syntax refuses.</summary>
    InvalidName,

    /// <summary>KL1013: a value's syntax.</summary>
    InvalidValue,

    /// <summary>KL1014: a numeric bound.</summary>
    OutOfRange,

    /// <summary>KL1015: a field that another field (or its value) forbids.</summary>
    Forbidden,

    /// <summary>KL1016: an entry the validation code refuses to see twice.</summary>
    Duplicate,

    /// <summary>KL1017: fields the validation code checks against each other.</summary>
    Inconsistent,
}
