using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1019CustomResourceSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1019 on gateway-api's Gateway (kubernetes-sigs/gateway-api config/crd/standard/gateway.networking.k8s.io_gateways.yaml,
/// bundle v1.4.1): <c>spec.addresses</c> items are a oneOf whose branches tell IPAddress from every other type by
/// <c>enum</c> and <c>not: enum</c>, the IPAddress branch's value an anyOf of <c>format: ipv4</c> / <c>format: ipv6</c>,
/// and <c>type</c> defaults to IPAddress. The apiserver defaults before it validates
/// (apiextensions-apiserver pkg/apiserver/schema/defaulting/algorithm.go Default), so an address without a type is an
/// IPAddress and matches the first branch only; undefaulted it would match both and fail the oneOf.
/// </summary>
public class GatewayAddressesTests
{
    private const string Source = " (schema of CustomResourceDefinition gateways.gateway.networking.k8s.io, crd.yaml)";

    // The addresses schema as the CRD gives it (descriptions left out; the pattern of type shortened to its alternatives).
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: gateways.gateway.networking.k8s.io
        spec:
          group: gateway.networking.k8s.io
          names: {kind: Gateway, listKind: GatewayList, plural: gateways, singular: gateway}
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
                    required: [gatewayClassName]
                    properties:
                      gatewayClassName: {type: string, minLength: 1, maxLength: 253}
                      addresses:
                        type: array
                        maxItems: 16
                        x-kubernetes-list-type: atomic
                        x-kubernetes-validations:
                        - message: IPAddress values must be unique
                          rule: 'self.all(a1, a1.type == ''IPAddress'' && has(a1.value) ? self.exists_one(a2, a2.type == a1.type && has(a2.value) && a2.value == a1.value) : true )'
                        items:
                          type: object
                          oneOf:
                          - properties:
                              type: {enum: [IPAddress]}
                              value:
                                anyOf:
                                - format: ipv4
                                - format: ipv6
                          - properties:
                              type:
                                not:
                                  enum: [IPAddress]
                          properties:
                            type:
                              type: string
                              default: IPAddress
                              minLength: 1
                              maxLength: 253
                              pattern: ^Hostname|IPAddress|NamedAddress$
                            value: {type: string, maxLength: 253}
        """;

    private static Task Check(string addresses, params string[] messages) =>
        Verify.VerifyMessagesAsync(
            [("crd.yaml", Crd), ("gateway.yaml", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: web\nspec:\n  gatewayClassName: example\n  " + addresses + "\n")],
            new KubernetesVersion(1, 36), messages);

    [Fact]
    public Task IPAddress_Hostname_and_untyped_addresses_match_one_branch_each() =>
        Check("addresses:\n  - {type: IPAddress, value: 192.168.0.1}\n  - {type: Hostname, value: gw.example.com}\n  - {value: 10.0.0.1}\n  - {type: NamedAddress, value: pool-a}");

    // The pattern still counts.
    [Fact]
    public Task A_type_outside_the_pattern() => Check("addresses:\n  - {type: [|Unknown|], value: x}",
        "spec.addresses[0].type: Invalid value: \"Unknown\": spec.addresses[0].type in body should match '^Hostname|IPAddress|NamedAddress$'; use a value that matches the schema's pattern" + Source);

    // The uniqueness rule sees the defaulted type: the untyped address repeats the IPAddress one.
    [Fact]
    public Task An_untyped_address_repeats_an_IPAddress() => Check("[|addresses|]:\n  - {type: IPAddress, value: 10.0.0.1}\n  - {value: 10.0.0.1}",
        "spec.addresses: Invalid value: \"array\": IPAddress values must be unique; change the value so that the CRD's rule `self.all(a1, a1.type == 'IPAddress' && has(a1.value) ? self.exists_one(a2, a2.type == a1.type && has(a2.value) && a2.value == a1.value) : true )` holds" + Source);

    [Fact]
    public Task An_untyped_address_beside_a_Hostname_of_the_same_text() => Check("addresses:\n  - {type: Hostname, value: 10.0.0.1}\n  - {value: 10.0.0.1}");
}
