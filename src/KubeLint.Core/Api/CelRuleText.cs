using KubeLint.Core.Analysis;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>
/// What can be told about <c>x-kubernetes-validations</c> without the Cel package: whether a schema has any
/// (once per schema and run, so a run only loads Cel when some schema does), whether a rule is a transition
/// rule, uses optional types, and a bound on its cost. Plain string scans: no Regex, linear in the rule.
/// </summary>
internal static class CelRuleText
{
    /// <summary>apiextensions-apiserver pkg/apiserver/schema/cel/validation.go Validator.validateExpressions; the CustomResourceValidationExpressions gate (k8s.io/apiserver pkg/features/kube_features.go) is on by default from 1.25 (beta), GA in 1.29.</summary>
    public static readonly Validation.ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go", "Validator.validateExpressions", Since: 25);

    /// <summary>A bound on a rule's work per object, in the spirit of the apiserver's per-call cost limit
    /// (k8s.io/apiserver pkg/apis/cel/config.go PerCallLimit, 1,000,000): rule length times (nodes + 1) to the
    /// power of its comprehension macros.</summary>
    public const double MaxCost = 10_000_000;

    private static readonly string[] Macros = [".all(", ".exists(", ".exists_one(", ".map(", ".filter("];

    /// <summary>Whether a schema has rules, memoised per schema and run.</summary>
    private static readonly RunTable<YMapping, bool> HasRulesMemo = new(ReferenceEqualityComparer.Instance);

    public static bool HasRules(ActionContext ctx, YMapping schema) =>
        ctx.Run.Get(HasRulesMemo).GetOrAdd(schema, static s => Contains(s));

    private static bool Contains(YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value == "x-kubernetes-validations" && entry.Value is YSequence { Count: > 0 })
                    {
                        return true;
                    }

                    if (entry.Value is YMapping or YSequence && entry.Key.Value is not ("enum" or "default" or "example") && Contains(entry.Value))
                    {
                        return true;
                    }
                }

                return false;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (Contains(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The rule with the text of its string literals (<c>'…'</c>, <c>"…"</c>, triple-quoted, raw) blanked, so
    /// that scans for names and operators do not read a pattern such as <c>r"\.?"</c> as code.</summary>
    public static string Code(string rule)
    {
        var code = rule.ToCharArray();
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is not ('\'' or '"'))
            {
                i++;
                continue;
            }

            var raw = i > 0 && code[i - 1] is 'r' or 'R';
            var triple = i + 2 < code.Length && code[i + 1] == c && code[i + 2] == c;
            var end = triple ? i + 3 : i + 1;
            while (end < code.Length && !(code[end] == c && (!triple || (end + 2 < code.Length && code[end + 1] == c && code[end + 2] == c))))
            {
                end += !raw && code[end] == '\\' ? 2 : 1;
            }

            var stop = Math.Min(code.Length, end + (triple ? 3 : 1));
            for (var j = i + (triple ? 3 : 1); j < Math.Min(end, code.Length); j++)
            {
                code[j] = ' ';
            }

            i = stop;
        }

        return new string(code);
    }

    /// <summary>True when the rule names <c>oldSelf</c> (pkg/apiserver/schema/cel/compilation.go sets UsesOldSelf from the checked AST; a word scan is close).</summary>
    public static bool UsesOldSelf(string rule)
    {
        for (var at = rule.IndexOf("oldSelf", StringComparison.Ordinal); at >= 0; at = rule.IndexOf("oldSelf", at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : rule[at - 1];
            var after = at + 7 >= rule.Length ? ' ' : rule[at + 7];
            if (!IsWordChar(before) && before != '.' && !IsWordChar(after))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the rule uses CEL's optional types (<c>x.?f</c>, <c>l[?i]</c>, <c>optional.of</c>), which the Cel package lacks.</summary>
    public static bool UsesOptionals(string rule) =>
        rule.Contains(".?", StringComparison.Ordinal) || rule.Contains("[?", StringComparison.Ordinal)
        || rule.Contains("{?", StringComparison.Ordinal) || rule.Contains("optional.", StringComparison.Ordinal);

    /// <summary>The bound of <see cref="MaxCost"/>'s formula for a rule over a value of <paramref name="nodes"/> nodes.</summary>
    public static double Cost(string rule, int nodes)
    {
        var macros = 0;
        foreach (var macro in Macros)
        {
            for (var at = rule.IndexOf(macro, StringComparison.Ordinal); at >= 0; at = rule.IndexOf(macro, at + 1, StringComparison.Ordinal))
            {
                macros++;
            }
        }

        return rule.Length * Math.Pow(nodes + 1, macros);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
