namespace KubeLint.Core.Text;

/// <summary>A 1-based line and column; columns count UTF-16 code units, as Roslyn and SARIF do.</summary>
public readonly record struct SourcePosition(int Line, int Column) : IComparable<SourcePosition>
{
    public static readonly SourcePosition Start = new(1, 1);

    public int CompareTo(SourcePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public static bool operator <(SourcePosition a, SourcePosition b) => a.CompareTo(b) < 0;

    public static bool operator >(SourcePosition a, SourcePosition b) => a.CompareTo(b) > 0;

    public static bool operator <=(SourcePosition a, SourcePosition b) => a.CompareTo(b) <= 0;

    public static bool operator >=(SourcePosition a, SourcePosition b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Line}:{Column}";
}
