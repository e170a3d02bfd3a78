using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1020InvalidCrdSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1020: apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go,
/// specStandardValidatorV3.validate: a type outside openapiV3Types, required valid for v1 CRDs (from 1.16).
/// </summary>
public class KL1020InvalidCrdSchemaTests
{
    private static string Crd(string apiVersion, string spec, string items) => $$"""
        apiVersion: {{apiVersion}}
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
                    type: {{spec}}
                    properties:
                      hosts:
                        type: array
                        items: {type: {{items}}}
                      port:
                        anyOf: [{type: integer}, {type: string}]
                        x-kubernetes-int-or-string: true
        """;

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_an_unknown_type_at_any_depth(int minor) => Verify.VerifyMessagesAsync(
        Crd("apiextensions.k8s.io/v1", "[|strign|]", "[|int|]"), new KubernetesVersion(1, minor),
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Unsupported value: \"strign\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"; use one of OpenAPI v3's types",
        "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[hosts].items.type: Unsupported value: \"int\": supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"; use one of OpenAPI v3's types");

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task Does_not_fire_on_the_six_types(int minor) => Verify.VerifyAsync(
        Crd("apiextensions.k8s.io/v1", "object", "string"), new KubernetesVersion(1, minor));

    // v1beta1 did not require a valid type (requireValidPropertyType is off for it).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task Does_not_fire_on_v1beta1(int minor) => Verify.VerifyAsync(
        Crd("apiextensions.k8s.io/v1beta1", "strign", "int"), new KubernetesVersion(1, minor));
}
