using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>
/// The text of each <c>x-kubernetes-validations</c> entry of an <c>apiextensions.k8s.io/v1</c> CRD's schema, as
/// apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinitionOpenAPISchema
/// checks it before compiling: a rule that is blank, a message that is blank or spans lines, a rule that spans lines
/// without a message; and, when the schema has no other error, a rule that certainly cannot compile (an open string or
/// bracket: CelSyntax). Other compile errors are not judged (KL1021 says when the Cel package cannot evaluate a rule).
/// Reported by KL1020.
/// </summary>
internal static class CrdValidationRules
{
    /// <summary>Read in the current source; applied from 1.29, where CEL validation rules are GA, as the first minor we
    /// are sure these text checks hold in (their exact start is not claimed).</summary>
    public static readonly ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go", "ValidateCustomResourceDefinitionOpenAPISchema (XValidations)", Since: 29);

    public static void Check(YMapping schema, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (schema.GetSequence("x-kubernetes-validations") is { } rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules.Items[i] is YMapping rule)
                {
                    Rule(rule, path.Child("x-kubernetes-validations").Index(i), problems);
                }
            }
        }

        foreach (var (child, childPath) in CrdSchemaChildren.Of(schema, path))
        {
            Check(child, childPath, problems);
        }
    }

    /// <summary>Rules that cannot compile (<see cref="CelSyntax"/>). The apiserver compiles them only when the schema
    /// has no other error, so this is run only then.</summary>
    public static void CheckSyntax(YMapping schema, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (schema.GetSequence("x-kubernetes-validations") is { } rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules.Items[i] is YMapping rule && rule["rule"] is YScalar { IsNull: false, Value: var text } node
                    && !text.Contains("{{", StringComparison.Ordinal) && !text.Contains("${", StringComparison.Ordinal) && CelSyntax.Error(text) is { } error)
                {
                    problems.Add(new(node, path.Child("x-kubernetes-validations").Index(i).Child("rule"), $"Invalid value: …: compilation failed: {error}",
                        "close every string, parenthesis, bracket and brace of the CEL expression"));
                }
            }
        }

        foreach (var (child, childPath) in CrdSchemaChildren.Of(schema, path))
        {
            CheckSyntax(child, childPath, problems);
        }
    }

    // The apiserver reports only the first of these per rule (an else-if chain), and so do we.
    private static void Rule(YMapping rule, FieldPath path, List<CrdSchemaProblem> problems)
    {
        var text = rule["rule"] as YScalar;
        var message = rule["message"] as YScalar;
        if ((text is not null && YValues.IsPlaceholder(text.Value)) || (message is not null && YValues.IsPlaceholder(message.Value)))
        {
            return;
        }

        var trimmedRule = text is null || text.IsNull ? string.Empty : text.Value.Trim();
        var messageText = message is null || message.IsNull ? string.Empty : message.Value;
        var trimmedMessage = messageText.Trim();
        if (trimmedRule.Length == 0)
        {
            problems.Add(new((YNode?)text ?? rule.Entries[0].Key, path.Child("rule"), "Required value: rule is not specified", "write the CEL expression that must hold, e.g. rule: \"self.min <= self.max\""));
        }
        else if (messageText.Length > 0 && trimmedMessage.Length == 0)
        {
            problems.Add(new(message!, path.Child("message"), $"Invalid value: \"{messageText}\": message must be non-empty if specified", "write the message, or drop it"));
        }
        else if (HasLineBreak(trimmedMessage))
        {
            problems.Add(new(message!, path.Child("message"), $"Invalid value: \"{Quoted(messageText)}\": message must not contain line breaks", "write the message on one line (a folded >- block scalar joins lines)"));
        }
        else if (HasLineBreak(trimmedRule) && trimmedMessage.Length == 0)
        {
            problems.Add(new(text!, path.Child("message"), "Required value: message must be specified if rule contains line breaks", "add a one-line message, or write the rule on one line"));
        }
    }

    // As Go's %q writes the value: line breaks escaped.
    private static string Quoted(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\n', '\r') >= 0;
}
