namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// An RFC 6901 pointer (<c>/spec/containers/0/image</c>): <c>~1</c> stands for <c>/</c> and <c>~0</c> for <c>~</c>,
/// decoded in that order as evanphx/json-patch (the library kustomize applies JSON 6902 patches with) decodes them.
/// </summary>
internal readonly record struct JsonPointer(string Text, string[] Tokens)
{
    public static JsonPointer? Parse(string text)
    {
        if (text.Length == 0)
        {
            return new JsonPointer(text, []);
        }

        if (text[0] != '/')
        {
            return null;
        }

        var tokens = text[1..].Split('/');
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = tokens[i].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        return new JsonPointer(text, tokens);
    }

    /// <summary>The pointer to the first <paramref name="count"/> tokens, for messages.</summary>
    public string Prefix(int count)
    {
        if (count == 0)
        {
            return "the document root";
        }

        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = Tokens[i].Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        }

        return "/" + string.Join('/', parts);
    }

    /// <summary>True when this pointer lies strictly inside <paramref name="other"/> (RFC 6902 §4.4: no move into a child of itself).</summary>
    public bool IsInside(JsonPointer other)
    {
        if (Tokens.Length <= other.Tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < other.Tokens.Length; i++)
        {
            if (Tokens[i] != other.Tokens[i])
            {
                return false;
            }
        }

        return true;
    }
}
