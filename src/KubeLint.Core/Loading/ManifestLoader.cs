using KubeLint.Core.Model;
using KubeLint.Core.Suppression;
using KubeLint.Core.Text;
using YamlDotNet.Core;

namespace KubeLint.Core.Loading;

/// <summary>Loads one file into documents and objects. Never throws for bad input: every
/// failure becomes a <see cref="LoadProblem"/> with a position, and loading goes on with the
/// next document.</summary>
internal sealed class ManifestLoader
{
    public ManifestLoader(LoadLimits? limits = null)
    {
        Limits = limits ?? LoadLimits.Default;
    }

    public LoadLimits Limits { get; }

    /// <summary>Bytes to load instead of what is on disk, by full path: the texts of <c>kubelint fix</c>'s passes.</summary>
    internal IReadOnlyDictionary<string, byte[]>? Contents { get; init; }

    /// <summary>Files up to this many characters are scanned ahead whole; larger ones as they are parsed.</summary>
    private const int ScanAheadLimit = 1 << 20;

    /// <summary>How many block scalars of one segment <see cref="BlockScalarLeadingLines"/> may repair, each costing a parse of the segment.</summary>
    private const int MaxBlockScalarRepairs = 16;

    public SourceFile LoadFile(string displayPath, string fullPath) => Load(Read(displayPath, fullPath, scanAhead: false));

    public SourceFile LoadBytes(string displayPath, string fullPath, ReadOnlySpan<byte> bytes) =>
        Load(Decode(new SourceFile(displayPath, fullPath), bytes, scanAhead: false));

    public SourceFile LoadText(string displayPath, string text)
    {
        var file = new SourceFile(displayPath, displayPath);
        Parse(file, JsonLoneSurrogates.Replace(text), null);
        return file;
    }

    /// <summary>
    /// Reads and decodes a file and, with <paramref name="scanAhead"/>, runs YamlDotNet's scanner over it:
    /// the half of loading that shares nothing with the other half (<see cref="Load(ReadFile)"/>), so one
    /// thread can do it for the next files while another parses. Never throws: a path that cannot be read is a problem of its file.
    /// </summary>
    internal ReadFile Read(string displayPath, string fullPath, bool scanAhead)
    {
        var file = new SourceFile(displayPath, fullPath);
        if (Contents is not null && Contents.TryGetValue(fullPath, out var given))
        {
            return Decode(file, given, scanAhead);
        }

        ArraySegment<byte> bytes;
        try
        {
            bytes = RegularFile.Read(fullPath, Limits.MaxFileBytes);
        }
        catch (UnreadableFileException e)
        {
            file.ProblemList.Add(e.TooLarge
                ? new LoadProblem(LoadProblemKind.TooLarge, $"{e.Message} (set maxFileSize in .kubelint.yaml)", SourceSpan.At(SourcePosition.Start))
                : new LoadProblem(LoadProblemKind.Unreadable, $"cannot read this path: {e.Message}", SourceSpan.At(SourcePosition.Start)));
            return new ReadFile(file, null, null);
        }

        return Decode(file, bytes, scanAhead);
    }

    /// <summary>Parses what <see cref="Read"/> produced into documents and objects.</summary>
    internal SourceFile Load(ReadFile read)
    {
        if (read.Text is not null)
        {
            Parse(read.File, read.Text, read.Tokens);
        }

        return read.File;
    }

    private ReadFile Decode(SourceFile file, ReadOnlySpan<byte> bytes, bool scanAhead)
    {
        if (bytes.Length > Limits.MaxFileBytes)
        {
            file.ProblemList.Add(new LoadProblem(LoadProblemKind.TooLarge, $"the input is {bytes.Length:N0} bytes, over the limit of {Limits.MaxFileBytes:N0}", SourceSpan.At(SourcePosition.Start)));
            return new ReadFile(file, null, null);
        }

        var text = TextDecoder.Decode(bytes, out var problem);
        if (text is null)
        {
            file.ProblemList.Add(problem!);
            return new ReadFile(file, null, null);
        }

        text = JsonLoneSurrogates.Replace(text);

        return new ReadFile(file, text, scanAhead && text.Length <= ScanAheadLimit ? ScannedTokens.Scan(text) : null);
    }

    private void Parse(SourceFile file, string text, ScannedTokens? tokens)
    {
        var source = new SourceText(text);
        file.Text = source;
        file.Suppressions = SuppressionParser.Parse(source);
        var offset = 0;
        var lineOffset = 0;
        while (offset >= 0)
        {
            offset = ParseSegment(file, source, offset, lineOffset, offset == 0 ? tokens : null, out lineOffset);
        }

        foreach (var document in file.Documents)
        {
            KubeObjectFactory.AddObjects(document);
        }

        // The text is kept until the run ends; from here on it is read a line or a range at a time.
        source.Compact();
    }

    /// <summary>Parses from <paramref name="offset"/> to the end, or to the first error; then
    /// returns the offset of the next <c>---</c> line to resume at, or -1.</summary>
    private int ParseSegment(SourceFile file, SourceText source, int offset, int lineOffset, ScannedTokens? tokens, out int nextLineOffset)
    {
        nextLineOffset = 0;
        var builder = new YamlTreeBuilder(source, Limits, lineOffset, file.DuplicateKeys.Add);
        var failedAt = SourcePosition.Start;
        var (documents, duplicates) = (file.Documents.Count, file.DuplicateKeys.Count);
        string? repaired = null;
        try
        {
            void DocumentEnded(Yaml.YNode? root) => file.DocumentList.Add(new SourceDocument(file, file.DocumentList.Count, root));
            for (var repairs = 0; ; repairs++)
            {
                try
                {
                    var text = repaired ?? (offset == 0 ? source.Text : source.Text[offset..]);
                    var parser = tokens is null || repaired is not null
                        ? new TokenParser(new StringReader(text), builder, DocumentEnded, text)
                        : new TokenParser(tokens, builder, DocumentEnded, source.Text);
                    parser.Run();
                    return -1;
                }
                catch (SemanticErrorException scanner) when (repairs < MaxBlockScalarRepairs
                    && scanner.Message.Contains(BlockScalarLeadingLines.ScannerMessage, StringComparison.Ordinal)
                    && BlockScalarLeadingLines.Repair(repaired ?? source.Text[offset..], (int)scanner.Start.Line) is { } next)
                {
                    // Parse the segment again from its start, without what the failed attempt added.
                    repaired = next;
                    file.DocumentList.RemoveRange(documents, file.DocumentList.Count - documents);
                    file.DuplicateKeys.RemoveRange(duplicates, file.DuplicateKeys.Count - duplicates);
                    builder = new YamlTreeBuilder(source, Limits, lineOffset, file.DuplicateKeys.Add);
                }
            }
        }
        catch (LoadLimitException limit)
        {
            failedAt = limit.Position;
            file.ProblemList.Add(new LoadProblem(limit.Kind, limit.Message, SourceSpan.At(limit.Position)));
        }
        catch (YamlException yaml)
        {
            failedAt = new SourcePosition((int)yaml.Start.Line + lineOffset, (int)yaml.Start.Column);
            var span = new SourceSpan(failedAt, new SourcePosition((int)yaml.End.Line + lineOffset, (int)yaml.End.Column));
            if (yaml.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && !yaml.Message.EndsWith(TokenParser.TabBeforeCollection, StringComparison.Ordinal)
                && FindIndentationTab(source, failedAt.Line) is { } tab)
            {
                // YamlDotNet reports a tab in indentation at the start of the enclosing mapping.
                failedAt = tab;
                span = new SourceSpan(tab, new SourcePosition(tab.Line, tab.Column + 1));
            }

            file.ProblemList.Add(new LoadProblem(LoadProblemKind.Syntax, Describe(yaml), span));
        }
        catch (Exception other) when (other is not OutOfMemoryException)
        {
            // YamlDotNet throws position-less exceptions on some malformed input; use the last known position.
            failedAt = builder.LastPosition;
            file.ProblemList.Add(new LoadProblem(LoadProblemKind.Syntax, $"{SyntaxMessages.Fallback}: the parser gave up near this point", SourceSpan.At(failedAt)));
        }

        // A failed document is dropped; resume at the next document marker from the failure on
        // (the parser often fails at the marker that ends an unclosed document), but always
        // after this segment's first line so that loading makes progress.
        var segmentFirstLine = lineOffset + 1;
        nextLineOffset = failedAt.Line;
        for (var line = Math.Max(failedAt.Line, segmentFirstLine + 1); line <= source.LineCount; line++)
        {
            var content = source.GetLine(line);
            if (content.StartsWith("---") && (content.Length == 3 || char.IsWhiteSpace(content[3])))
            {
                nextLineOffset = line - 1;
                return source.GetLineStart(line);
            }
        }

        return -1;
    }

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> to the end of the document.</summary>
    private static SourcePosition? FindIndentationTab(SourceText source, int fromLine)
    {
        for (var line = fromLine; line <= source.LineCount; line++)
        {
            var content = source.GetLine(line);
            if (line > fromLine && content.StartsWith("---"))
            {
                break;
            }

            var indentation = content.Length - content.TrimStart(" \t").Length;
            var tab = content[..indentation].IndexOf('\t');
            if (tab >= 0)
            {
                return new SourcePosition(line, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Our own parser's and tree builder's sentences as they are; YamlDotNet's scanner's through <see cref="SyntaxMessages"/>.</summary>
    private static string Describe(YamlException exception)
    {
        if (exception is not LoaderSyntaxException)
        {
            return SyntaxMessages.Describe(exception.Message);
        }

        var message = exception.Message;

        // YamlDotNet prefixes messages with the position, which the diagnostic already carries.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.Length > 0 && char.IsUpper(message[0]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }
}

/// <summary>A file read and decoded (<see cref="Text"/> null when it could not be: see the file's problems), with its tokens when scanned ahead.</summary>
internal sealed record ReadFile(SourceFile File, string? Text, ScannedTokens? Tokens);
