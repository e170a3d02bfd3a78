using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// RBAC objects as pkg/apis/rbac/validation/validation.go validates them: validatePolicyRule (nonResourceURLs neither
/// mixed with resources nor in a namespaced Role) and validateRoleBindingSubject (a ServiceAccount subject's name and
/// group, User and Group subjects' group once pkg/apis/rbac/v1/defaults.go: SetDefaults_Subject filled an empty one).
/// The 1.9 sources hold the same checks, so every minor is tested; each failing document has a valid look-alike.
/// </summary>
public class RbacValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private const string Binding = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: readers}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
        """;

    // validatePolicyRule: a rule with nonResourceURLs and apiGroups/resources/resourceNames.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_a_rule_with_resources_and_non_resource_urls(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: bad}
        rules:
        - [|nonResourceURLs|]: [/metrics, /healthz]
          apiGroups: [""]
          resources: [pods]
          verbs: [get]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: good}
        rules:
        - nonResourceURLs: [/metrics]
          verbs: [get]
        - apiGroups: [""]
          resources: [pods]
          verbs: [get]
        """, V(minor),
        "rules[0].nonResourceURLs: Invalid value: []string{\"/metrics\", \"/healthz\"}: rules cannot apply to both regular resources and non-resource URLs; split it in two rules: one with apiGroups, one with nonResourceURLs");

    // validatePolicyRule(isNamespaced: true) for a Role; a ClusterRole may hold them.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_non_resource_urls_in_a_role(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: bad}
        rules:
        - [|nonResourceURLs|]: [/healthz]
          verbs: [get]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: good}
        rules:
        - nonResourceURLs: [/healthz]
          verbs: [get]
        """, V(minor),
        "rules[0].nonResourceURLs: Invalid value: []string{\"/healthz\"}: namespaced rules cannot apply to non-resource URLs; non-resource URLs are cluster-wide: move this rule to a ClusterRole bound with a ClusterRoleBinding");

    // validateRoleBindingSubject: ServiceAccount apiGroup must be ""; User and Group rbac.authorization.k8s.io (empty is defaulted).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_a_subject_api_group_its_kind_does_not_take(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$"""
        {{Binding}}
        subjects:
        - {kind: ServiceAccount, name: build-bot, apiGroup: [|rbac.authorization.k8s.io|]}
        - {kind: User, name: jane@example.com, apiGroup: [|v1|]}
        - {kind: Group, name: devs, apiGroup: [|example.com|]}
        ---
        {{Binding}}
        subjects:
        - {kind: ServiceAccount, name: build-bot, apiGroup: ""}
        - {kind: ServiceAccount, name: deploy-bot}
        - {kind: User, name: jane@example.com}
        - {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
        """, V(minor),
        "subjects[0].apiGroup: Unsupported value: \"rbac.authorization.k8s.io\": supported values: \"\"; a ServiceAccount is in the core group: remove apiGroup",
        "subjects[1].apiGroup: Unsupported value: \"v1\": supported values: \"rbac.authorization.k8s.io\"; a User subject takes apiGroup rbac.authorization.k8s.io: write that, or leave apiGroup out",
        "subjects[2].apiGroup: Unsupported value: \"example.com\": supported values: \"rbac.authorization.k8s.io\"; a Group subject takes apiGroup rbac.authorization.k8s.io: write that, or leave apiGroup out");

    // validateRoleBindingSubject: ValidateServiceAccountName (DNS-1123 subdomain); User names are free.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_service_account_subject_name_that_is_no_subdomain(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$"""
        {{Binding}}
        subjects:
        - {kind: ServiceAccount, name: [|Build_Bot|]}
        ---
        {{Binding}}
        subjects:
        - {kind: ServiceAccount, name: build.bot}
        - {kind: User, name: Build_Bot}
        """, V(minor),
        "subjects[0].name: Invalid value: \"Build_Bot\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; name the service account as it is written in its metadata.name (lower-case, digits, '-' and '.')");
}
