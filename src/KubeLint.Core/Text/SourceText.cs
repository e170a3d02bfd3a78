namespace KubeLint.Core.Text;

/// <summary>The decoded text of one input with a table of line starts, for carets and span fixes.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    internal SourceText(string text)
    {
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The text of a 1-based line, without its line break; empty when out of range.</summary>
    public ReadOnlySpan<char> GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return ReadOnlySpan<char>.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        var span = Text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    /// <summary>The character offset at which a 1-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>The 1-based position of a character offset.</summary>
    public SourcePosition GetPosition(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourcePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 24)) { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            offset += next;
            offset += span[offset] == '\r' && offset + 1 < span.Length && span[offset + 1] == '\n' ? 2 : 1;
            starts.Add(offset);
        }

        return [.. starts];
    }
}
