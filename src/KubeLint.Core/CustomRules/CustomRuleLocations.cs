using KubeLint.Core.Diagnostics;
using KubeLint.Core.Text;

namespace KubeLint.Core.CustomRules;

/// <summary>Where a custom analyzer is declared in its sources: KL9004 stands at the class that declares the reserved ID
/// (not at the first place its text occurs, which may be another file), and <c>kubelint rules</c> names that file.</summary>
internal static class CustomRuleLocations
{
    /// <summary>The name in <c>class Name</c> (followed by a space, <c>:</c>, <c>(</c>, <c>&lt;</c>, <c>{</c> or a line
    /// break), in the first source that declares it; null when none does (a type built otherwise).</summary>
    public static Location? ClassDeclaration(IReadOnlyList<CustomRuleSource> sources, string typeName)
    {
        var declaration = "class " + typeName;
        foreach (var source in sources)
        {
            for (var at = source.Text.IndexOf(declaration, StringComparison.Ordinal); at >= 0; at = source.Text.IndexOf(declaration, at + 1, StringComparison.Ordinal))
            {
                var before = at == 0 ? ' ' : source.Text[at - 1];
                var end = at + declaration.Length;
                var after = end < source.Text.Length ? source.Text[end] : ' ';
                if (!char.IsLetterOrDigit(before) && before != '_' && (char.IsWhiteSpace(after) || after is ':' or '(' or '<' or '{'))
                {
                    var start = new SourceText(source.Text).GetPosition(at + "class ".Length);
                    return new Location(source.DisplayPath, source.FullPath, new SourceSpan(start, start with { Column = start.Column + typeName.Length }));
                }
            }
        }

        return null;
    }
}
