using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// An EndpointSlice as pkg/apis/discovery/validation/validation.go validates it on create (ValidateEndpointSliceCreate):
/// validateAddressType, validateEndpoints (1 to 100 addresses of the slice's type outside the special ranges, the
/// hostname a DNS label) and
/// validatePorts (names DNS labels, each once). v1beta1 is 1.17's (IP is still an address type there), v1 1.21's.
/// Each failing document has a valid look-alike.
/// </summary>
public class EndpointSliceValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Slice(int minor, string name, string type) => $$"""
        apiVersion: discovery.k8s.io/{{(minor < 21 ? "v1beta1" : "v1")}}
        kind: EndpointSlice
        metadata: {name: {{name}}}
        addressType: {{type}}
        """;

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_an_unknown_address_type_or_an_address_of_another_type(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Slice(minor, "type", "[|IP|]")}}}
        endpoints:
        - addresses: [10.0.0.1]
        ---
        {{{Slice(minor, "v4", "IPv4")}}}
        endpoints:
        - addresses: [10.0.0.1, [|"fd00::1"|], [|10.0.0.256|]]
        ---
        {{{Slice(minor, "v6", "IPv6")}}}
        endpoints:
        - addresses: ["fd00::1", [|10.0.0.1|]]
        ---
        {{{Slice(minor, "loopback", "IPv4")}}}
        endpoints:
        - addresses: [[|127.0.0.1|]]
        ---
        {{{Slice(minor, "good", "IPv4")}}}
        endpoints:
        - addresses: [10.0.0.1, 10.0.0.2]
        ---
        {{{Slice(minor, "fqdn", "FQDN")}}}
        endpoints:
        - addresses: [db.example.com]
        """, V(minor),
        "addressType: Unsupported value: \"IP\": supported values: \"FQDN\", \"IPv4\", \"IPv6\"; give IPv4, IPv6 or FQDN, the kind of every address in the slice",
        "endpoints[0].addresses[1]: Invalid value: \"fd00::1\": must be a valid IPv4 address; an IPv4 slice lists IPv4 addresses only: put other addresses in a slice of their own type",
        "endpoints[0].addresses[2]: Invalid value: \"10.0.0.256\": must be a valid IPv4 address; an IPv4 slice lists IPv4 addresses only: put other addresses in a slice of their own type",
        "endpoints[0].addresses[1]: Invalid value: \"10.0.0.1\": must be a valid IPv6 address; an IPv6 slice lists IPv6 addresses only: put other addresses in a slice of their own type",
        "endpoints[0].addresses[0]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128); give an address other Pods and nodes can reach");

    // 1.17's create path still took the IP address type (deprecatedAddressTypes from 1.18).
    [Fact]
    public Task KL1013_accepts_the_ip_address_type_at_1_17() => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyAsync($$$"""
        {{{Slice(17, "type", "IP")}}}
        endpoints:
        - addresses: [10.0.0.1]
        """, V(17));

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_endpoint_without_addresses(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Slice(minor, "bad", "IPv4")}}}
        endpoints:
        - [|addresses|]: []
        ---
        {{{Slice(minor, "good", "IPv4")}}}
        endpoints:
        - addresses: [10.0.0.1]
        """, V(minor),
        "endpoints[0].addresses: Required value: must contain at least 1 address; list the endpoint's address");

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_port_name_written_twice(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Slice(minor, "bad", "IPv4")}}}
        ports:
        - {name: http, port: 80}
        - {name: [|http|], port: 8080}
        - {port: 443}
        - {[|port|]: 8443}
        ---
        {{{Slice(minor, "good", "IPv4")}}}
        ports:
        - {name: http, port: 80}
        - {name: https, port: 443}
        - {port: 8443}
        """, V(minor),
        "ports[1].name: Duplicate value: \"http\"; give each port of the slice its own name",
        "ports[3].name: Duplicate value: \"\"; name the ports: a slice holds one unnamed port at most");

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_port_name_or_hostname_that_is_not_a_dns_label(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Slice(minor, "bad", "IPv4")}}}
        endpoints:
        - addresses: [10.0.0.1]
          hostname: [|db_0|]
        ports:
        - {name: [|HTTP|], port: 80}
        ---
        {{{Slice(minor, "good", "IPv4")}}}
        endpoints:
        - addresses: [10.0.0.1]
          hostname: db-0
        ports:
        - {name: http, port: 80}
        """, V(minor),
        "endpoints[0].hostname: Invalid value: \"db_0\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; give a DNS label: lower-case letters, digits and '-'",
        "ports[0].name: Invalid value: \"HTTP\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; name the port with a DNS label: lower-case letters, digits and '-'");
}
