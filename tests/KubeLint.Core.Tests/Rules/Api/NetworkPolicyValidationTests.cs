using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A NetworkPolicy's spec as pkg/apis/networking/validation/validation.go validates it: ValidateNetworkPolicyPort
/// (port numbers, endPort), ValidateNetworkPolicyPeer (a peer required, ipBlock alone), ValidateIPBlock (except a
/// strict subset of cidr) and ValidateNetworkPolicySpec (at most two policyTypes). Every failing document has a
/// valid look-alike after it.
/// </summary>
public class NetworkPolicyValidationTests
{
    private static string Policy(string name) => $$"""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: {{name}}}
        spec:
          podSelector: {}
        """;

    private static KubernetesVersion V(int minor) => new(1, minor);

    // ValidateNetworkPolicyPort: endPort below port (endPort is on by default from 1.22).
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_an_end_port_below_the_port(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          egress:
          - ports:
            - {protocol: TCP, port: 8000, endPort: [|7999|]}
        ---
        {{{Policy("good")}}}
          egress:
          - ports:
            - {protocol: TCP, port: 8000, endPort: 8000}
        """, V(minor),
        "spec.egress[0].ports[0].endPort: Invalid value: 7999: must be greater than or equal to `port`; give endPort 8000 or more (the last port of the range starting at port)");

    // Before 1.22 the apiserver drops endPort (KL1001 reports the field), so no range is checked.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task KL1014_ignores_end_port_before_1_22(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyAsync($$$"""
        {{{Policy("old")}}}
          egress:
          - ports:
            - {protocol: TCP, port: 8000, endPort: 7999}
        """, V(minor));

    // ValidateNetworkPolicyPort: endPort with a named port, or with no port.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_an_end_port_without_a_numeric_port(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          ingress:
          - ports:
            - {port: http, endPort: [|9000|]}
            - {protocol: TCP, endPort: [|9000|]}
        ---
        {{{Policy("good")}}}
          ingress:
          - ports:
            - {port: http}
            - {protocol: TCP, port: 8000, endPort: 9000}
        """, V(minor),
        "spec.ingress[0].ports[0].endPort: Invalid value: 9000: may not be specified when `port` is non-numeric; a range needs port numbers: give port as a number, or remove endPort",
        "spec.ingress[0].ports[1].endPort: Invalid value: 9000: may not be specified when `port` is not specified; set port to the first port of the range, or remove endPort");

    // ValidateNetworkPolicyPort: IsValidPortNum of a numeric port, every minor.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_port_number_out_of_range(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          ingress:
          - ports:
            - {port: [|70000|]}
            - {port: [|0|]}
        ---
        {{{Policy("good")}}}
          ingress:
          - ports:
            - {port: 65535}
            - {port: 1}
        """, V(minor),
        "spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive; give a port number from 1 to 65535",
        "spec.ingress[0].ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive; give a port number from 1 to 65535");

    // ValidateNetworkPolicyPeer: a peer with no selector and no ipBlock (a selector written as null is none).
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_empty_peer(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          ingress:
          - from:
            - [|{}|]
            - [|podSelector|]: null
        ---
        {{{Policy("good")}}}
          ingress:
          - from:
            - podSelector: {}
            - namespaceSelector: {matchLabels: {team: a}}
              podSelector: {matchLabels: {app: web}}
        """, V(minor),
        "spec.ingress[0].from[0]: Required value: must specify a peer; give podSelector, namespaceSelector (or both), or ipBlock; to allow every source, drop the from/to list instead",
        "spec.ingress[0].from[1]: Required value: must specify a peer; give podSelector, namespaceSelector (or both), or ipBlock; to allow every source, drop the from/to list instead");

    // ValidateNetworkPolicyPeer: ipBlock together with a selector in one peer (from 1.11; not read before).
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_an_ip_block_beside_a_selector(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          egress:
          - to:
            - podSelector: {matchLabels: {app: db}}
              [|ipBlock|]: {cidr: 10.0.0.0/8}
        ---
        {{{Policy("good")}}}
          egress:
          - to:
            - podSelector: {matchLabels: {app: db}}
            - ipBlock: {cidr: 10.0.0.0/8}
        """, V(minor),
        "spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer; put the ipBlock in a list item of its own: items are ORed, selectors within one item ANDed");

    // The peer checks are held from 1.11: at 1.9 neither an empty peer nor ipBlock beside a selector is reported.
    [Fact]
    public async Task Peer_checks_are_not_applied_at_1_9()
    {
        var text = $$"""
            {{{Policy("old")}}}
              egress:
              - to:
                - {}
                - podSelector: {}
                  ipBlock: {cidr: 10.0.0.0/8}
            """;
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyAsync(text, V(9));
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyAsync(text, V(9));
    }

    // ValidateIPBlock: each except range must be a strict subset of cidr (ipBlock is 1.8's).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_an_except_outside_the_cidr(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          ingress:
          - from:
            - ipBlock: {cidr: 10.0.0.0/16, except: [[|10.1.0.0/24|], [|10.0.0.0/16|], 10.0.3.0/24]}
            - ipBlock: {cidr: "2001:db8::/32", except: [[|"2001:db9::/48"|]]}
        ---
        {{{Policy("good")}}}
          ingress:
          - from:
            - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.1.0/24, 10.0.0.7/32, 10.0.255.0/24]}
            - ipBlock: {cidr: "2001:db8::/32", except: ["2001:db8:1::/48"]}
        """, V(minor),
        "spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: \"10.1.0.0/24\": must be a strict subset of `cidr`; except only ranges inside 10.0.0.0/16 and smaller than it",
        "spec.ingress[0].from[0].ipBlock.except[1]: Invalid value: \"10.0.0.0/16\": must be a strict subset of `cidr`; except only ranges inside 10.0.0.0/16 and smaller than it",
        "spec.ingress[0].from[1].ipBlock.except[0]: Invalid value: \"2001:db9::/48\": must be a strict subset of `cidr`; except only ranges inside 2001:db8::/32 and smaller than it");

    // ValidateNetworkPolicySpec: more than two policyTypes.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_three_policy_types(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Policy("bad")}}}
          [|policyTypes|]: [Ingress, Egress, Ingress]
        ---
        {{{Policy("good")}}}
          policyTypes: [Ingress, Egress]
        """, V(minor),
        "spec.policyTypes: Invalid value: [Ingress Egress Ingress]: may not specify more than two policyTypes; list each of Ingress and Egress at most once");

    // ValidateNetworkPolicySpec: spec.podSelector and each peer's podSelector and namespaceSelector are label selectors
    // (ValidateLabelSelector: matchLabels values are label values, keys qualified names).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_selector_label_value_that_is_no_label_value(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: bad}
        spec:
          podSelector:
            matchLabels: {app: [|d b|]}
          ingress:
          - from:
            - namespaceSelector: {matchLabels: {team: [|-ops|]}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: good}
        spec:
          podSelector:
            matchLabels: {app: db}
          egress:
          - to:
            - podSelector: {matchLabels: {team: ops}}
        """, V(minor),
        "spec.podSelector.matchLabels: Invalid value: \"d b\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
        "spec.ingress[0].from[0].namespaceSelector.matchLabels: Invalid value: \"-ops\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit");

    // ValidateNetworkPolicySpec: each policy type Ingress or Egress (allowedPolicyTypes).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1004_fires_on_a_policy_type_other_than_ingress_or_egress(int minor) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyAsync($$$"""
        {{{Policy("bad")}}}
          policyTypes: [[|Inbound|], Egress]
        ---
        {{{Policy("good")}}}
          policyTypes: [Ingress, Egress]
        """, V(minor));
}
