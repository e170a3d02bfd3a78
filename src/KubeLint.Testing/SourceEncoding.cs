using System.Text;

namespace KubeLint.Testing;

/// <summary>
/// The bytes of a test's source files as <see cref="AnalyzerTest.NewLine"/> and <see cref="AnalyzerTest.Utf8Bom"/>
/// say, and the words for how a fixed file's bytes differ from the expected ones. Tests write their texts with
/// "\n"; a CRLF or BOM file is made from them, so one literal serves both the text before and after.
/// </summary>
internal static class SourceEncoding
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The bytes of <paramref name="path"/>'s plain text: a source gets the test's line ending and BOM,
    /// any other file (configuration, cluster and additional files) is written as given.</summary>
    public static byte[] Encode(AnalyzerTest test, string path, string text) =>
        test.Sources.Any(s => s.Path == path) ? Encode(test, text) : Encoding.UTF8.GetBytes(text);

    /// <summary>A source's text with every "\n" made <see cref="AnalyzerTest.NewLine"/>, after the BOM if any.</summary>
    public static byte[] Encode(AnalyzerTest test, string text)
    {
        // With the default "\n" the text is written as given: a test may mean the CR of a "\r\n" it wrote.
        var body = Encoding.UTF8.GetBytes(NewLineOf(test) == "\n"
            ? text
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        return test.Utf8Bom ? [.. Bom, .. body] : body;
    }

    /// <summary>Why <paramref name="actual"/> is not <paramref name="expected"/>, or null when they are the same bytes.
    /// A lost or added BOM and line breaks of the other kind are named as such: the texts look alike otherwise.</summary>
    public static string? Difference(string path, byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        var (expectedBom, actualBom) = (HasBom(expected), HasBom(actual));
        if (expectedBom != actualBom)
        {
            return expectedBom
                ? $"{path} after the fix lost the file's UTF-8 byte order mark."
                : $"{path} after the fix starts with a UTF-8 byte order mark the file did not have.";
        }

        var (want, got) = (Decode(expected), Decode(actual));
        if (Unified(want) == Unified(got))
        {
            var (line, wanted, written) = FirstOtherLineBreak(want, got);
            return $"{path} after the fix differs from the expected text only in its line breaks: line {line} ends with {written}, not {wanted}.";
        }

        return $"{path} after the fix differs from the expected text from line {FirstDifferentLine(want, got)}:"
            + Environment.NewLine + "--- expected" + Environment.NewLine + want
            + Environment.NewLine + "--- actual" + Environment.NewLine + got;
    }

    /// <summary>A file's text, without its BOM, for messages.</summary>
    public static string Decode(byte[] bytes) =>
        HasBom(bytes) ? Encoding.UTF8.GetString(bytes, Bom.Length, bytes.Length - Bom.Length) : Encoding.UTF8.GetString(bytes);

    private static string NewLineOf(AnalyzerTest test) => test.NewLine is "\n" or "\r\n"
        ? test.NewLine
        : throw new VerificationException($"AnalyzerTest.NewLine is \"\\n\" or \"\\r\\n\", not {string.Join(string.Empty, test.NewLine.Select(c => $"\\u{(int)c:X4}"))}.");

    private static string Unified(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool HasBom(byte[] bytes) => bytes.AsSpan().StartsWith(Bom);

    private static int FirstDifferentLine(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        return expected.AsSpan(0, i).Count('\n') + 1;
    }

    /// <summary>The first line whose break differs, and the breaks' names; the texts are equal but for line breaks.</summary>
    private static (int Line, string Expected, string Actual) FirstOtherLineBreak(string expected, string actual)
    {
        var (e, a, line) = (0, 0, 1);
        while (e < expected.Length && a < actual.Length)
        {
            var (expectedBreak, actualBreak) = (BreakAt(expected, e), BreakAt(actual, a));
            if (expectedBreak != actualBreak)
            {
                return (line, Name(expectedBreak), Name(actualBreak));
            }

            if (expectedBreak.Length > 0)
            {
                line++;
            }

            (e, a) = (e + Math.Max(1, expectedBreak.Length), a + Math.Max(1, actualBreak.Length));
        }

        return (line, "the same", "the same");
    }

    private static string BreakAt(string text, int i) => text[i] switch
    {
        '\r' when i + 1 < text.Length && text[i + 1] == '\n' => "\r\n",
        '\r' => "\r",
        '\n' => "\n",
        _ => string.Empty,
    };

    private static string Name(string lineBreak) => lineBreak switch
    {
        "\r\n" => "CRLF",
        "\n" => "LF",
        "\r" => "CR",
        _ => "no line break",
    };
}
