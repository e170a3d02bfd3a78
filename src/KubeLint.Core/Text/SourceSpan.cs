namespace KubeLint.Core.Text;

/// <summary>A range of text: <see cref="End"/> is the position just after the last character.</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public static SourceSpan At(SourcePosition position) => new(position, position);

    public bool Contains(SourcePosition position) => position >= Start && position <= End;

    public override string ToString() => $"{Start}-{End}";
}
