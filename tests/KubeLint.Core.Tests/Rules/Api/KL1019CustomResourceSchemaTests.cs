using System.Reflection;
using System.Runtime.Loader;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1019CustomResourceSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1019: a custom resource against the value keywords of its CRD's schema, as apiextensions-apiserver
/// pkg/apiserver/validation/validation.go ValidateCustomResource does (kube-openapi's validate, from 1.9),
/// x-kubernetes-list-type as pkg/apiserver/schema/listtype/validation.go ValidateListSetsAndMaps does
/// (from 1.18), x-kubernetes-embedded-resource as pkg/apiserver/schema/objectmeta/validation.go
/// validateEmbeddedResource does (from 1.16). CRDs are apiextensions.k8s.io/v1 from 1.16, v1beta1 before.
/// </summary>
public class KL1019CustomResourceSchemaTests
{
    private const string Source = " (schema of CustomResourceDefinition widgets.example.com, crd.yaml)";

    public static TheoryData<int> Minors => [9, 16, 22, 36];

    /// <summary>A CRD of Widget whose spec has <paramref name="properties"/> (YAML at column 0).</summary>
    private static string Crd(int minor, string properties)
    {
        var v1 = minor >= 16;
        var head = v1
            ? """
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
              """
            : """
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
              """;
        var indent = new string(' ', v1 ? 14 : 12);
        return head + "\n" + string.Join("\n", properties.Split('\n').Select(line => indent + line)) + "\n";
    }

    private static string Widget(string spec) =>
        "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n" + string.Join("\n", spec.Split('\n').Select(line => "  " + line)) + "\n";

    private static Task Check(int minor, string properties, string spec, params string[] messages) =>
        Verify.VerifyMessagesAsync([("crd.yaml", Crd(minor, properties)), ("widget.yaml", Widget(spec))], new KubernetesVersion(1, minor), messages);

    // kube-openapi validate: maximum (validateNumber).
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Maximum(int minor) => Check(minor, "replicas: {type: integer, maximum: 100}", "replicas: [|200|]",
        "spec.replicas: Invalid value: 200: spec.replicas in body should be less than or equal to 100; use a value of at most 100" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Maximum_met(int minor) => Check(minor, "replicas: {type: integer, maximum: 100}", "replicas: 100");

    // OpenAPI v3.0's boolean exclusiveMinimum/exclusiveMaximum.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Exclusive_bounds(int minor) => Check(minor, "ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true}", "ratio: [|0|]",
        "spec.ratio: Invalid value: 0: spec.ratio in body should be greater than 0; use a value above 0" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Exclusive_bounds_met(int minor) => Check(minor, "ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true}", "ratio: 0.5");

    [Fact]
    public Task Exclusive_maximum() => Check(36, "ratio: {type: number, maximum: 1, exclusiveMaximum: true}", "ratio: [|1.0|]",
        "spec.ratio: Invalid value: 1: spec.ratio in body should be less than 1; use a value below 1" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Minimum(int minor) => Check(minor, "port: {type: integer, minimum: 1}", "port: [|0|]",
        "spec.port: Invalid value: 0: spec.port in body should be greater than or equal to 1; use a value of at least 1" + Source);

    // Patterns are Go's (RE2): what .NET spells otherwise is translated, and the message quotes the CRD's own pattern.
    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task Go_patterns_that_dotnet_spells_otherwise(int minor) => Check(minor,
        "name: {type: string, pattern: '^(?P<word>[a-z]+)$'}\nversion: {type: string, pattern: '^\\Q1.2\\E$'}\nclass: {type: string, pattern: '^[[:alpha:]]+$'}",
        "name: [|Web01|]\nversion: \"1.2\"\nclass: abc",
        "spec.name: Invalid value: \"Web01\": spec.name in body should match '^(?P<word>[a-z]+)$'; use a value that matches the schema's pattern" + Source);

    // validateString: pattern.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Pattern(int minor) => Check(minor, "name: {type: string, pattern: '^[a-z]+$'}", "name: [|Web01|]",
        "spec.name: Invalid value: \"Web01\": spec.name in body should match '^[a-z]+$'; use a value that matches the schema's pattern" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Pattern_met_and_placeholders_skipped(int minor) => Check(minor, "name: {type: string, pattern: '^[a-z]+$'}\nother: {type: string, pattern: '^[a-z]+$'}", "name: web\nother: ${NAME}");

    // validateString: maxLength / minLength.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Lengths(int minor) => Check(minor, "code: {type: string, maxLength: 3}\nlabel: {type: string, minLength: 2}", "code: [|abcd|]\nlabel: [|a|]",
        "spec.code: Invalid value: \"abcd\": spec.code in body should be at most 3 chars long; shorten it to at most 3 characters" + Source,
        "spec.label: Invalid value: \"a\": spec.label in body should be at least 2 chars long; lengthen it to at least 2 characters" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Lengths_met(int minor) => Check(minor, "code: {type: string, maxLength: 3}\nlabel: {type: string, minLength: 2}", "code: abc\nlabel: ab");

    // validateSlice: maxItems / minItems, on the list's key.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Item_counts(int minor) => Check(minor, "hosts: {type: array, maxItems: 2, items: {type: string}}\nzones: {type: array, minItems: 1, items: {type: string}}", "[|hosts|]: [a, b, c]\n[|zones|]: []",
        "spec.hosts: Invalid value: [\"a\",\"b\",\"c\"]: spec.hosts in body should have at most 2 items; keep at most 2 items" + Source,
        "spec.zones: Invalid value: []: spec.zones in body should have at least 1 items; give at least 1 items" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Item_counts_met(int minor) => Check(minor, "hosts: {type: array, maxItems: 2, items: {type: string}}\nzones: {type: array, minItems: 1, items: {type: string}}", "hosts: [a, b]\nzones: [z]");

    // validateObject: maxProperties, on a map (additionalProperties).
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Property_counts(int minor) => Check(minor, "tags: {type: object, maxProperties: 1, additionalProperties: {type: string}}", "[|tags|]: {a: x, b: z}",
        "spec.tags: Invalid value: {\"a\":\"x\",\"b\":\"z\"}: spec.tags in body should have at most 1 properties; keep at most 1 entries" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Property_counts_met(int minor) => Check(minor, "tags: {type: object, maxProperties: 1, additionalProperties: {type: string}}", "tags: {a: x}");

    // validateNumber: multipleOf; inside a list item the path has its index.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Multiple_of(int minor) => Check(minor, "steps: {type: array, items: {type: integer, multipleOf: 5}}", "steps: [10, [|7|]]",
        "spec.steps[1]: Invalid value: 7: spec.steps[1] in body should be a multiple of 5; use a multiple of 5" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Multiple_of_met(int minor) => Check(minor, "steps: {type: array, items: {type: integer, multipleOf: 5}}", "steps: [10, 15]");

    // oneOf / not: value validation branches, reported on the key of the object.
    private const string Source1 = "source:\n  type: object\n  properties:\n    git: {type: string}\n    image: {type: string}\n  oneOf:\n  - required: [git]\n  - required: [image]";

    [Theory]
    [MemberData(nameof(Minors))]
    public Task One_of(int minor) => Check(minor, Source1, "[|source|]: {git: x, image: img}",
        "spec.source: Invalid value: {\"git\":\"x\",\"image\":\"img\"}: spec.source in body must validate one and only one schema (oneOf); make it match exactly one of the schema's oneOf alternatives" + Source);

    [Theory]
    [MemberData(nameof(Minors))]
    public Task One_of_met(int minor) => Check(minor, Source1, "source: {git: x}");

    [Fact]
    public Task Any_of_and_not() => Check(36, "a:\n  type: object\n  properties: {x: {type: string}, y: {type: string}}\n  anyOf: [{required: [x]}, {required: [y]}]\nb:\n  type: object\n  properties: {x: {type: string}}\n  not: {required: [x]}", "[|a|]: {}\n[|b|]: {x: v}\nc: 1",
        "spec.a: Invalid value: {}: spec.a in body must validate at least one schema (anyOf); make it match one of the schema's anyOf alternatives" + Source,
        "spec.b: Invalid value: {\"x\":\"v\"}: spec.b in body must not validate the schema (not); change it so that it no longer matches the schema under not" + Source);

    // allOf reports the failing keyword of the branch.
    [Fact]
    public Task All_of() => Check(36, "n: {type: integer, allOf: [{minimum: 1}, {maximum: 9}]}", "n: [|10|]",
        "spec.n: Invalid value: 10: spec.n in body should be less than or equal to 9; use a value of at most 9" + Source);

    // int-or-string's anyOf holds whole floats as integers, as kubectl writes them.
    [Fact]
    public Task Int_or_string_is_not_an_error() => Check(36, "port:\n  x-kubernetes-int-or-string: true\n  anyOf: [{type: integer}, {type: string}]", "port: 8080.0");

    // A wrong type is KL1003's alone, even where a value keyword applies too.
    [Fact]
    public Task Types_stay_with_KL1003() => Check(36, "replicas: {type: integer, maximum: 100}\nname: {type: string, maxLength: 2}", "replicas: abc\nname: 12345");

    // Before 1.9 CRD validation was alpha behind a gate (CustomResourceValidation), off by default.
    [Fact]
    public Task Not_before_1_9() => Check(8, "replicas: {type: integer, maximum: 100}", "replicas: 200");

    // listtype ValidateListSetsAndMaps: a set's repeat, at its second appearance.
    private const string Lists = "ports:\n  type: array\n  x-kubernetes-list-type: map\n  x-kubernetes-list-map-keys: [name]\n  items:\n    type: object\n    required: [name]\n    properties: {name: {type: string}, port: {type: integer}}\nzones:\n  type: array\n  x-kubernetes-list-type: set\n  items: {type: string}";

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task List_types(int minor) => Check(minor, Lists, "ports:\n- {name: http, port: 80}\n- {name: [|http|], port: 8080}\nzones: [a, b, [|a|], a]",
        "spec.ports[1]: Duplicate value: {\"name\":\"http\"}; a list of x-kubernetes-list-type map holds each key (x-kubernetes-list-map-keys) once: remove or rename the repeat" + Source,
        "spec.zones[2]: Duplicate value: \"a\"; a list of x-kubernetes-list-type set holds each value once: remove the repeat" + Source);

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task List_types_met(int minor) => Check(minor, Lists, "ports:\n- {name: http, port: 80}\n- {name: https, port: 80}\nzones: [a, b, \"1\", 1]");

    // Before 1.18 the apiserver did not check list types.
    [Fact]
    public Task List_types_not_before_1_18() => Check(16, Lists, "zones: [a, a]");

    // objectmeta validateEmbeddedResource: apiVersion and kind required (metadata is not), on the key.
    private const string Embedded = "template:\n  type: object\n  x-kubernetes-embedded-resource: true\n  x-kubernetes-preserve-unknown-fields: true";

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Embedded_resource(int minor) => Check(minor, Embedded, "[|template|]:\n  apiVersion: v1\n  spec: {}",
        "spec.template.kind: Required value; an embedded resource (x-kubernetes-embedded-resource) needs its kind" + Source);

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task Embedded_resource_met(int minor) => Check(minor, Embedded, "template:\n  apiVersion: v1\n  kind: ConfigMap");

    [Fact]
    public void A_run_without_custom_resources_does_not_load_NJsonSchema()
    {
        // A fresh load context: this test process has NJsonSchema loaded already (other tests use it).
        var folder = Path.GetDirectoryName(typeof(LintEngine).Assembly.Location)!;
        using var files = new TempFolder();
        files.Write("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx:1.27}]\n");
        files.Write("crd.yaml", Crd(36, "replicas: {type: integer, maximum: 100}"));
        files.Write("widget.yaml", Widget("replicas: 200"));

        var plain = new IsolatedContext(folder);
        try
        {
            Assert.NotEmpty(LintIn(plain, files.Path, "deploy.yaml"));
            Assert.DoesNotContain(plain.Assemblies, a => a.GetName().Name == "NJsonSchema");
        }
        finally
        {
            plain.Unload();
        }

        // The same with a custom resource whose CRD has a value keyword does load it: the check above is not vacuous.
        var custom = new IsolatedContext(folder);
        try
        {
            Assert.Contains("KL1019", LintIn(custom, files.Path, "crd.yaml", "widget.yaml"));
            Assert.Contains(custom.Assemblies, a => a.GetName().Name == "NJsonSchema");
        }
        finally
        {
            custom.Unload();
        }
    }

    private static List<string> LintIn(AssemblyLoadContext context, string folder, params string[] paths)
    {
        var core = context.LoadFromAssemblyName(typeof(LintEngine).Assembly.GetName());
        var optionsType = core.GetType(typeof(LintOptions).FullName!)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty(nameof(LintOptions.Paths))!.SetValue(options, paths);
        optionsType.GetProperty(nameof(LintOptions.WorkingDirectory))!.SetValue(options, folder);
        var engineType = core.GetType(typeof(LintEngine).FullName!)!;
        var result = engineType.GetMethod(nameof(LintEngine.Run))!.Invoke(Activator.CreateInstance(engineType), [options])!;
        var diagnostics = (System.Collections.IEnumerable)result.GetType().GetProperty("Diagnostics")!.GetValue(result)!;
        var ids = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            ids.Add((string)diagnostic.GetType().GetProperty("Id")!.GetValue(diagnostic)!);
        }

        return ids;
    }

    /// <summary>Loads the engine and its dependencies afresh from the test's output folder.</summary>
    private sealed class IsolatedContext(string folder) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
