using System.Text;

namespace KubeLint.Core.Text;

/// <summary>The decoded text of one input with a table of line starts, for carets and span fixes.</summary>
/// <remarks>
/// Every loaded file's text is kept until the run ends, and nearly all manifests are ASCII. Once loaded, a text
/// whose characters are all below U+0100 is kept as one byte a character (<see cref="Compact"/>): half of the
/// UTF-16 string, and still one unit a character, so offsets, line starts and UTF-16 columns are unchanged. Lines
/// and ranges are widened when asked for; <see cref="Text"/> is made again, and kept, only for a caller that wants
/// the whole string (a custom fix, <c>--fix</c>).
/// </remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private string? _text;
    private byte[]? _narrow;

    internal SourceText(string text)
    {
        _text = text;
        Length = text.Length;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text => _text ?? Widen();

    /// <summary>The number of characters (UTF-16 code units).</summary>
    internal int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The text of a 1-based line, without its line break; empty when out of range.</summary>
    public ReadOnlySpan<char> GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return ReadOnlySpan<char>.Empty;
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Length;
        return Slice(start, end - start).TrimEnd("\r\n");
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

    /// <summary>The characters of a range; a compact text widens just those.</summary>
    internal ReadOnlySpan<char> Slice(int start, int length) =>
        _text is { } text ? text.AsSpan(start, length) : Encoding.Latin1.GetString(Narrow, start, length);

    internal char CharAt(int offset) => _text is { } text ? text[offset] : (char)Narrow[offset];

    internal bool EndsWith(char value) => Length > 0 && CharAt(Length - 1) == value;

    /// <summary>Whether the text holds <paramref name="value"/> (ordinal).</summary>
    internal bool Contains(string value)
    {
        if (_text is { } text)
        {
            return text.Contains(value, StringComparison.Ordinal);
        }

        // A narrow text holds no character above U+00FF, so a value with one is not in it.
        if (IsWide(value))
        {
            return false;
        }

        Span<byte> needle = value.Length <= 256 ? stackalloc byte[value.Length] : new byte[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            needle[i] = (byte)value[i];
        }

        return Narrow.AsSpan().IndexOf(needle) >= 0;
    }

    /// <summary>Keeps the text as one byte a character when none is above U+00FF (called once the file is parsed).</summary>
    internal void Compact()
    {
        if (_text is not { } text)
        {
            return;
        }

        var ascii = Ascii.IsValid(text);
        if (!ascii && IsWide(text))
        {
            return;
        }

        // Not Encoding.Latin1.GetBytes: its narrowing has no ReadyToRun code and would be compiled at every start
        // (ColdStartJitTests); Ascii's has, and the rare Latin-1 text takes a plain loop.
        var bytes = new byte[text.Length];
        if (!ascii || Ascii.FromUtf16(text, bytes, out _) != System.Buffers.OperationStatus.Done)
        {
            for (var i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }
        }

        // Readers test _text first: the bytes are in place before the string goes.
        Volatile.Write(ref _narrow, bytes);
        Volatile.Write(ref _text, null);
    }

    /// <summary>Whether the text is held one byte a character (and not as a string).</summary>
    internal bool IsNarrow => Volatile.Read(ref _text) is null;

    private byte[] Narrow => Volatile.Read(ref _narrow)!;

    private string Widen()
    {
        var text = Encoding.Latin1.GetString(Narrow);
        _text = text;
        return text;
    }

    private static bool IsWide(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return true;
            }
        }

        return false;
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
