using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Pod and container security contexts as pkg/apis/core/validation/validation.go checks them
/// (ValidatePodSecurityContext, ValidateSecurityContext, validateSeccompProfileField), each rejection reported
/// by the rule of its class. Every failing manifest has a valid look-alike beside it.
/// </summary>
public class SecurityContextValidationTests
{
    private static string Pod(string name, string podContext, string containerContext = "{}") => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}}
        spec:
          securityContext: {{{podContext}}}
          containers:
          - name: web
            image: "nginx:1"
            securityContext: {{{containerContext}}}
        """;

    // ValidatePodSecurityContext: IsValidUserID / IsValidGroupID bound runAsUser, fsGroup and supplementalGroups to 0–2147483647.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_pod_ids_out_of_range(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{runAsUser: [|-1|], fsGroup: [|2147483648|], supplementalGroups: [1000, [|-5|]]}")}
        ---
        {Pod("good", "{runAsUser: 0, fsGroup: 2147483647, supplementalGroups: [1000, 0]}")}
        """, new KubernetesVersion(1, minor),
        "spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647",
        "spec.securityContext.fsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647",
        "spec.securityContext.supplementalGroups[1]: Invalid value: -5: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647");

    // ValidateSecurityContext from 1.10: IsValidUserID on a container's runAsUser, both bounds.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_container_run_as_user_out_of_range(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{}", "{runAsUser: [|4294967295|]}")}
        ---
        {Pod("good", "{}", "{runAsUser: 65534}")}
        """, new KubernetesVersion(1, minor),
        "spec.containers[0].securityContext.runAsUser: Invalid value: 4294967295: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647");

    // Before 1.10 a container's runAsUser had other wording (not read at 1.9): the container check starts at 1.10.
    [Fact]
    public Task KL1014_checks_container_run_as_user_from_1_10() =>
        ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyAsync(Pod("old", "{}", "{runAsUser: 4294967295}"), new KubernetesVersion(1, 9));

    // runAsGroup: the RunAsGroup gate is off (the field dropped) before 1.14, on from 1.14 (IsValidGroupID).
    [Fact]
    public Task KL1014_checks_run_as_group_from_1_14() => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{runAsGroup: [|-1|]}", "{runAsGroup: [|-2|]}")}
        ---
        {Pod("good", "{runAsGroup: 0}", "{runAsGroup: 3000}")}
        """, new KubernetesVersion(1, 14),
        "spec.securityContext.runAsGroup: Invalid value: -1: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647",
        "spec.containers[0].securityContext.runAsGroup: Invalid value: -2: must be between 0 and 2147483647, inclusive; use an ID from 0 to 2147483647");

    [Fact]
    public Task KL1014_leaves_run_as_group_alone_at_1_13() =>
        ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyAsync(Pod("gated", "{runAsGroup: -1}", "{runAsGroup: -2}"), new KubernetesVersion(1, 13));

    // ValidateSecurityContext: allowPrivilegeEscalation: false with privileged: true, or with capabilities.add CAP_SYS_ADMIN.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_no_escalation_beside_privileged_or_sys_admin(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{}", "{privileged: true, allowPrivilegeEscalation: [|false|]}")}
        ---
        {Pod("bad2", "{}", "{allowPrivilegeEscalation: [|false|], capabilities: {add: [CAP_SYS_ADMIN]}}")}
        ---
        {Pod("good", "{}", "{privileged: true, allowPrivilegeEscalation: true}")}
        ---
        {Pod("good2", "{}", "{privileged: false, allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}}")}
        """, new KubernetesVersion(1, minor),
        "spec.containers[0].securityContext: Invalid value: core.SecurityContext{…}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true; drop allowPrivilegeEscalation: false (a privileged container can always escalate), or drop privileged: true",
        "spec.containers[0].securityContext: Invalid value: core.SecurityContext{…}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN; drop allowPrivilegeEscalation: false, or do not add CAP_SYS_ADMIN");

    // validateSeccompProfileField (1.19+): Localhost needs localhostProfile; the finding sits on the seccompProfile key.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_localhost_seccomp_without_profile(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{[|seccompProfile|]: {type: Localhost}}", "{[|seccompProfile|]: {type: Localhost}}")}
        ---
        {Pod("good", "{seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}", "{seccompProfile: {type: RuntimeDefault}}")}
        """, new KubernetesVersion(1, minor),
        "spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost; name the profile file, relative to the kubelet's seccomp directory (localhostProfile: profiles/audit.json), or use type: RuntimeDefault",
        "spec.containers[0].securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost; name the profile file, relative to the kubelet's seccomp directory (localhostProfile: profiles/audit.json), or use type: RuntimeDefault");

    // validateSeccompProfileField: localhostProfile only with type Localhost.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_localhost_profile_without_localhost_type(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{seccompProfile: {type: RuntimeDefault, [|localhostProfile|]: profiles/audit.json}}")}
        ---
        {Pod("good", "{seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}")}
        """, new KubernetesVersion(1, minor),
        "spec.securityContext.seccompProfile.localhostProfile: Invalid value: core.SeccompProfile{…}: can only be set when seccomp type is Localhost; drop localhostProfile, or set type: Localhost to load that profile");

    // Before 1.19 seccompProfile is no field of the API (KL1001's), so validateSeccompProfileField does not run.
    [Fact]
    public Task KL1011_leaves_seccomp_alone_before_1_19() =>
        ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyAsync(Pod("old", "{seccompProfile: {type: Localhost}}"), new KubernetesVersion(1, 18));

    // A StatefulSet's pod template is not validated on create (ValidatePodTemplateSpecForStatefulSet), nor checked here.
    [Fact]
    public Task Statefulset_templates_are_not_checked() => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              securityContext: {runAsUser: -1}
              containers: [{name: db, image: "postgres:16"}]
        """, new KubernetesVersion(1, 36));
}
