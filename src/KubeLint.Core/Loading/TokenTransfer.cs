using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Core.Loading;

/// <summary>
/// Carries scanned tokens from the copy of YamlDotNet in <see cref="IsolatedScanner"/>'s load context to the
/// one the parser uses. The two copies' types are different types, so <see cref="Export"/> (run in the
/// second copy of this assembly) writes each token as numbers and strings, which belong to neither, and
/// <see cref="Import"/> (run here) builds the same tokens and scanner exception from them.
/// </summary>
internal static class TokenTransfer
{
    /// <summary>Longs per token: its kind, a detail (scalar style, version, inline comment), then the start and end marks.</summary>
    private const int Stride = 8;

    /// <summary>Kinds past the tokens': what the scanner threw after the last token, as a record of its own.</summary>
    private const int ThrownYaml = 100, ThrownSyntax = 101, ThrownSemantic = 102, ThrownLoaderSyntax = 103;

    private enum Kind
    {
        StreamStart,
        StreamEnd,
        VersionDirective,
        TagDirective,
        DocumentStart,
        DocumentEnd,
        BlockSequenceStart,
        BlockMappingStart,
        BlockEnd,
        FlowSequenceStart,
        FlowSequenceEnd,
        FlowMappingStart,
        FlowMappingEnd,
        BlockEntry,
        FlowEntry,
        Key,
        Value,
        AnchorAlias,
        Anchor,
        Tag,
        Scalar,
        Comment,
        Error,
    }

    /// <summary>Scans <paramref name="text"/> as <see cref="ScannedTokens.Scan"/> does and writes the tokens down:
    /// <see cref="Stride"/> longs and two strings each, the last record the exception the scanner threw if it was
    /// one of YamlDotNet's or ours; any other exception (the runtime's, shared by both copies) is handed over as it is.</summary>
    internal static (long[] Words, string?[] Texts, int Count, Exception? Other) Export(string text)
    {
        var scanned = ScannedTokens.Scan(text);
        var count = scanned.Tokens.Count + (scanned.Error is YamlException ? 1 : 0);
        var words = new long[count * Stride];
        var texts = new string?[count * 2];
        for (var i = 0; i < scanned.Tokens.Count; i++)
        {
            var token = scanned.Tokens[i];
            var (kind, detail) = Describe(token, out texts[2 * i], out texts[(2 * i) + 1]);
            Write(words, i, (int)kind, detail, token.Start, token.End);
        }

        if (scanned.Error is YamlException thrown)
        {
            var kind = thrown switch
            {
                LoaderSyntaxException => ThrownLoaderSyntax,
                SemanticErrorException => ThrownSemantic,
                SyntaxErrorException => ThrownSyntax,
                _ => ThrownYaml,
            };
            Write(words, count - 1, kind, 0, thrown.Start, thrown.End);
            texts[2 * (count - 1)] = thrown.Message;
            return (words, texts, count, null);
        }

        return (words, texts, count, scanned.Error);
    }

    /// <summary>The tokens and exception that <see cref="Export"/> wrote, as this copy of YamlDotNet's types.</summary>
    internal static ScannedTokens Import((long[] Words, string?[] Texts, int Count, Exception? Other) exported)
    {
        var (words, texts, count, error) = exported;
        var tokens = new List<Token>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (int)words[i * Stride];
            var detail = words[(i * Stride) + 1];
            var start = new Mark(words[(i * Stride) + 2], words[(i * Stride) + 3], words[(i * Stride) + 4]);
            var end = new Mark(words[(i * Stride) + 5], words[(i * Stride) + 6], words[(i * Stride) + 7]);
            var (first, second) = (texts[2 * i], texts[(2 * i) + 1]);
            if (kind >= ThrownYaml)
            {
                error = kind switch
                {
                    ThrownLoaderSyntax => new LoaderSyntaxException(start, end, first!),
                    ThrownSemantic => new SemanticErrorException(start, end, first!),
                    ThrownSyntax => new SyntaxErrorException(start, end, first!),
                    _ => new YamlException(start, end, first!),
                };
                break;
            }

            tokens.Add(Build((Kind)kind, detail, first, second, start, end));
        }

        return new ScannedTokens(tokens, error);
    }

    private static void Write(long[] words, int index, int kind, long detail, Mark start, Mark end)
    {
        var at = index * Stride;
        words[at] = kind;
        words[at + 1] = detail;
        words[at + 2] = start.Index;
        words[at + 3] = start.Line;
        words[at + 4] = start.Column;
        words[at + 5] = end.Index;
        words[at + 6] = end.Line;
        words[at + 7] = end.Column;
    }

    private static (Kind Kind, long Detail) Describe(Token token, out string? first, out string? second)
    {
        (first, second) = (null, null);
        switch (token)
        {
            case Scalar scalar:
                first = scalar.Value;
                return (Kind.Scalar, (long)scalar.Style);
            case Key:
                return (Kind.Key, 0);
            case Value:
                return (Kind.Value, 0);
            case BlockEntry:
                return (Kind.BlockEntry, 0);
            case BlockEnd:
                return (Kind.BlockEnd, 0);
            case BlockMappingStart:
                return (Kind.BlockMappingStart, 0);
            case BlockSequenceStart:
                return (Kind.BlockSequenceStart, 0);
            case FlowEntry:
                return (Kind.FlowEntry, 0);
            case FlowSequenceStart:
                return (Kind.FlowSequenceStart, 0);
            case FlowSequenceEnd:
                return (Kind.FlowSequenceEnd, 0);
            case FlowMappingStart:
                return (Kind.FlowMappingStart, 0);
            case FlowMappingEnd:
                return (Kind.FlowMappingEnd, 0);
            case DocumentStart:
                return (Kind.DocumentStart, 0);
            case DocumentEnd:
                return (Kind.DocumentEnd, 0);
            case StreamStart:
                return (Kind.StreamStart, 0);
            case StreamEnd:
                return (Kind.StreamEnd, 0);
            case Tag tag:
                (first, second) = (tag.Handle, tag.Suffix);
                return (Kind.Tag, 0);
            case Anchor anchor:
                first = anchor.Value.IsEmpty ? null : anchor.Value.Value;
                return (Kind.Anchor, 0);
            case AnchorAlias alias:
                first = alias.Value.IsEmpty ? null : alias.Value.Value;
                return (Kind.AnchorAlias, 0);
            case TagDirective directive:
                (first, second) = (directive.Handle, directive.Prefix);
                return (Kind.TagDirective, 0);
            case VersionDirective version:
                return (Kind.VersionDirective, ((long)version.Version.Major << 32) | (uint)version.Version.Minor);
            case Comment comment:
                first = comment.Value;
                return (Kind.Comment, comment.IsInline ? 1 : 0);
            case Error error:
                first = error.Value;
                return (Kind.Error, 0);
            default:
                // A token type this version does not know: fail loudly rather than parse something else.
                throw new InvalidOperationException($"the YAML scanner produced a token of an unknown type ({token.GetType().Name})");
        }
    }

    private static Token Build(Kind kind, long detail, string? first, string? second, Mark start, Mark end) => kind switch
    {
        Kind.Scalar => new Scalar(first!, (ScalarStyle)detail, start, end),
        Kind.Key => new Key(start, end),
        Kind.Value => new Value(start, end),
        Kind.BlockEntry => new BlockEntry(start, end),
        Kind.BlockEnd => new BlockEnd(start, end),
        Kind.BlockMappingStart => new BlockMappingStart(start, end),
        Kind.BlockSequenceStart => new BlockSequenceStart(start, end),
        Kind.FlowEntry => new FlowEntry(start, end),
        Kind.FlowSequenceStart => new FlowSequenceStart(start, end),
        Kind.FlowSequenceEnd => new FlowSequenceEnd(start, end),
        Kind.FlowMappingStart => new FlowMappingStart(start, end),
        Kind.FlowMappingEnd => new FlowMappingEnd(start, end),
        Kind.DocumentStart => new DocumentStart(start, end),
        Kind.DocumentEnd => new DocumentEnd(start, end),
        Kind.StreamStart => new StreamStart(start, end),
        Kind.StreamEnd => new StreamEnd(start, end),
        Kind.Tag => new Tag(first!, second!, start, end),
        Kind.Anchor => new Anchor(first is null ? AnchorName.Empty : new AnchorName(first), start, end),
        Kind.AnchorAlias => new AnchorAlias(first is null ? AnchorName.Empty : new AnchorName(first), start, end),
        Kind.TagDirective => new TagDirective(first!, second!, start, end),
        Kind.VersionDirective => new VersionDirective(new YamlDotNet.Core.Version((int)(detail >> 32), (int)(uint)detail), start, end),
        Kind.Comment => new Comment(first!, detail != 0, start, end),
        Kind.Error => new Error(first!, start, end),
        _ => throw new InvalidOperationException($"unknown token kind {kind}"),
    };
}
