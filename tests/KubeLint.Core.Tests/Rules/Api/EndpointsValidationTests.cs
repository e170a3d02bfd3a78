using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Endpoints as pkg/apis/core/validation/validation.go validates them: validateEndpointSubsets (addresses or
/// notReadyAddresses), validateEndpointAddress (IsValidIP, ValidateNonSpecialIP, the hostname a DNS label) and
/// validateEndpointPort (a name when there are several ports, a DNS label, a number in 1–65535). Each failing
/// document has a valid look-alike.
/// </summary>
public class EndpointsValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Endpoints(string name) => $$"""
        apiVersion: v1
        kind: Endpoints
        metadata: {name: {{name}}}
        subsets:
        """;

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_a_subset_without_addresses_or_a_second_port_without_a_name(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Endpoints("bad")}}}
        - [|ports|]: [{port: 80}]
        - addresses: [{ip: 10.0.0.1}]
          ports: [{name: http, port: 80}, {[|port|]: 443}]
        ---
        {{{Endpoints("good")}}}
        - notReadyAddresses: [{ip: 10.0.0.1}]
          ports: [{port: 80}]
        - addresses: [{ip: 10.0.0.2}]
          ports: [{name: http, port: 80}, {name: https, port: 443}]
        """, V(minor),
        "subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`; list the endpoint addresses (addresses, or notReadyAddresses for those not ready yet)",
        "subsets[1].ports[1].name: Required value; name each port: a subset with more than one port names them all (as its Service's ports)");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_an_address_that_is_no_ip_or_in_a_special_range(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Endpoints("bad")}}}
        - addresses:
          - ip: [|db.example.com|]
          - ip: [|127.0.0.1|]
          - ip: [|169.254.169.254|]
          - ip: [|"0.0.0.0"|]
          - ip: [|"fe80::1"|]
          - ip: [|224.0.0.5|]
          ports: [{port: 5432}]
        ---
        {{{Endpoints("good")}}}
        - addresses:
          - ip: 10.0.0.1
          - ip: "fd00::1"
          - ip: 224.0.1.5
          ports: [{port: 5432}]
        """, V(minor),
        "subsets[0].addresses[0].ip: Invalid value: \"db.example.com\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff); give the endpoint's IP address",
        "subsets[0].addresses[1].ip: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128); give an address other Pods and nodes can reach",
        "subsets[0].addresses[2].ip: Invalid value: \"169.254.169.254\": may not be in the link-local range (169.254.0.0/16, fe80::/10); give an address other Pods and nodes can reach",
        "subsets[0].addresses[3].ip: Invalid value: \"0.0.0.0\": may not be unspecified (0.0.0.0); give an address other Pods and nodes can reach",
        "subsets[0].addresses[4].ip: Invalid value: \"fe80::1\": may not be in the link-local range (169.254.0.0/16, fe80::/10); give an address other Pods and nodes can reach",
        "subsets[0].addresses[5].ip: Invalid value: \"224.0.0.5\": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10); give an address other Pods and nodes can reach");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_port_out_of_range(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Endpoints("bad")}}}
        - addresses: [{ip: 10.0.0.1}]
          ports: [{port: [|0|]}]
        ---
        {{{Endpoints("good")}}}
        - addresses: [{ip: 10.0.0.1}]
          ports: [{port: 65535}]
        """, V(minor),
        "subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive; give a port number from 1 to 65535");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_port_name_or_hostname_that_is_not_a_dns_label(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Endpoints("bad")}}}
        - addresses: [{ip: 10.0.0.1, hostname: [|DB_0|]}]
          ports: [{name: [|Postgres|], port: 5432}]
        ---
        {{{Endpoints("good")}}}
        - addresses: [{ip: 10.0.0.1, hostname: db-0}]
          ports: [{name: postgres, port: 5432}]
        """, V(minor),
        "subsets[0].addresses[0].hostname: Invalid value: \"DB_0\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; give a DNS label: lower-case letters, digits and '-'",
        "subsets[0].ports[0].name: Invalid value: \"Postgres\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; name the port with a DNS label: lower-case letters, digits and '-'");
}
