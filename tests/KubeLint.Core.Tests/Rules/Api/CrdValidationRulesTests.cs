using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1020InvalidCrdSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1020 on the text of x-kubernetes-validations entries, as apiextensions-apiserver
/// pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinitionOpenAPISchema checks it (an else-if
/// chain per rule: rule not specified; message specified but blank; message with line breaks; a rule with line breaks
/// and no message), for apiextensions.k8s.io/v1 CRDs from 1.29.
/// </summary>
public class CrdValidationRulesTests
{
    private const string Root = "spec.versions[0].schema.openAPIV3Schema.properties[spec].x-kubernetes-validations";

    private static string Crd(string rules) =>
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n"
        + "  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n"
        + "      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n              min: {type: integer}\n              max: {type: integer}\n"
        + "            x-kubernetes-validations:\n" + string.Join("\n", rules.Split('\n').Select(line => "            " + line)) + "\n";

    private static Task Fires(int minor, string rules, params string[] messages) =>
        Verify.VerifyMessagesAsync(Crd(rules), new KubernetesVersion(1, minor), messages);

    private static Task Quiet(int minor, string rules) => Verify.VerifyAsync(Crd(rules), new KubernetesVersion(1, minor));

    [Theory]
    [InlineData(29)]
    [InlineData(36)]
    public Task A_blank_rule(int minor) => Fires(minor, "- {rule: [|\"  \"|], message: min must not exceed max}",
        $"{Root}[0].rule: Required value: rule is not specified; write the CEL expression that must hold, e.g. rule: \"self.min <= self.max\"");

    [Fact]
    public Task Not_before_1_29() => Quiet(28, "- {rule: \"  \", message: min must not exceed max}");

    [Fact]
    public Task A_blank_message() => Fires(36, "- {rule: \"self.min <= self.max\", message: [|\" \"|]}",
        $"{Root}[0].message: Invalid value: \" \": message must be non-empty if specified; write the message, or drop it");

    [Fact]
    public Task A_message_on_two_lines() => Fires(36, "- rule: \"self.min <= self.max\"\n  message: [|\"min must not\\nexceed max\"|]",
        $"{Root}[0].message: Invalid value: \"min must not\\nexceed max\": message must not contain line breaks; write the message on one line (a folded >- block scalar joins lines)");

    [Fact]
    public Task A_rule_on_two_lines_without_a_message() => Fires(36, "- rule: [|\"self.min <=\\n  self.max\"|]",
        $"{Root}[0].message: Required value: message must be specified if rule contains line breaks; add a one-line message, or write the rule on one line");

    [Fact]
    public Task A_rule_on_two_lines_with_a_message_and_one_line_rules() => Quiet(36,
        "- rule: \"self.min <=\\n  self.max\"\n  message: min must not exceed max\n- rule: has(self.min)\n- rule: \"self.max >= 0\"\n  message: >-\n    max is\n    not negative");

    // The apiserver compiles each rule (cel.Compile) once the schema has no other error; an open bracket or string
    // cannot compile in any CEL.
    [Theory]
    [InlineData(29)]
    [InlineData(36)]
    public Task A_rule_that_cannot_compile(int minor) => Fires(minor, "- {rule: [|\"self.min <= (self.max\"|]}\n- {rule: \"self.min >= 0 && self.max < 10\"}",
        $"{Root}[0].rule: Invalid value: …: compilation failed: the ( at column 13 is never closed; close every string, parenthesis, bracket and brace of the CEL expression");

    [Fact]
    public Task A_rule_that_cannot_compile_is_left_alone_beside_another_error() => Fires(36, "- {rule: \"self.min <= (self.max\"}\n- {rule: [|\" \"|]}",
        $"{Root}[1].rule: Required value: rule is not specified; write the CEL expression that must hold, e.g. rule: \"self.min <= self.max\"");
}
