namespace KubeLint.Core.Loading;

/// <summary>
/// KL0001's sentences for what YamlDotNet's scanner reports (its messages, as in its Scanner, are the keys): each
/// says in our words what is wrong at the position the finding already carries. A message not listed here gets
/// <see cref="Fallback"/>, which claims nothing beyond the position: no library wording or exception name ever shows.
/// </summary>
internal static class SyntaxMessages
{
    public const string Fallback = "the YAML is malformed here";

    /// <summary>A switch, not a dictionary: compiled to a hash jump, nothing built at start-up.</summary>
    public static string Describe(string scannerMessage) => Strip(scannerMessage) switch
    {
        "While scanning a plain scalar value, found invalid mapping." or "While scanning a multiline plain scalar, found invalid mapping."
            => "': ' inside a value that continues from the line above, where no mapping can start; quote the value or fix the indentation",
        "While scanning a simple key, could not find expected ':'."
            => "a key without ':' after it on its line",
        "While scanning for the next token, found character that cannot start any token."
            => "a character that cannot start a value here ('@' and '`' are reserved, a '%' directive only starts a line); quote the value",
        "While scanning a quoted scalar, found unexpected end of stream."
            => "a quoted string that is never closed",
        "While scanning a quoted scalar, found unexpected document indicator."
            => "a line starting with '---' or '...' inside a quoted string ends the document; indent the string's lines",
        "While scanning a quoted scalar, found unknown escape character."
            => "an escape sequence ('\\' and a character) that double-quoted YAML strings do not have",
        "While scanning a quoted scalar, did not find expected hexadecimal number."
            => "a '\\x', '\\u' or '\\U' escape without its hexadecimal digits",
        "While scanning a quoted scalar, found invalid Unicode character escape code."
            => "a '\\u' or '\\U' escape that names no Unicode character",
        "While scanning a quoted scalar, found invalid Unicode surrogates."
            => "a '\\u' escape of half a UTF-16 surrogate pair, which YAML cannot hold",
        "While scanning a multi-line double-quoted scalar, found wrong indentation."
            => "a continuation line of a double-quoted string indented less than the string's key",
        "While scanning a mapping, found invalid tab as indentation." or "While scanning a plain scalar, found a tab character that violate indentation."
            => "a tab in indentation: YAML indents with spaces only",
        "While scanning a literal block scalar, found extra spaces in first line."
            or "While scanning a literal block scalar, found more spaces in lines above first content line."
            => "a block scalar ('|' or '>') whose first lines are indented more than its text",
        "While scanning a block scalar, found an indentation indicator equal to 0."
            => "a block scalar's indentation indicator must be 1 to 9, not 0",
        "While scanning a block scalar, did not find expected comment or line break."
            or "While scanning a block scalar, found a comment without whtespace after '>' indicator."
            => "text after a block scalar's '|' or '>' indicator, where only a comment (after a space) may follow",
        "While scanning an anchor or alias, found value containing disallowed: []{},"
            or "Anchor cannot be empty or contain disallowed characters: []{},"
            => "an anchor ('&') or alias ('*') without a name, or with one of []{}, in it",
        "While scanning a document end, found invalid content after '...' marker."
            => "text after a '...' document end marker",
        "While scanning plain scalar, found a comment between adjacent scalars."
            => "a comment between two lines of one value",
        "While scanning a flow entry, found invalid comment after comma."
            or "While scanning a flow sequence end, found invalid comment after ']'."
            or "While scanning a flow sequence end, found invalid comment after double-quoted scalar."
            => "a '#' directly after ',', ']' or a quoted string: a comment needs a space before it",
        var other when other.StartsWith("While scanning a tag", StringComparison.Ordinal)
            || other.StartsWith("While scanning a %TAG", StringComparison.Ordinal)
            => "a malformed tag ('!' and a name) or %TAG directive",
        var other when other.StartsWith("While scanning a %YAML", StringComparison.Ordinal)
            || other.StartsWith("While scanning a directive", StringComparison.Ordinal)
            || other.StartsWith("While scanning a version directive", StringComparison.Ordinal)
            => "a malformed '%' directive line",
        _ => Fallback,
    };

    /// <summary>YamlDotNet prefixes messages with the position, which the finding carries already.</summary>
    private static string Strip(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
