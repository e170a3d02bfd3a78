using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// A label selector written as a string (<c>app=web,tier in (a,b),!legacy</c>), the syntax of apimachinery's
/// pkg/labels/selector.go (Parse) that kustomize's <c>labelSelector</c> and <c>annotationSelector</c> use
/// (kubernetes-sigs/kustomize api/resource/resource.go, Resource.MatchesLabelSelector): requirements joined by commas,
/// each <c>key</c>, <c>!key</c>, <c>key=v</c>, <c>key==v</c>, <c>key!=v</c>, <c>key in (…)</c> or <c>key notin (…)</c>.
/// </summary>
internal static class SelectorExpression
{
    /// <summary>The requirements, or null with <paramref name="problem"/> set. <paramref name="node"/> is where they were written.</summary>
    public static List<LabelRequirement>? Parse(string text, YNode node, out string? problem)
    {
        problem = null;
        var requirements = new List<LabelRequirement>();
        var position = 0;
        while (true)
        {
            SkipSpaces(text, ref position);
            if (position >= text.Length)
            {
                return requirements;
            }

            var requirement = ParseOne(text, ref position, node, out problem);
            if (requirement is null)
            {
                return null;
            }

            requirements.Add(requirement);
            SkipSpaces(text, ref position);
            if (position < text.Length)
            {
                if (text[position] != ',')
                {
                    problem = $"expected a comma at position {position + 1} of \"{text}\"";
                    return null;
                }

                position++;
            }
        }
    }

    private static LabelRequirement? ParseOne(string text, ref int position, YNode node, out string? problem)
    {
        problem = null;
        var negated = text[position] == '!';
        if (negated)
        {
            position++;
            SkipSpaces(text, ref position);
        }

        var key = Word(text, ref position);
        if (key.Length == 0)
        {
            problem = $"expected a key at position {position + 1} of \"{text}\"";
            return null;
        }

        SkipSpaces(text, ref position);
        if (negated || position >= text.Length || text[position] == ',')
        {
            return new LabelRequirement(key, negated ? LabelOperator.DoesNotExist : LabelOperator.Exists, [], node, false);
        }

        if (text[position] == '=' || text[position] == '!')
        {
            var not = text[position] == '!';
            position++;
            if (position < text.Length && text[position] == '=')
            {
                position++;
            }
            else if (not)
            {
                problem = $"expected != at position {position} of \"{text}\"";
                return null;
            }

            SkipSpaces(text, ref position);
            var value = Word(text, ref position);
            return new LabelRequirement(key, not ? LabelOperator.NotIn : LabelOperator.In, [value], node, !not);
        }

        var op = Word(text, ref position);
        if (op is not ("in" or "notin"))
        {
            problem = $"expected =, ==, !=, in or notin after \"{key}\" in \"{text}\"";
            return null;
        }

        SkipSpaces(text, ref position);
        if (position >= text.Length || text[position] != '(')
        {
            problem = $"expected ( after \"{key} {op}\" in \"{text}\"";
            return null;
        }

        position++;
        var values = new List<string>();
        while (true)
        {
            SkipSpaces(text, ref position);
            values.Add(Word(text, ref position));
            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length && text[position] == ')')
            {
                position++;
                return new LabelRequirement(key, op == "in" ? LabelOperator.In : LabelOperator.NotIn, values, node, false);
            }

            problem = $"expected ) to close the values of \"{key} {op}\" in \"{text}\"";
            return null;
        }
    }

    private static string Word(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] is not (' ' or '\t' or ',' or '=' or '!' or '(' or ')'))
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }
}
