namespace KubeLint.Core.Model;

/// <summary>
/// Marks code that reads the trees of objects other than the one being analysed, through
/// <see cref="ObjectRecord.Subject"/>: such a rule needs every tree kept until the workspace phase. Everything else
/// reads other objects through the index's records only (IndexGuardTests holds the line).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ReadsWholeTreesAttribute(string reason) : Attribute
{
    /// <summary>What of the other objects' trees the code reads, beyond the records.</summary>
    public string Reason { get; } = reason;
}
