using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Cel;
using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>A rule of a CRD the Cel package could not evaluate (KL1021): the rule's entry, its <c>rule</c> text node and why.</summary>
internal readonly record struct CelRuleNotEvaluated(YMapping Rule, YScalar Text, string Reason);

/// <summary>What a custom resource's CEL rules gave: failed rules (KL1019) and rules not evaluated (KL1021).</summary>
internal sealed record CelOutcome(List<SchemaViolation> Failures, List<CelRuleNotEvaluated> NotEvaluated);

/// <summary>
/// Evaluates the <c>x-kubernetes-validations</c> rules of a custom resource's schema with the Cel package, as
/// apiextensions-apiserver pkg/apiserver/schema/cel/validation.go Validator.validate does: each rule at each
/// non-null value its schema node applies to, <c>self</c> bound to that value (<see cref="CelValues"/>);
/// transition rules (<c>oldSelf</c>) are skipped, as at create there is no old object. A failed rule is worded as
/// validateExpressions and fieldErrorForReason word it. Programs are compiled once per rule text and run; the
/// outcome is computed once per object, shared by KL1019 and KL1021. Only this class names the Cel package's types.
/// </summary>
internal static class CustomResourceCelRules
{
    /// <summary>The run's CEL evaluator, made when the first custom resource with rules is met.</summary>
    private static readonly RunFact<Evaluator> EvaluatorFact = new(_ => new Evaluator());

    /// <summary>Each custom resource's outcome, by its root, once per run: KL1019 and KL1021 both ask for it.</summary>
    private static readonly RunTable<YMapping, Lazy<CelOutcome>> OutcomesMemo = new(ReferenceEqualityComparer.Instance);

    /// <summary>A CEL environment with KubeLint's <c>matches</c>, and what it compiled: each rule text's program
    /// and each pattern's regex, once per run.</summary>
    private sealed class Evaluator
    {
        public readonly ConcurrentDictionary<string, Lazy<(CelProgramDelegate? Program, string? Error)>> Programs = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);
        public readonly CelEnvironment Environment;

        public Evaluator()
        {
            Environment = new CelEnvironment(null, null);

            // CEL's matches is RE2, linear in its input; .NET's backtracking engine is neither, so its non-backtracking one stands in.
            Environment.RegisterFunction("matches", [typeof(string), typeof(string)], args => Matches((string)args[0]!, (string)args[1]!));
        }

        private bool Matches(string text, string pattern)
        {
            var regex = Patterns.GetOrAdd(pattern, static p =>
            {
                try
                {
                    return new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
                }
                catch (Exception e) when (e is ArgumentException or NotSupportedException)
                {
                    return null;
                }
            });
            return regex?.IsMatch(text) ?? throw new UnreadablePatternException(pattern);
        }
    }

    private sealed class UnreadablePatternException(string pattern) : Exception($"the pattern '{pattern}' of matches() is not one .NET's non-backtracking engine reads");

    public static CelOutcome Evaluate(ActionContext ctx, KubeObject obj, YMapping schema)
    {
        var run = ctx.Run;
        return run.Get(OutcomesMemo).GetOrAdd(obj.Root, root => new Lazy<CelOutcome>(() =>
        {
            var outcome = new CelOutcome([], []);
            Walk(run.Get(EvaluatorFact), root, schema, null, root.GetKey("kind") ?? (YNode)root, isRoot: true, outcome);
            return outcome;
        })).Value;
    }

    private static void Walk(Evaluator evaluator, YNode value, YMapping schema, FieldPath? path, YNode anchor, bool isRoot, CelOutcome outcome)
    {
        if (value is YScalar { IsNull: true })
        {
            return; // validateExpressions: only non-null values are validated
        }

        Rules(evaluator, value, schema, schema, path, anchor, isRoot, outcome);
        foreach (var branch in schema.GetSequence("allOf")?.Mappings ?? [])
        {
            Rules(evaluator, value, branch, schema, path, anchor, isRoot, outcome);
        }

        switch (value)
        {
            case YMapping mapping:
                var properties = schema.GetMapping("properties");
                var additional = schema.GetMapping("additionalProperties");
                foreach (var entry in mapping.Entries)
                {
                    var key = entry.Key.Value;
                    if (isRoot && CustomResourceValueChecks.SkippedRootFields.Contains(key))
                    {
                        continue;
                    }

                    var child = properties?.GetMapping(key) ?? additional;
                    if (child is not null)
                    {
                        var childPath = properties?.GetMapping(key) is not null ? Child(path, key) : (path ?? FieldPath.Root(string.Empty)).Key(key);
                        Walk(evaluator, entry.Value, child, childPath, entry.Value is YScalar ? entry.Value : entry.Key, false, outcome);
                    }
                }

                break;
            case YSequence sequence when schema.GetMapping("items") is { } items:
                for (var i = 0; i < sequence.Count; i++)
                {
                    var item = sequence.Items[i];
                    Walk(evaluator, item, items, (path ?? FieldPath.Root(string.Empty)).Index(i), item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, false, outcome);
                }

                break;
        }
    }

    private static FieldPath Child(FieldPath? path, string name) => path is null ? FieldPath.Root(name) : path.Child(name);

    private static void Rules(Evaluator evaluator, YNode value, YMapping rulesSchema, YMapping nodeSchema, FieldPath? path, YNode anchor, bool isRoot, CelOutcome outcome)
    {
        if (rulesSchema.GetSequence("x-kubernetes-validations") is not { Count: > 0 } rules)
        {
            return;
        }

        object? self = null;
        CelValues? state = null;
        foreach (var rule in rules.Mappings)
        {
            if (rule["rule"] is not YScalar { Value: { Length: > 0 } text } ruleNode)
            {
                continue; // an empty rule is never run
            }

            var code = CelRuleText.Code(text);
            if (CelRuleText.UsesOldSelf(code))
            {
                if (YValues.IsTrue(rule["optionalOldSelf"]))
                {
                    outcome.NotEvaluated.Add(new(rule, ruleNode, "with optionalOldSelf it runs at create with oldSelf an optional none, and the Cel package has no optional types"));
                }

                continue; // a transition rule: no old object at create
            }

            if (CelRuleText.UsesOptionals(code))
            {
                outcome.NotEvaluated.Add(new(rule, ruleNode, "it uses optional types (.?, [?], optional.), which the Cel package lacks"));
                continue;
            }

            if (state is null)
            {
                (self, state) = CelValues.Convert(value, nodeSchema, isRoot);
            }

            if (state.Unknown)
            {
                return; // a placeholder or a wrongly typed value (other rules report it): nothing to evaluate
            }

            if (state.Unsupported is { } unsupported)
            {
                outcome.NotEvaluated.Add(new(rule, ruleNode, unsupported));
                continue;
            }

            var cost = CelRuleText.Cost(code, state.Nodes);
            if (cost > CelRuleText.MaxCost)
            {
                outcome.NotEvaluated.Add(new(rule, ruleNode, string.Create(CultureInfo.InvariantCulture, $"its cost bound over this value ({cost:G3}) is above KubeLint's {CelRuleText.MaxCost:G3}")));
                continue;
            }

            var (result, error) = Run(evaluator, text, self);
            if (error is not null)
            {
                outcome.NotEvaluated.Add(new(rule, ruleNode, error));
            }
            else if (result is false)
            {
                outcome.Failures.Add(Failure(evaluator, rule, text, self, nodeSchema, value, path, anchor));
            }
            else if (result is not true)
            {
                outcome.NotEvaluated.Add(new(rule, ruleNode, $"the Cel package gave {Describe(result)}, not a boolean"));
            }
        }
    }

    private static (object? Result, string? Error) Run(Evaluator evaluator, string text, object? self)
    {
        var (program, error) = evaluator.Programs.GetOrAdd(text, t => new Lazy<(CelProgramDelegate?, string?)>(() =>
        {
            try
            {
                return (evaluator.Environment.Compile(t), null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (null, Reason(e));
            }
        })).Value;
        if (program is null)
        {
            return (null, error);
        }

        try
        {
            return (program(new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["self"] = self }), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, Reason(e));
        }
    }

    // A function the package lacks is named in our words; other failures keep the package's first line (parser errors list every expected token).
    private static string Reason(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            // && and || wrap the failure of an operand
            if (Quoted(inner.Message, inner is CelUnboundFunctionException ? "function '" : "matches identifier '") is { } function)
            {
                return $"it calls {function}(), which the Cel package does not have";
            }
        }

        var message = e.Message;

        var end = message.IndexOfAny(['\r', '\n']);
        return "the Cel package failed: " + (end >= 0 ? message[..end] : message).TrimEnd('.');
    }

    private static string? Quoted(string message, string prefix)
    {
        var start = message.IndexOf(prefix, StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + prefix.Length);
        return end < 0 ? null : message[(start + prefix.Length)..end];
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.GetType().Name,
    };

    private static SchemaViolation Failure(Evaluator evaluator, YMapping rule, string text, object? self, YMapping nodeSchema, YNode value, FieldPath? path, YNode anchor)
    {
        // ruleMessageOrDefault / ruleErrorString: the trimmed message, else "failed rule: " and the trimmed rule.
        var message = rule.GetString("message")?.Trim();
        var detail = string.IsNullOrEmpty(message) ? $"failed rule: {text.Trim()}" : message;
        if (rule.GetString("messageExpression") is { Length: > 0 } messageExpression
            && Run(evaluator, messageExpression, self) is { Error: null, Result: string evaluated }
            && evaluated.Trim() is { Length: > 0 and <= 5 * 1024 } trimmed && !trimmed.Contains('\n', StringComparison.Ordinal))
        {
            detail = trimmed; // evalMessageExpression: a non-empty single-line string, else the message is used
        }

        // fieldPath (compilation.go NormalizedRuleFieldPath) moves the finding to a field below the node.
        if (rule.GetString("fieldPath") is { Length: > 0 } fieldPath && Resolve(fieldPath, value, nodeSchema, path, anchor) is { } target)
        {
            (path, anchor, nodeSchema) = target;
        }

        var type = nodeSchema.GetString("type") ?? string.Empty;
        var wording = rule.GetString("reason") switch
        {
            "FieldValueForbidden" => $"Forbidden: {detail}",
            "FieldValueRequired" => $"Required value: {detail}",
            "FieldValueDuplicate" => $"Duplicate value: \"{type}\"",
            _ => $"Invalid value: \"{type}\": {detail}",
        };
        return new SchemaViolation(anchor, path?.ToString() ?? "<nil>", wording, $"change the value so that the CRD's rule `{text.Trim()}` holds");
    }

    /// <summary>A rule's fieldPath (<c>.a.b</c>, <c>['a-b']</c>) below the node, read along the schema as ValidFieldPath
    /// reads it; the finding points at the deepest node of it that is written (the field itself may be missing).</summary>
    private static (FieldPath? Path, YNode Anchor, YMapping Schema)? Resolve(string fieldPath, YNode value, YMapping schema, FieldPath? path, YNode anchor)
    {
        var node = (YNode?)value;
        var at = 0;
        while (at < fieldPath.Length)
        {
            string name;
            if (fieldPath[at] == '.')
            {
                var end = fieldPath.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? fieldPath.Length : end;
                name = fieldPath[(at + 1)..end];
                at = end;
            }
            else if (fieldPath.AsSpan(at).StartsWith("['", StringComparison.Ordinal) && fieldPath.IndexOf("']", at + 2, StringComparison.Ordinal) is var close and >= 0)
            {
                name = fieldPath[(at + 2)..close].Replace("\\'", "'", StringComparison.Ordinal);
                at = close + 2;
            }
            else
            {
                return null; // not a path ValidFieldPath accepts: the apiserver would have refused the CRD
            }

            if (schema.GetMapping("properties")?.GetMapping(name) is { } property)
            {
                path = Child(path, name);
                schema = property;
            }
            else if (schema.GetMapping("additionalProperties") is { } additional)
            {
                path = (path ?? FieldPath.Root(string.Empty)).Key(name);
                schema = additional;
            }
            else
            {
                return null;
            }

            if (node is YMapping mapping && mapping.TryGetEntry(name, out var entry))
            {
                anchor = entry.Value is YScalar ? entry.Value : entry.Key;
                node = entry.Value;
            }
            else
            {
                node = null;
            }
        }

        return (path, anchor, schema);
    }
}
