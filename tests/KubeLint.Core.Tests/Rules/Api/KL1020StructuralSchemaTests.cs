using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1020InvalidCrdSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1020, structural schemas: apiextensions-apiserver pkg/apiserver/schema/validation.go (validateStructuralInvariants,
/// validateExtensions, validateNestedValueValidation, validateStructuralMetadataInvariants) and
/// pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinitionOpenAPISchema (additionalProperties
/// beside properties, uniqueItems), for apiextensions.k8s.io/v1 CRDs (1.16 on); requireStructuralSchema exempts v1beta1.
/// </summary>
public class KL1020StructuralSchemaTests
{
    private const string Root = "spec.versions[0].schema.openAPIV3Schema";

    /// <summary>A CRD whose openAPIV3Schema is <paramref name="schema"/> (YAML at column 0).</summary>
    private static string Crd(string schema, string apiVersion = "apiextensions.k8s.io/v1") =>
        $"""
        apiVersion: {apiVersion}
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {"{"}kind: Widget, plural: widgets{"}"}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              [|openAPIV3Schema|]:

        """.Replace("[|openAPIV3Schema|]", schema.StartsWith("!", StringComparison.Ordinal) ? "[|openAPIV3Schema|]" : "openAPIV3Schema", StringComparison.Ordinal)
        + string.Join("\n", schema.TrimStart('!').Split('\n').Select(line => "        " + line)) + "\n";

    private static Task Fires(string schema, params string[] messages) =>
        Verify.VerifyMessagesAsync(Crd(schema), new KubernetesVersion(1, 36), messages);

    private static Task Quiet(string schema) => Verify.VerifyAsync(Crd(schema), new KubernetesVersion(1, 36));

    private static string Spec(string properties) =>
        "type: object\nproperties:\n  spec:\n    type: object\n    properties:\n" + string.Join("\n", properties.Split('\n').Select(line => "      " + line));

    [Fact]
    public Task An_array_without_items() => Fires(Spec("hosts: {[|type|]: array}"),
        $"{Root}.properties[spec].properties[hosts].items: Required value: must be specified; give the array's items a schema (items: {{type: …}})");

    [Fact]
    public Task An_array_with_items() => Quiet(Spec("hosts: {type: array, items: {type: string}}"));

    // validateValueValidation: the pattern must compile with Go's regexp (RE2), at any depth, in allOf/anyOf/oneOf/not too.
    [Fact]
    public Task Patterns_that_go_does_not_compile() => Fires(Spec("code: {type: string, pattern: [|'^(?=.*\\d)[a-z0-9]+$'|]}\nref: {type: string, anyOf: [{pattern: [|'(a)\\1'|]}, {maxLength: 3}]}"),
        $"{Root}.properties[spec].properties[code].pattern: Invalid value: \"^(?=.*\\\\d)[a-z0-9]+$\": must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax: `(?=`; write the pattern in RE2 syntax: no lookahead or lookbehind, no backreferences, no possessive or atomic groups",
        $"{Root}.properties[spec].properties[ref].anyOf[0].pattern: Invalid value: \"(a)\\\\1\": must be a valid regular expression, but isn't: error parsing regexp: invalid escape sequence: `\\1`; write the pattern in RE2 syntax: no lookahead or lookbehind, no backreferences, no possessive or atomic groups");

    // defaulting/validation.go ValidateDefaults: a default its own schema refuses (after the structural checks pass).
    [Fact]
    public Task Defaults_their_schema_refuses() => Fires(Spec("size: {type: integer, default: [|\"3\"|]}\nmode: {type: string, enum: [fast, safe], default: [|quick|]}\non: {type: boolean, default: [|\"true\"|]}\nname: {type: string, default: [|42|]}\nlist: {type: array, items: {type: integer, default: [|x|]}}"),
        $"{Root}.properties[spec].properties[size].default: Invalid value: \"string\": in body must be of type integer: \"string\"; write an integer default, unquoted",
        $"{Root}.properties[spec].properties[mode].default: Unsupported value: \"quick\": supported values: \"fast\", \"safe\"; use one of the enum's values as the default",
        $"{Root}.properties[spec].properties[on].default: Invalid value: \"string\": in body must be of type boolean: \"string\"; write a boolean default, unquoted",
        $"{Root}.properties[spec].properties[name].default: Invalid value: \"integer\": in body must be of type string: \"integer\"; quote the default (\"42\")",
        $"{Root}.properties[spec].properties[list].items.default: Invalid value: \"string\": in body must be of type integer: \"string\"; write an integer default, unquoted");

    [Fact]
    public Task Defaults_their_schema_takes() => Quiet(Spec("size: {type: integer, default: 3}\nratio: {type: number, default: 1}\nmode: {type: string, enum: [fast, safe], default: safe}\non: {type: boolean, default: true}\nname: {type: string, default: \"42\"}\nport: {x-kubernetes-int-or-string: true, default: http}"));

    // The apiserver validates defaults only once the schema is structural: with another error, only that one.
    [Fact]
    public Task Defaults_are_left_alone_beside_a_structural_error() => Fires(Spec("size: {type: integer, default: \"3\"}\n[|name|]: {description: no type}"),
        $"{Root}.properties[spec].properties[name].type: Required value: must not be empty for specified object fields; give it a type (object, array, string, integer, number or boolean), or x-kubernetes-preserve-unknown-fields: true");

    // RE2 syntax .NET does not take: (?P<name>…) and \Q…\E.
    [Fact]
    public Task Patterns_that_go_compiles() => Quiet(Spec("host: {type: string, pattern: '^(?P<name>[a-z]+)\\.example\\.com$'}\nversion: {type: string, pattern: '^\\Q1.2\\E(\\.\\d+)?$'}"));

    [Fact]
    public Task Patterns_of_v1beta1_crds_are_not_judged() => Verify.VerifyAsync(Crd(Spec("code: {type: string, pattern: '(?=a)'}"), "apiextensions.k8s.io/v1beta1"), new KubernetesVersion(1, 16));

    [Fact]
    public Task A_field_and_an_item_without_type() => Fires(Spec("[|name|]: {description: the name}\nlist: {type: array, [|items|]: {description: an item}}"),
        $"{Root}.properties[spec].properties[name].type: Required value: must not be empty for specified object fields; give it a type (object, array, string, integer, number or boolean), or x-kubernetes-preserve-unknown-fields: true",
        $"{Root}.properties[spec].properties[list].items.type: Required value: must not be empty for specified array items; give it a type (object, array, string, integer, number or boolean), or x-kubernetes-preserve-unknown-fields: true");

    [Fact]
    public Task Untyped_fields_that_preserve_unknown_fields_or_are_int_or_string() => Quiet(Spec("any: {x-kubernetes-preserve-unknown-fields: true}\nport: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}"));

    [Fact]
    public Task The_root_without_type() => Fires("!properties:\n  spec: {type: object}",
        $"{Root}.type: Required value: must not be empty at the root; give it a type (object, array, string, integer, number or boolean), or x-kubernetes-preserve-unknown-fields: true");

    [Fact]
    public Task The_root_as_an_array_with_additionalProperties() => Fires("type: [|array|]\nitems: {type: string}\n[|additionalProperties|]: {type: string}",
        $"{Root}.type: Invalid value: \"array\": must be object at the root; use type: object",
        $"{Root}.additionalProperties: Forbidden: must not be used at the root; describe the root's fields with properties");

    [Fact]
    public Task Properties_beside_an_additionalProperties_schema() => Fires(Spec("labels:\n  type: object\n  properties: {a: {type: string}}\n  [|additionalProperties|]: {type: string}"),
        $"{Root}.properties[spec].properties[labels].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive; keep properties for an object with known fields, or additionalProperties for a map");

    [Fact]
    public Task Properties_beside_additionalProperties_true() => Quiet(Spec("labels:\n  type: object\n  properties: {a: {type: string}}\n  additionalProperties: true"));

    [Fact]
    public Task Int_or_string_that_preserves_unknown_fields() => Fires(Spec("port: {x-kubernetes-int-or-string: true, [|x-kubernetes-preserve-unknown-fields|]: true}"),
        $"{Root}.properties[spec].properties[port].x-kubernetes-preserve-unknown-fields: Invalid value: true: must be false if x-kubernetes-int-or-string is true; an int-or-string field keeps no unknown fields: remove x-kubernetes-preserve-unknown-fields");

    [Fact]
    public Task An_embedded_resource_without_type_or_properties() => Fires(Spec("[|template|]: {[|x-kubernetes-embedded-resource|]: true}"),
        $"{Root}.properties[spec].properties[template].type: Required value: must be object if x-kubernetes-embedded-resource is true; add type: object",
        $"{Root}.properties[spec].properties[template].properties: Required value: must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields; list the embedded resource's fields, or add x-kubernetes-preserve-unknown-fields: true");

    [Fact]
    public Task An_embedded_resource_as_written() => Quiet(Spec("template: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}"));

    [Fact]
    public Task Types_and_defaults_inside_anyOf() => Fires(Spec("mode:\n  type: string\n  anyOf:\n  - {[|type|]: string, [|default|]: a}\n  - {[|nullable|]: true}"),
        $"{Root}.properties[spec].properties[mode].anyOf[0].type: Forbidden: must be empty to be structural; move type out: inside allOf, anyOf, oneOf and not only value checks may stand",
        $"{Root}.properties[spec].properties[mode].anyOf[0].default: Forbidden: must be undefined to be structural; move default out: inside allOf, anyOf, oneOf and not only value checks may stand",
        $"{Root}.properties[spec].properties[mode].anyOf[1].nullable: Forbidden: must be false to be structural; move nullable out: inside allOf, anyOf, oneOf and not only value checks may stand");

    [Fact]
    public Task Value_checks_inside_anyOf() => Quiet(Spec("mode:\n  type: string\n  anyOf:\n  - {pattern: '^a'}\n  - {maxLength: 3}"));

    [Fact]
    public Task Root_metadata_with_more_than_name() => Fires("type: object\nproperties:\n  metadata:\n    type: object\n    [|properties|]: {labels: {type: object}}",
        $"{Root}.properties[metadata]: Forbidden: must not specify anything other than name and generateName, but metadata is implicitly specified; the apiserver defines metadata: keep only type: object (and restrictions of name and generateName)");

    [Fact]
    public Task Root_metadata_restricting_name() => Quiet("type: object\nproperties:\n  metadata:\n    type: object\n    properties: {name: {type: string, maxLength: 20}}");

    [Fact]
    public Task Kind_at_the_root_not_a_string() => Fires("type: object\nproperties:\n  kind: {[|type|]: integer}",
        $"{Root}.properties[kind].type: Invalid value: \"integer\": must be string; use type: string");

    [Fact]
    public Task Unique_items() => Fires(Spec("tags: {type: array, items: {type: string}, [|uniqueItems|]: true}"),
        $"{Root}.properties[spec].properties[tags].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic; use x-kubernetes-list-type: set");

    [Fact]
    public Task V1beta1_is_not_held_to_structural_rules() => Verify.VerifyAsync(
        Crd(Spec("name: {description: untyped}\nhosts: {type: array}"), "apiextensions.k8s.io/v1beta1"), new KubernetesVersion(1, 16));
}
