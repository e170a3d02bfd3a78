using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Two copies of one CRD among the inputs (an old apiextensions.k8s.io/v1beta1 one beside the v1 one,
/// the newer adding a field): custom resources are checked against the copy the target serves (v1beta1
/// 1.7–1.21, v1 from 1.16), the later one when it serves both, and every finding names the copy used.
/// </summary>
public class CustomResourceSchemaChoiceTests
{
    // Inputs are read in the order of their paths: crd-v1.yaml comes first, so "last one wins" alone would pick the old copy.
    private const string CrdV1 = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      size: {type: integer}
                      colour: {type: string}
        """;

    private const string CrdV1beta1 = """
        apiVersion: apiextensions.k8s.io/v1beta1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          version: v1
          validation:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    size: {type: integer}
        """;

    private const string Widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
          colour: red
        """;

    private const string WidgetFlagged = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
          [|colour|]: red
        """;

    [Theory]
    [InlineData(22)] // v1beta1 removed in 1.22: v1 wins although listed first
    [InlineData(36)]
    public Task The_copy_the_target_serves_wins(int minor) => ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync([
        ("crd-v1.yaml", CrdV1), ("crd-v1beta1.yaml", CrdV1beta1), ("widget.yaml", Widget),
    ], new KubernetesVersion(1, minor));

    [Fact]
    public Task Before_1_16_only_the_v1beta1_copy_is_served_and_names_itself() => ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyMessagesAsync([
        ("crd-v1.yaml", CrdV1), ("crd-v1beta1.yaml", CrdV1beta1), ("widget.yaml", WidgetFlagged),
    ], new KubernetesVersion(1, 9),
        "unknown field \"colour\" in spec (the CustomResourceDefinition's schema prunes it) (schema of CustomResourceDefinition widgets.example.com, crd-v1beta1.yaml)");

    [Fact]
    public Task When_both_are_served_the_later_wins() => ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyMessagesAsync([
        ("crd-v1.yaml", CrdV1), ("crd-v1beta1.yaml", CrdV1beta1), ("widget.yaml", WidgetFlagged),
    ], new KubernetesVersion(1, 16),
        "unknown field \"colour\" in spec (the CustomResourceDefinition's schema prunes it) (schema of CustomResourceDefinition widgets.example.com, crd-v1beta1.yaml)");

    [Fact]
    public Task When_both_are_served_and_v1_is_later_it_wins() => ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync([
        ("a-crd-v1beta1.yaml", CrdV1beta1), ("b-crd-v1.yaml", CrdV1), ("widget.yaml", Widget),
    ], new KubernetesVersion(1, 16));

    [Fact]
    public Task Wrong_types_and_missing_fields_name_the_copy_too() => ApiRuleVerifier<KL1003WrongValueTypeAnalyzer>.VerifyMessagesAsync([
        ("crd-v1.yaml", CrdV1), ("widget.yaml", """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            spec:
              size: [|three|]
            """),
    ], new KubernetesVersion(1, 36),
        "spec.size must be an integer, not a string (three) (schema of CustomResourceDefinition widgets.example.com, crd-v1.yaml)");
}
