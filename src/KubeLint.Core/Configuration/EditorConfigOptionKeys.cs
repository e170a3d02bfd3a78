using System.Text.RegularExpressions;
using KubeLint.Core.Text;

namespace KubeLint.Core.Configuration;

/// <summary>A <c>kubelint.&lt;id&gt;.&lt;option&gt; = value</c> line of an <c>.editorconfig</c>/<c>.globalconfig</c>,
/// with the spans of its option name and value (columns 1-based, as everywhere).</summary>
internal sealed record EditorConfigOptionKey(string FullPath, string RuleId, string Option, SourceSpan OptionSpan, string Value, SourceSpan ValueSpan);

/// <summary>Finds rule-option keys with their positions. Roslyn's parser gives values, not lines, so KL9001 scans
/// the text Roslyn parsed (see <see cref="EditorConfigOptions.OptionKeys"/>); the key grammar is Roslyn's (a key
/// ends at the first <c>=</c> or <c>:</c>, comments start with <c>#</c> or <c>;</c>).</summary>
internal static partial class EditorConfigOptionKeys
{
    [GeneratedRegex(@"^(?<lead>\s*)kubelint\.(?<id>[^.\s=:]+)\.(?<option>[^\s=:]+)\s*[=:]\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    public static IEnumerable<EditorConfigOptionKey> Read(string fullPath, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var match = KeyLine().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var option = match.Groups["option"];
            var value = match.Groups["value"];
            var optionColumn = option.Index + 1;
            var valueColumn = value.Index + 1;
            yield return new EditorConfigOptionKey(
                fullPath,
                match.Groups["id"].Value,
                option.Value,
                new SourceSpan(new(lineNumber, optionColumn), new(lineNumber, optionColumn + option.Length)),
                value.Value,
                new SourceSpan(new(lineNumber, valueColumn), new(lineNumber, valueColumn + value.Length)));
        }
    }
}
