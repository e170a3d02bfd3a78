using System.Globalization;

namespace KubeLint.Core.Diagnostics;

/// <summary>
/// Bounds what a message repeats from the input. Rules quote values, names and paths, and an anchored
/// 100 KB value aliased 2,000 times once gave 2,000 findings of 100 KB each (2 GB, #15); a quoted text
/// longer than <see cref="MaxLength"/> is cut to its first <see cref="PrefixLength"/> characters.
/// </summary>
internal static class MessageArguments
{
    /// <summary>Longer arguments are cut. Above the 253 characters of the longest Kubernetes name, so a valid
    /// name or a sentence naming two of them is never cut.</summary>
    public const int MaxLength = 600;

    /// <summary>How much of a cut argument the message keeps.</summary>
    public const int PrefixLength = 200;

    /// <summary><paramref name="text"/>, or its prefix followed by how long it was.</summary>
    public static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        // Never split a surrogate pair: a lone half is not valid UTF-16 and breaks the JSON and SARIF writers.
        var keep = char.IsHighSurrogate(text[PrefixLength - 1]) ? PrefixLength - 1 : PrefixLength;
        return string.Concat(text.AsSpan(0, keep), "… (", text.Length.ToString(CultureInfo.InvariantCulture), " characters)");
    }

    /// <summary>The arguments with every long string cut; the same array when none is.</summary>
    internal static object?[] CutAll(object?[] args)
    {
        object?[]? copy = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string { Length: > MaxLength } text)
            {
                copy ??= (object?[])args.Clone();
                copy[i] = Cut(text);
            }
        }

        return copy ?? args;
    }
}
