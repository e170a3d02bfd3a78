using KubeLint.Core.Model;
using static KubeLint.Core.Tests.Rules.Api.CelRuleFixtures;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1019CustomResourceSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1019 on a custom resource as the apiserver sees it after defaulting: apiextensions-apiserver
/// pkg/apiserver/schema/defaulting/algorithm.go Default (a missing property, or a null the schema does not make
/// nullable, takes the schema's default; prunenulls.go PruneNonNullableNullsWithoutDefaults drops such a null
/// without one) runs before pkg/apiserver/schema/listtype/validation.go ValidateListSetsAndMaps (validateListMap
/// compares the key fields as JSON with sorted names; validateListSet whole items) and before the CEL rules.
/// </summary>
public class CustomResourceDefaultsTests
{
    private static string Ports(string keys) => $$"""
        type: object
        properties:
          ports:
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys: {{keys}}
            items:
              type: object
              required: [containerPort]
              properties:
                containerPort: {type: integer}
                protocol: {type: string, default: TCP}
        """;

    private static Task Check(int minor, string spec, string widget, params string[] messages) =>
        Verify.VerifyMessagesAsync([("crd.yaml", Crd(spec)), ("widget.yaml", Widget(widget))], new KubernetesVersion(1, minor), messages);

    private const string MapFix = "; a list of x-kubernetes-list-type map holds each key (x-kubernetes-list-map-keys) once: remove or rename the repeat" + Source;

    // validateListMap after Default: {containerPort: 88} is {containerPort: 88, protocol: TCP}.
    [Theory]
    [InlineData(18)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_map_key_left_out_takes_its_default(int minor) => Check(minor, Ports("[containerPort, protocol]"),
        "ports:\n- {containerPort: 88, protocol: TCP}\n- {containerPort: [|88|]}",
        "spec.ports[1]: Duplicate value: {\"containerPort\":88,\"protocol\":\"TCP\"}" + MapFix);

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_map_key_left_out_differs_from_another_value(int minor) => Check(minor, Ports("[containerPort, protocol]"),
        "ports:\n- {containerPort: 88, protocol: UDP}\n- {containerPort: 88}");

    // The key is written as json.Marshal writes a map: names sorted, whatever the order of x-kubernetes-list-map-keys
    // (the finding sits on the first key field of that order the item gives).
    [Fact]
    public Task The_duplicate_key_names_are_sorted() => Check(36, Ports("[protocol, containerPort]"),
        "ports:\n- {containerPort: 88}\n- {protocol: [|TCP|], containerPort: 88}",
        "spec.ports[1]: Duplicate value: {\"containerPort\":88,\"protocol\":\"TCP\"}" + MapFix);

    // A null where the schema is not nullable is defaulted too (algorithm.go isNonNullableNull).
    [Fact]
    public Task A_null_map_key_takes_its_default() => Check(36, Ports("[containerPort, protocol]"),
        "ports:\n- {containerPort: 88}\n- {containerPort: [|88|], protocol: null}",
        "spec.ports[1]: Duplicate value: {\"containerPort\":88,\"protocol\":\"TCP\"}" + MapFix);

    [Fact]
    public Task A_null_map_key_beside_another_value() => Check(36, Ports("[containerPort, protocol]"),
        "ports:\n- {containerPort: 88, protocol: SCTP}\n- {containerPort: 88, protocol: null}");

    // Before 1.18 the apiserver did not check list types, defaults or not.
    [Fact]
    public Task Not_before_1_18() => Check(17, Ports("[containerPort, protocol]"), "ports:\n- {containerPort: 88, protocol: TCP}\n- {containerPort: 88}");

    private static string Set(string defaultTier) => $$"""
        type: object
        properties:
          targets:
            type: array
            x-kubernetes-list-type: set
            items:
              type: object
              x-kubernetes-map-type: atomic
              properties:
                host: {type: string}
                tier: {type: string, default: {{defaultTier}}}
        """;

    // validateListSet compares whole items, defaulted: {host: a} is {host: a, tier: web}.
    [Fact]
    public Task Set_items_are_compared_defaulted() => Check(36, Set("web"), "targets:\n- {host: a, tier: web}\n- {[|host|]: a}",
        "spec.targets[1]: Duplicate value: {\"host\":\"a\",\"tier\":\"web\"}; a list of x-kubernetes-list-type set holds each value once: remove the repeat" + Source);

    [Fact]
    public Task Set_items_whose_defaults_differ() => Check(36, Set("db"), "targets:\n- {host: a, tier: web}\n- {host: a}");

    // The CEL rules see the defaulted value (cel/validation.go validates the defaulted object): a null mode that
    // defaults to fast is fast to a rule of the object holding it.
    private const string Mode = """
        type: object
        x-kubernetes-validations: [{rule: "self.mode == 'fast'"}]
        properties:
          mode: {type: string, default: fast}
        """;

    private static Task VerifyObject(string body, params string[] messages) =>
        Verify.VerifyMessagesAsync([("crd.yaml", Crd(Mode)), ("widget.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n" + body)], new KubernetesVersion(1, 36), messages);

    [Fact]
    public Task A_cel_rule_sees_a_null_defaulted() => VerifyObject("spec:\n  mode: null\n");

    [Fact]
    public Task A_cel_rule_sees_a_value_given() => VerifyObject("[|spec|]:\n  mode: slow\n",
        "spec: Invalid value: \"object\": failed rule: self.mode == 'fast'; change the value so that the CRD's rule `self.mode == 'fast'` holds" + Source);
}
