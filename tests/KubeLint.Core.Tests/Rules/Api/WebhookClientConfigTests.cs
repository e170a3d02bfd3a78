using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// What an admission webhook's client and policies may hold: staging/src/k8s.io/apiserver/pkg/util/webhook/validation.go
/// ValidateWebhookURL (https only, a host, no user, query or fragment) and ValidateWebhookService (name, namespace, port,
/// path), as pkg/apis/admissionregistration/validation/validation.go validateValidatingWebhook / validateMutatingWebhook
/// call them (read in the 1.16 and later sources), and the closed sets of the same functions (supportedFailurePolicies,
/// supportedMatchPolicies, supportedSideEffectClasses, supportedReinvocationPolicies, supportedOperations, validScopes),
/// which validateWebhook held before 1.15 split the type. Each failing document has a valid look-alike.
/// </summary>
public class WebhookClientConfigTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Hook(string apiVersion, string name, string client, string extra = "", string kind = "ValidatingWebhookConfiguration") => $$"""
        apiVersion: {{apiVersion}}
        kind: {{kind}}
        metadata: {name: {{name}}}
        webhooks:
        - name: policy.example.com
          clientConfig: {{client}}
          sideEffects: None
          admissionReviewVersions: [v1, v1beta1]
        {{extra}}
        """;

    private const string V1 = "admissionregistration.k8s.io/v1";
    private const string V1Beta1 = "admissionregistration.k8s.io/v1beta1";

    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 22)]
    [InlineData(V1, 36)]
    public Task KL1013_fires_on_a_url_that_is_not_plain_https(string apiVersion, int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Hook(apiVersion, "http", "{url: [|\"http://policy.example.com/validate\"|]}")}}}
        ---
        {{{Hook(apiVersion, "no-host", "{url: [|\"https:///validate\"|]}")}}}
        ---
        {{{Hook(apiVersion, "user", "{url: [|\"https://admin@policy.example.com/validate\"|]}")}}}
        ---
        {{{Hook(apiVersion, "fragment", "{url: [|\"https://policy.example.com/validate#top\"|]}")}}}
        ---
        {{{Hook(apiVersion, "query", "{url: [|\"https://policy.example.com/validate?x=1\"|]}")}}}
        ---
        {{{Hook(apiVersion, "good", "{url: \"HTTPS://policy.example.com:8443/validate\"}")}}}
        """, V(minor),
        "webhooks[0].clientConfig.url: Invalid value: \"http\": 'https' is the only allowed URL scheme; desired format: https://host[/path]; the apiserver calls webhooks over TLS only: use an https:// URL (and caBundle for its certificate)",
        "webhooks[0].clientConfig.url: Invalid value: \"\": host must be provided; desired format: https://host[/path]; write the URL as https://host[:port][/path]",
        "webhooks[0].clientConfig.url: Invalid value: \"admin\": user information is not permitted in the URL; remove the user@ part: authenticate the apiserver with a client certificate or token instead",
        "webhooks[0].clientConfig.url: Invalid value: \"top\": fragments are not permitted in the URL; remove the #… part",
        "webhooks[0].clientConfig.url: Invalid value: \"x=1\": query parameters are not permitted in the URL; remove the ?… part: give what it carries in the path instead");

    // The 1.9–1.15 sources were not read for this: nothing is reported there.
    [Fact]
    public Task KL1013_is_quiet_on_an_http_url_before_1_16() => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyAsync(
        Hook(V1Beta1, "http", "{url: \"http://policy.example.com/validate\"}"), V(9));

    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 22)]
    [InlineData(V1, 36)]
    public Task KL1014_fires_on_a_service_port_out_of_range(string apiVersion, int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Hook(apiVersion, "bad", "{service: {name: hooks, namespace: system, port: [|70000|]}}")}}}
        ---
        {{{Hook(apiVersion, "zero", "{service: {name: hooks, namespace: system, port: [|0|]}}")}}}
        ---
        {{{Hook(apiVersion, "good", "{service: {name: hooks, namespace: system, port: 65535}}")}}}
        """, V(minor),
        "webhooks[0].clientConfig.service.port: Invalid value: 70000: port is not valid: must be between 1 and 65535, inclusive; give the Service's port, 1 to 65535 (443 when omitted)",
        "webhooks[0].clientConfig.service.port: Invalid value: 0: port is not valid: must be between 1 and 65535, inclusive; give the Service's port, 1 to 65535 (443 when omitted)");

    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 36)]
    public Task KL1011_fires_on_an_empty_service_name_or_namespace(string apiVersion, int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Hook(apiVersion, "bad", "{service: {[|name|]: \"\", [|namespace|]: \"\"}}")}}}
        ---
        {{{Hook(apiVersion, "good", "{service: {name: hooks, namespace: system}}")}}}
        """, V(minor),
        "webhooks[0].clientConfig.service.name: Required value: service name is required; name the Service that serves the webhook",
        "webhooks[0].clientConfig.service.namespace: Required value: service namespace is required; give the namespace of the Service that serves the webhook");

    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 22)]
    [InlineData(V1, 36)]
    public Task KL1013_fires_on_a_service_path_that_is_not_rooted_dns_segments(string apiVersion, int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Hook(apiVersion, "relative", "{service: {name: hooks, namespace: system, path: [|validate|]}}")}}}
        ---
        {{{Hook(apiVersion, "empty-segment", "{service: {name: hooks, namespace: system, path: [|\"/a//b\"|]}}")}}}
        ---
        {{{Hook(apiVersion, "segment", "{service: {name: hooks, namespace: system, path: [|/a/Validate_Pods|]}}")}}}
        ---
        {{{Hook(apiVersion, "good", "{service: {name: hooks, namespace: system, path: /v1/validate.pods/}}")}}}
        ---
        {{{Hook(apiVersion, "root", "{service: {name: hooks, namespace: system, path: /}}")}}}
        """, V(minor),
        "webhooks[0].clientConfig.service.path: Invalid value: \"validate\": must start with a '/'; write the path as /segment[/segment…], each segment lower-case letters, digits, '-' and '.'",
        "webhooks[0].clientConfig.service.path: Invalid value: \"/a//b\": segment[1] may not be empty; write the path as /segment[/segment…], each segment lower-case letters, digits, '-' and '.'",
        "webhooks[0].clientConfig.service.path: Invalid value: \"/a/Validate_Pods\": segment[1]: must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; write the path as /segment[/segment…], each segment lower-case letters, digits, '-' and '.'");

    // supportedFailurePolicies and supportedOperations: validateWebhook (1.9's v1beta1 Webhook) and the split types after it.
    [Theory]
    [InlineData(V1Beta1, 9)]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 22)]
    [InlineData(V1, 36)]
    public Task KL1004_fires_on_an_unknown_failure_policy_or_operation(string apiVersion, int minor) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyAsync($$$"""
        {{{Hook(apiVersion, "bad", "{service: {name: hooks, namespace: system}}", """
          failurePolicy: [|Retry|]
          rules:
          - {apiGroups: [""], apiVersions: [v1], resources: [pods], operations: [CREATE, [|GET|]]}
        """)}}}
        ---
        {{{Hook(apiVersion, "good", "{service: {name: hooks, namespace: system}}", """
          failurePolicy: Ignore
          rules:
          - {apiGroups: [""], apiVersions: [v1], resources: [pods], operations: ["*"]}
        """)}}}
        """, V(minor));

    // supportedReinvocationPolicies and supportedMatchPolicies (1.15's fields), validScopes (1.14's), on a MutatingWebhook.
    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 22)]
    [InlineData(V1, 36)]
    public Task KL1004_fires_on_an_unknown_reinvocation_policy_match_policy_or_scope(string apiVersion, int minor) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Hook(apiVersion, "bad", "{service: {name: hooks, namespace: system}}", """
          reinvocationPolicy: [|Always|]
          matchPolicy: [|Loose|]
          rules:
          - {apiGroups: [""], apiVersions: [v1], resources: [pods], operations: [CREATE], scope: [|namespaced|]}
        """, "MutatingWebhookConfiguration")}}}
        ---
        {{{Hook(apiVersion, "good", "{service: {name: hooks, namespace: system}}", """
          reinvocationPolicy: IfNeeded
          matchPolicy: Equivalent
          rules:
          - {apiGroups: [""], apiVersions: [v1], resources: [pods], operations: [CREATE], scope: Namespaced}
        """, "MutatingWebhookConfiguration")}}}
        """, V(minor),
        "webhooks[0].reinvocationPolicy: \"Always\" is not one of Never, IfNeeded",
        "webhooks[0].matchPolicy: \"Loose\" is not one of Exact, Equivalent",
        "webhooks[0].rules[0].scope: \"namespaced\" is not one of *, Cluster, Namespaced; did you mean \"Namespaced\"?");

    // v1beta1 takes every side-effect class; v1's narrower set is KL1013's (requireNoSideEffects), so Some is not KL1004's there.
    [Theory]
    [InlineData(V1Beta1, 16)]
    [InlineData(V1, 36)]
    public Task KL1004_fires_on_a_side_effect_class_outside_every_set(string apiVersion, int minor) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyAsync($$$"""
        apiVersion: {{{apiVersion}}}
        kind: ValidatingWebhookConfiguration
        metadata: {name: bad}
        webhooks:
        - name: policy.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: [|Maybe|]
          admissionReviewVersions: [v1]
        - name: other.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: Some
          admissionReviewVersions: [v1]
        """, V(minor));
}
