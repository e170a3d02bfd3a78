using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using static KubeLint.Core.Tests.Rules.Api.CelRuleFixtures;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1019CustomResourceSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1019 for x-kubernetes-validations, as apiextensions-apiserver pkg/apiserver/schema/cel/validation.go
/// Validator.validateExpressions evaluates them at create (v1 CRDs, from 1.25): a false rule is
/// <c>field.Invalid(path, schema type, message or "failed rule: " + rule)</c> (ruleMessageOrDefault), its kind changed
/// by <c>reason</c> (fieldErrorForReason), its detail by <c>messageExpression</c> (evalMessageExpression), its path by
/// <c>fieldPath</c>; null values are not validated; rules using oldSelf are skipped when there is no old object.
/// </summary>
public class KL1019CelRuleTests
{
    private const string MinMax = """
        type: object
        x-kubernetes-validations:
        - {rule: "self.min <= self.max", message: "min must not exceed max"}
        properties:
          min: {type: integer}
          max: {type: integer}
        """;

    private static Task Check(string spec, string widget, params string[] messages) =>
        Verify.VerifyMessagesAsync([("crd.yaml", Crd(spec)), ("widget.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n" + widget)], new KubernetesVersion(1, 36), messages);

    private static string Fix(string rule) => $"change the value so that the CRD's rule `{rule}` holds" + Source;

    [Fact]
    public Task An_object_rule_with_a_message_fails_at_the_objects_key() => Check(MinMax, "[|spec|]:\n  min: 5\n  max: 3\n",
        "spec: Invalid value: \"object\": min must not exceed max; " + Fix("self.min <= self.max"));

    [Fact]
    public Task An_object_rule_that_holds() => Check(MinMax, "spec:\n  min: 3\n  max: 3\n");

    [Fact]
    public Task Without_a_message_the_rule_is_quoted_and_has_sees_the_field_missing() => Check(
        "type: object\nx-kubernetes-validations: [{rule: \"has(self.name)\"}]\nproperties:\n  name: {type: string}\n  size: {type: integer}",
        "[|spec|]:\n  size: 1\n",
        "spec: Invalid value: \"object\": failed rule: has(self.name); " + Fix("has(self.name)"));

    [Fact]
    public Task Has_sees_the_field_given() => Check(
        "type: object\nx-kubernetes-validations: [{rule: \"has(self.name)\"}]\nproperties:\n  name: {type: string}", "spec:\n  name: a\n");

    [Fact]
    public Task A_scalar_rule_fails_at_the_value() => Check(
        "type: object\nproperties:\n  replicas: {type: integer, x-kubernetes-validations: [{rule: \"self % 2 == 1\"}]}",
        "spec:\n  replicas: [|4|]\n",
        "spec.replicas: Invalid value: \"integer\": failed rule: self % 2 == 1; " + Fix("self % 2 == 1"));

    [Fact]
    public Task A_scalar_rule_that_holds() => Check(
        "type: object\nproperties:\n  replicas: {type: integer, x-kubernetes-validations: [{rule: \"self % 2 == 1\"}]}", "spec:\n  replicas: 3\n");

    private const string Tags = """
        type: object
        properties:
          tags:
            type: array
            items: {type: string}
            x-kubernetes-validations:
            - {rule: "self.all(t, size(t) <= 5)", message: tags are short}
            - {rule: "self.exists(t, t == 'main')", message: a main tag is needed, reason: FieldValueRequired}
        """;

    [Fact]
    public Task An_array_rule_with_all_and_size() => Check(Tags, "spec:\n  [|tags|]: [toolong, main]\n",
        "spec.tags: Invalid value: \"array\": tags are short; " + Fix("self.all(t, size(t) <= 5)"));

    [Fact]
    public Task An_array_rule_with_exists_and_a_reason() => Check(Tags, "spec:\n  [|tags|]: [web]\n",
        "spec.tags: Required value: a main tag is needed; " + Fix("self.exists(t, t == 'main')"));

    [Fact]
    public Task Array_rules_that_hold() => Check(Tags, "spec:\n  tags: [main, web]\n");

    private const string Ports = """
        type: object
        properties:
          ports:
            type: array
            items:
              type: object
              x-kubernetes-validations: [{rule: "self.port > 1024 || self.name == 'web'", fieldPath: .port, reason: FieldValueForbidden, message: low ports are for web}]
              properties:
                name: {type: string}
                port: {type: integer}
        """;

    [Fact]
    public Task A_rule_on_list_items_moves_to_its_fieldPath() => Check(Ports, "spec:\n  ports:\n  - {name: web, port: 80}\n  - {name: db, port: [|80|]}\n",
        "spec.ports[1].port: Forbidden: low ports are for web; " + Fix("self.port > 1024 || self.name == 'web'"));

    [Fact]
    public Task A_rule_on_list_items_that_holds() => Check(Ports, "spec:\n  ports:\n  - {name: web, port: 80}\n  - {name: db, port: 5432}\n");

    [Fact]
    public Task MessageExpression_gives_the_detail() => Check(
        "type: object\nproperties:\n  replicas: {type: integer, x-kubernetes-validations: [{rule: \"self <= 10\", message: too many, messageExpression: \"'replicas ' + string(self) + ' is over 10'\"}]}",
        "spec:\n  replicas: [|12|]\n",
        "spec.replicas: Invalid value: \"integer\": replicas 12 is over 10; " + Fix("self <= 10"));

    // Values are typed by the schema: an integer written for a number is a double, and int-or-string is either.
    [Fact]
    public Task Numbers_and_int_or_string_are_typed_by_the_schema() => Check(
        "type: object\nproperties:\n  ratio: {type: number, x-kubernetes-validations: [{rule: \"self < 1.5\"}]}\n  port: {x-kubernetes-int-or-string: true, x-kubernetes-validations: [{rule: \"type(self) == string || self > 0\"}]}",
        "spec:\n  ratio: [|2|]\n  port: [|0|]\n",
        "spec.ratio: Invalid value: \"number\": failed rule: self < 1.5; " + Fix("self < 1.5"),
        "spec.port: Invalid value: \"\": failed rule: type(self) == string || self > 0; " + Fix("type(self) == string || self > 0"));

    [Fact]
    public Task Numbers_and_int_or_string_that_hold() => Check(
        "type: object\nproperties:\n  ratio: {type: number, x-kubernetes-validations: [{rule: \"self < 1.5\"}]}\n  port: {x-kubernetes-int-or-string: true, x-kubernetes-validations: [{rule: \"type(self) == string || self > 0\"}]}",
        "spec:\n  ratio: 1\n  port: http\n");

    // Pruning drops a field the schema does not declare (pruning/algorithm.go) and defaulting fills a missing one
    // (defaulting/algorithm.go) before the rules run.
    [Fact]
    public Task Rules_see_the_pruned_and_defaulted_object() => Check(
        "type: object\nx-kubernetes-validations: [{rule: \"!has(self.extra) && self.replicas == 1\"}]\nproperties:\n  replicas: {type: integer, default: 1}",
        "spec:\n  extra: 1\n");

    [Fact]
    public Task Matches_is_evaluated() => Check(
        "type: object\nproperties:\n  name: {type: string, x-kubernetes-validations: [{rule: \"self.matches('^[a-z]+$')\"}]}",
        "spec:\n  name: [|Abc|]\n",
        "spec.name: Invalid value: \"string\": failed rule: self.matches('^[a-z]+$'); " + Fix("self.matches('^[a-z]+$')"));

    [Fact]
    public Task Matches_that_holds() => Check(
        "type: object\nproperties:\n  name: {type: string, x-kubernetes-validations: [{rule: \"self.matches('^[a-z]+$')\"}]}", "spec:\n  name: abc\n");

    // A ".?" inside a string literal is regex text, not an optional field selection.
    [Fact]
    public Task A_pattern_with_optional_dot_is_evaluated() => Check(
        "type: object\nproperties:\n  name:\n    type: string\n    x-kubernetes-validations:\n    - rule: self.matches(r'^\\.?[a-z]+$')",
        "spec:\n  name: [|a.b|]\n",
        "spec.name: Invalid value: \"string\": failed rule: self.matches(r'^\\.?[a-z]+$'); " + Fix("self.matches(r'^\\.?[a-z]+$')"));

    [Fact]
    public Task A_pattern_with_optional_dot_that_holds() => Check(
        "type: object\nproperties:\n  name:\n    type: string\n    x-kubernetes-validations:\n    - rule: self.matches(r'^\\.?[a-z]+$')",
        "spec:\n  name: .ab\n");

    [Fact]
    public Task A_transition_rule_is_skipped_at_create() => ApiRuleVerifier<KL1019CustomResourceSchemaAnalyzer>.VerifyWithAsync(
        [("crd.yaml", Crd("type: object\nproperties:\n  name: {type: string, x-kubernetes-validations: [{rule: \"self == oldSelf\", message: immutable}]}")),
         ("widget.yaml", Widget("name: a"))], new KubernetesVersion(1, 36), null, new KL1021CelRuleNotEvaluatedAnalyzer());

    [Fact]
    public Task Null_values_and_placeholders_are_not_validated() => Check(
        "type: object\nproperties:\n  a: {type: string, nullable: true, x-kubernetes-validations: [{rule: \"self == 'x'\"}]}\n  b: {type: string, x-kubernetes-validations: [{rule: \"self == 'x'\"}]}",
        "spec:\n  a: null\n  b: \"{{ .Values.b }}\"\n");

    [Fact]
    public Task A_root_rule_is_at_the_kind_with_the_apiservers_nil_path() => Verify.VerifyMessagesAsync(
        [("crd.yaml", Crd("type: object", root: "\n        x-kubernetes-validations: [{rule: \"self.metadata.name.startsWith('w-')\"}]")),
         ("widget.yaml", "apiVersion: example.com/v1\n[|kind|]: Widget\nmetadata:\n  name: w\nspec: {}\n"),
         ("good.yaml", Widget("{}", name: "w-good"))],
        new KubernetesVersion(1, 36),
        "<nil>: Invalid value: \"object\": failed rule: self.metadata.name.startsWith('w-'); " + Fix("self.metadata.name.startsWith('w-')"));

    // x-kubernetes-validations exists in apiextensions.k8s.io/v1 only, and is enforced by default from 1.25.
    [Theory]
    [InlineData("apiextensions.k8s.io/v1beta1", 21)]
    [InlineData("apiextensions.k8s.io/v1", 24)]
    public Task Not_before_1_25_nor_in_v1beta1(string apiVersion, int minor) => ApiRuleVerifier<KL1019CustomResourceSchemaAnalyzer>.VerifyWithAsync(
        [("crd.yaml", Crd(MinMax, apiVersion)), ("widget.yaml", Widget("min: 5\nmax: 3"))], new KubernetesVersion(1, minor), null, new KL1021CelRuleNotEvaluatedAnalyzer());
}
