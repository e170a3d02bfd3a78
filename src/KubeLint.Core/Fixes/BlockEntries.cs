using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Fixes;

/// <summary>
/// Removes or comments out one entry of a block mapping, whole lines at a time, so that nothing around
/// it moves. Null when that cannot be done safely: a flow mapping (<c>{a: 1}</c>), a key that shares its
/// line with more than a list dash, a value followed by more than a comment, anchors inside.
/// </summary>
internal static class BlockEntries
{
    public static TextEdit? Remove(FixContext context, EntrySite site)
    {
        if (Lines(context, site) is not { } lines)
        {
            return null;
        }

        if (lines.Dash && site.Mapping.Count > 1)
        {
            // "- first: x\n  second: y" becomes "- second: y": the next key moves up behind the dash.
            var next = site.Mapping.Entries[1].Key;
            var nextLine = context.Text.GetLine(next.Start.Line);
            if (next.Start.Column != site.Entry.Key.Start.Column || !nextLine[..(next.Start.Column - 1)].IsWhiteSpace())
            {
                return null;
            }

            return context.Edit(context.OffsetOf(site.Entry.Key.Start), context.OffsetOf(next.Start), string.Empty);
        }

        return context.Edit(lines.From, lines.To, string.Empty);
    }

    /// <summary>Prefixes each line with <c># </c> at the entry's indentation (the list dash's, for a whole list item).</summary>
    public static IReadOnlyList<TextEdit>? CommentOut(FixContext context, EntrySite site)
    {
        if (Lines(context, site) is not { } lines || (lines.Dash && site.Mapping.Count > 1))
        {
            return null;
        }

        var text = context.Text;
        var edits = new List<TextEdit>();
        for (var line = lines.First; line <= lines.Last; line++)
        {
            var content = text.GetLine(line);
            if (content.IsWhiteSpace())
            {
                continue;
            }

            var indent = content.Length - content.TrimStart(' ').Length;
            var at = text.GetLineStart(line) + Math.Min(indent, lines.Indent);
            edits.Add(context.Edit(at, at, "# "));
        }

        return edits;
    }

    /// <summary>The lines an entry takes, or null when it does not take whole lines of a block mapping.</summary>
    private static EntryLines? Lines(FixContext context, EntrySite site)
    {
        var text = context.Text;
        var (key, value) = site.Entry;
        if (IsFlow(context, site.Mapping.Span.Start) || (site.ItemOf is { } list && IsFlow(context, list.Span.Start)))
        {
            return null;
        }

        var keyLine = text.GetLine(key.Start.Line);
        var before = keyLine[..(key.Start.Column - 1)];
        var indent = before.Length - before.TrimStart(' ').Length;
        var dash = false;
        if (!before.IsWhiteSpace())
        {
            // Only "  - key: …", the first key of a list item.
            if (site.ItemOf is null || site.Index != 0 || !before.TrimEnd(' ').TrimStart(' ').SequenceEqual("-"))
            {
                return null;
            }

            dash = true;
        }

        // An empty value's span is where the parser met the next token; the entry ends with its key then.
        var end = value is YScalar { Value: "", Style: YScalarStyle.Plain } ? key.Span.End : value.Span.End;
        if (end < key.Span.End)
        {
            return null;
        }

        var rest = text.GetLine(end.Line)[Math.Min(end.Column - 1, text.GetLine(end.Line).Length)..];
        var trimmed = rest.TrimStart(' ');
        if (!(trimmed.IsEmpty || (trimmed[0] == '#' && (rest.Length > trimmed.Length || end.Column == 1))))
        {
            return null;
        }

        // The only key of a list item whose dash has a line of its own: removing it would leave a null item.
        if (!dash && site.ItemOf is not null && site.Mapping.Count == 1)
        {
            return null;
        }

        var from = text.GetLineStart(key.Start.Line);
        var to = SourceOffsets.AfterLine(text, end.Line);
        if (HasAnchor(text.Slice(from, to - from)) || (dash && site.Mapping.Count == 1 && !OnlyItemLines(context, site, end)))
        {
            return null;
        }

        return new EntryLines(from, to, key.Start.Line, end.Line, indent, dash);
    }

    /// <summary>A one-key list item ends where its entry does (no second item on the same lines).</summary>
    private static bool OnlyItemLines(FixContext context, EntrySite site, SourcePosition end) =>
        site.ItemOf!.Items.All(item => item == site.Mapping || item.Span.End.Line < site.Entry.Key.Start.Line || item.Span.Start.Line > end.Line);

    private static bool IsFlow(FixContext context, SourcePosition start)
    {
        var offset = context.OffsetOf(start);
        return offset < context.Text.Length && context.Text.CharAt(offset) is '{' or '[';
    }

    /// <summary>An anchor defined in the lines (<c>&amp;name</c> after a space or at a line's start): removing
    /// it would break the aliases that use it.</summary>
    private static bool HasAnchor(ReadOnlySpan<char> lines)
    {
        for (var i = lines.IndexOf('&'); i >= 0; i = lines[(i + 1)..].IndexOf('&') is var next and >= 0 ? i + 1 + next : -1)
        {
            if ((i == 0 || lines[i - 1] is ' ' or '\n' or '-' or ':' or '[' or '{' or ',') && i + 1 < lines.Length && !char.IsWhiteSpace(lines[i + 1]) && lines[i + 1] != '&')
            {
                return true;
            }
        }

        return false;
    }

    private sealed record EntryLines(int From, int To, int First, int Last, int Indent, bool Dash);
}
