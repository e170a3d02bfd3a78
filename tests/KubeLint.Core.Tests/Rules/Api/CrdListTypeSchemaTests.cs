using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1020InvalidCrdSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1020, list types in a CRD's schema: apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go
/// ValidateCustomResourceDefinitionOpenAPISchema (x-kubernetes-list-type on arrays only, one of atomic/set/map; list-map
/// keys need list-type map, items of type object, keys naming scalar item properties once) and
/// validateMapListKeysMapSet (each key required or defaulted, never nullable; set and map items never nullable),
/// for apiextensions.k8s.io/v1 CRDs from 1.18.
/// </summary>
public class CrdListTypeSchemaTests
{
    private const string Root = "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[ports]";

    private static string Crd(string ports) =>
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n"
        + "  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n"
        + "      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n              ports:\n"
        + string.Join("\n", ports.Split('\n').Select(line => "                " + line)) + "\n";

    private static Task Fires(int minor, string ports, params string[] messages) =>
        Verify.VerifyMessagesAsync(Crd(ports), new KubernetesVersion(1, minor), messages);

    private static Task Quiet(int minor, string ports) => Verify.VerifyAsync(Crd(ports), new KubernetesVersion(1, minor));

    private const string Items = "items:\n  type: object\n  required: [port]\n  properties:\n    port: {type: integer}\n    protocol: {type: string, default: TCP}\n    name: {type: string}";

    // validateMapListKeysMapSet: a key neither required nor defaulted (kubernetes/kubernetes#91395, 1.18).
    [Theory]
    [InlineData(18)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_key_neither_required_nor_defaulted(int minor) => Fires(minor,
        "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [port, name]\n" + Items.Replace("    name:", "    [|name|]:", StringComparison.Ordinal),
        $"{Root}.items.properties[name].default: Required value: this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property; add \"name\" to the items' required list, or give it a default");

    [Theory]
    [InlineData(18)]
    [InlineData(36)]
    public Task Keys_required_or_defaulted(int minor) => Quiet(minor, "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [port, protocol]\n" + Items);

    [Fact]
    public Task Not_before_1_18() => Quiet(17, "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [port, name]\n" + Items);

    // ValidateCustomResourceDefinitionOpenAPISchema: entries must all be names of item properties; no duplicates.
    [Fact]
    public Task Keys_that_are_not_item_properties_or_repeat() => Fires(36,
        "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [port, [|host|], [|port|]]\n" + Items,
        $"{Root}.x-kubernetes-list-map-keys: Invalid value: []string{{\"port\", \"host\", \"port\"}}: entries must all be names of item properties; add \"host\" to the items' properties, or drop it from x-kubernetes-list-map-keys",
        $"{Root}.x-kubernetes-list-map-keys: Invalid value: []string{{\"port\", \"host\", \"port\"}}: must not contain duplicate entries; name \"port\" once");

    // ValidateCustomResourceDefinitionOpenAPISchema: items of a list-type map are objects, keys scalars.
    [Fact]
    public Task Items_that_are_not_objects() => Fires(36, "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [name]\nitems: {[|type|]: string}",
        $"{Root}.items.type: Invalid value: \"string\": must be object if parent array's x-kubernetes-list-type is map; a list-type map holds objects: use type: object for the items, or another list type");

    [Fact]
    public Task A_key_that_is_an_object() => Fires(36,
        "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [ref]\nitems:\n  type: object\n  required: [ref]\n  properties:\n    ref: {[|type|]: object, x-kubernetes-preserve-unknown-fields: true}",
        $"{Root}.items.properties[ref].type: Invalid value: \"object\": must be a scalar type if parent array's x-kubernetes-list-type is map; a map key is a scalar: give \"ref\" a string, integer, number or boolean type");

    // validateMapListKeysMapSet: nullable keys and nullable items.
    [Fact]
    public Task A_nullable_key_and_nullable_set_items() => Fires(36,
        "type: array\nx-kubernetes-list-type: map\nx-kubernetes-list-map-keys: [port]\nitems:\n  type: object\n  [|nullable|]: true\n  required: [port]\n  properties:\n    port: {type: integer, [|nullable|]: true}",
        $"{Root}.items.nullable: Forbidden: cannot be nullable when x-kubernetes-list-type is map; drop nullable: true from the items",
        $"{Root}.items.properties[port].nullable: Forbidden: this property is in x-kubernetes-list-map-keys, so it cannot be nullable; drop nullable: true from the key");

    // x-kubernetes-list-type only on arrays, one of three values; keys only with map.
    [Fact]
    public Task List_type_values_and_places() => Fires(36,
        "type: array\nx-kubernetes-list-type: [|sorted|]\nitems: {type: string}",
        $"{Root}.x-kubernetes-list-type: Unsupported value: \"sorted\": supported values: \"atomic\", \"set\", \"map\"; use atomic, set or map");

    [Fact]
    public Task Keys_without_list_type_map() => Fires(36,
        "type: array\nx-kubernetes-list-type: [|set|]\nx-kubernetes-list-map-keys: [port]\n" + Items,
        $"{Root}.x-kubernetes-list-type: Invalid value: \"set\": must be map if x-kubernetes-list-map-keys is non-empty; use x-kubernetes-list-type: map, or drop x-kubernetes-list-map-keys");

    [Fact]
    public Task A_list_type_on_an_object() => Fires(36, "[|type|]: object\nx-kubernetes-list-type: atomic",
        $"{Root}.type: Invalid value: \"object\": must be array if x-kubernetes-list-type is specified; x-kubernetes-list-type belongs on arrays only: drop it here");

    [Fact]
    public Task Atomic_and_set_lists() => Quiet(36, "type: array\nx-kubernetes-list-type: set\nitems: {type: string}");
}
