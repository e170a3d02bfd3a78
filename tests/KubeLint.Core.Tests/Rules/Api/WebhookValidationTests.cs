using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Admission webhook configurations as pkg/apis/admissionregistration/validation/validation.go validates them on
/// create (validateValidatingWebhookConfiguration, validateValidatingWebhook / validateMutatingWebhook,
/// validateAdmissionReviewVersions, validateRuleWithOperations): v1beta1 (1.9–1.21) and v1 (1.16+) differ, and the
/// accepted AdmissionReview versions changed from 1.16 to 1.17. Each failing document has a valid look-alike.
/// </summary>
public class WebhookValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Config(string apiVersion, string name, string kind = "ValidatingWebhookConfiguration") => $$"""
        apiVersion: {{apiVersion}}
        kind: {{kind}}
        metadata: {name: {{name}}}
        webhooks:
        """;

    // The fields v1 requires besides the name.
    private const string V1Fields = """
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1]
        """;

    private static string Fields(string apiVersion) => apiVersion.EndsWith("/v1", StringComparison.Ordinal) ? V1Fields : "  clientConfig: {service: {name: hooks, namespace: system}}";

    // validateValidatingWebhook: IsFullyQualifiedName of the name, v1beta1 and v1.
    [Theory]
    [InlineData("admissionregistration.k8s.io/v1beta1", 9)]
    [InlineData("admissionregistration.k8s.io/v1beta1", 16)]
    [InlineData("admissionregistration.k8s.io/v1", 22)]
    [InlineData("admissionregistration.k8s.io/v1", 36)]
    public Task KL1012_fires_on_a_webhook_name_of_fewer_than_three_parts(string apiVersion, int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config(apiVersion, "bad")}}}
        - name: [|webhook.example|]
        {{{Fields(apiVersion)}}}
        - name: [|Webhook.Example.com|]
        {{{Fields(apiVersion)}}}
        ---
        {{{Config(apiVersion, "good")}}}
        - name: validate.webhook.example
        {{{Fields(apiVersion)}}}
        """, V(minor),
        "webhooks[0].name: Invalid value: \"webhook.example\": should be a domain with at least three segments separated by dots; use at least three parts, e.g. validate.webhook.example",
        "webhooks[1].name: Invalid value: \"Webhook.Example.com\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; name the webhook as a lower-case domain of at least three parts, e.g. validate.example.com");

    // requireUniqueWebhookNames holds for v1 requests only: a v1beta1 configuration may repeat a name.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_repeated_webhook_name_in_v1(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad", "MutatingWebhookConfiguration")}}}
        - name: a.example.com
        {{{V1Fields}}}
        - name: [|a.example.com|]
        {{{V1Fields}}}
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good", "MutatingWebhookConfiguration")}}}
        - name: a.example.com
        {{{V1Fields}}}
        - name: b.example.com
        {{{V1Fields}}}
        """, V(minor),
        "webhooks[1].name: Duplicate value: \"a.example.com\"; give each webhook of the configuration its own name");

    [Fact]
    public Task KL1016_accepts_a_repeated_webhook_name_in_v1beta1() => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1beta1", "old")}}}
        - name: a.example.com
        {{{Fields("v1beta1")}}}
        - name: a.example.com
        {{{Fields("v1beta1")}}}
        """, V(16));

    // validateValidatingWebhook: timeoutSeconds in 1–30 (the field is 1.14's).
    [Theory]
    [InlineData("admissionregistration.k8s.io/v1beta1", 16)]
    [InlineData("admissionregistration.k8s.io/v1", 22)]
    [InlineData("admissionregistration.k8s.io/v1", 36)]
    public Task KL1014_fires_on_a_timeout_outside_1_to_30(string apiVersion, int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config(apiVersion, "bad")}}}
        - name: a.example.com
          timeoutSeconds: [|31|]
        {{{Fields(apiVersion)}}}
        - name: b.example.com
          timeoutSeconds: [|0|]
        {{{Fields(apiVersion)}}}
        ---
        {{{Config(apiVersion, "good")}}}
        - name: a.example.com
          timeoutSeconds: 30
        {{{Fields(apiVersion)}}}
        - name: b.example.com
          timeoutSeconds: 1
        {{{Fields(apiVersion)}}}
        """, V(minor),
        "webhooks[0].timeoutSeconds: Invalid value: 31: the timeout value must be between 1 and 30 seconds; give 1 to 30 seconds (10 is the default)",
        "webhooks[1].timeoutSeconds: Invalid value: 0: the timeout value must be between 1 and 30 seconds; give 1 to 30 seconds (10 is the default)");

    // requireNoSideEffects for v1: Some and Unknown are refused; v1beta1 accepts them.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_side_effects_some_in_v1(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad")}}}
        - name: a.example.com
          clientConfig: {url: "https://hooks.example.com/validate"}
          sideEffects: [|Some|]
          admissionReviewVersions: [v1, v1beta1]
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good")}}}
        - name: a.example.com
          clientConfig: {url: "https://hooks.example.com/validate"}
          sideEffects: NoneOnDryRun
          admissionReviewVersions: [v1, v1beta1]
        ---
        {{{Config("admissionregistration.k8s.io/v1beta1", "old")}}}
        - name: a.example.com
          clientConfig: {url: "https://hooks.example.com/validate"}
          sideEffects: Some
        """, V(minor),
        "webhooks[0].sideEffects: Unsupported value: \"Some\": supported values: \"None\", \"NoneOnDryRun\"; admissionregistration.k8s.io/v1 takes only webhooks without side effects (or that skip them on dry runs): None or NoneOnDryRun");

    // validateAdmissionReviewVersions: 1.16 accepts only v1beta1 (what 1.15 understood), 1.17 on v1 or v1beta1.
    [Fact]
    public Task KL1013_fires_on_review_versions_without_v1beta1_at_1_16() => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          [|admissionReviewVersions|]: [v1]
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1, v1beta1]
        """, V(16),
        "webhooks[0].admissionReviewVersions: Invalid value: [v1]: must include at least one of v1beta1; 1.16's apiserver accepts only v1beta1 here (v1 from 1.17): include v1beta1");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_review_versions_the_apiserver_does_not_send(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          [|admissionReviewVersions|]: [v2]
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1]
        """, V(minor),
        "webhooks[0].admissionReviewVersions: Invalid value: [v2]: must include at least one of v1, v1beta1; include v1 (or v1beta1), a version this apiserver sends");

    // validateAdmissionReviewVersions: a version listed twice.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_review_version_listed_twice(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1, [|v1|]]
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good")}}}
        - name: a.example.com
          clientConfig: {service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1, v1beta1]
        """, V(minor),
        "webhooks[0].admissionReviewVersions[1]: Invalid value: \"v1\": duplicate version; list each version once");

    // An empty admissionReviewVersions in v1, a clientConfig with neither url nor service, rule lists left empty or out.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_empty_review_versions_client_config_and_rules(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config("admissionregistration.k8s.io/v1", "bad")}}}
        - name: a.example.com
          [|clientConfig|]: {caBundle: Zm9v}
          sideEffects: None
          [|admissionReviewVersions|]: []
          rules:
          - [|operations|]: []
            apiGroups: [apps]
            apiVersions: [v1]
            resources: [deployments]
          - [|[|operations|]|]: [CREATE]
            resources: [pods]
        ---
        {{{Config("admissionregistration.k8s.io/v1", "good")}}}
        - name: a.example.com
          clientConfig: {caBundle: Zm9v, service: {name: hooks, namespace: system}}
          sideEffects: None
          admissionReviewVersions: [v1]
          rules:
          - operations: [CREATE]
            apiGroups: [apps]
            apiVersions: [v1]
            resources: [deployments]
          - operations: [CREATE]
            apiGroups: [""]
            apiVersions: ["*"]
            resources: [pods]
        """, V(minor),
        "webhooks[0].clientConfig: Required value: exactly one of url or service is required; give service (a Service in the cluster) or url (https://…)",
        "webhooks[0].admissionReviewVersions: Required value: must specify one of v1, v1beta1; list the AdmissionReview versions the webhook understands, e.g. [v1]",
        "webhooks[0].rules[0].operations: Required value; list the operations, or \"*\" for all",
        "webhooks[0].rules[1].apiGroups: Required value; add apiGroups: (\"*\" for all)",
        "webhooks[0].rules[1].apiVersions: Required value; add apiVersions: (\"*\" for all)");

    // clientConfig with both url and service; '*' beside other operations or groups.
    [Theory]
    [InlineData("admissionregistration.k8s.io/v1beta1", 16)]
    [InlineData("admissionregistration.k8s.io/v1", 22)]
    [InlineData("admissionregistration.k8s.io/v1", 36)]
    public Task KL1015_fires_on_url_with_service_and_wildcards_with_others(string apiVersion, int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Config(apiVersion, "bad")}}}
        - name: a.example.com
          clientConfig:
            [|url|]: "https://hooks.example.com/validate"
            service: {name: hooks, namespace: system}
          rules:
          - [|operations|]: ["*", CREATE]
            [|apiGroups|]: ["*", apps]
            apiVersions: ["*"]
            resources: ["*"]
        ---
        {{{Config(apiVersion, "good")}}}
        - name: a.example.com
          clientConfig:
            url: "https://hooks.example.com/validate"
          rules:
          - operations: ["*"]
            apiGroups: ["*"]
            apiVersions: ["*"]
            resources: ["*"]
        """, V(minor),
        "webhooks[0].clientConfig: Required value: exactly one of url or service is required; keep service or url, not both",
        "webhooks[0].rules[0].operations: Invalid value: [* CREATE]: if '*' is present, must not specify other operations; '*' matches them all: keep it alone, or drop it",
        "webhooks[0].rules[0].apiGroups: Invalid value: [* apps]: if '*' is present, must not specify other API groups; '*' matches them all: keep it alone, or drop it");
}
