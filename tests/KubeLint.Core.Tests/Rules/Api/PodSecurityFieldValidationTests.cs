using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Sysctls (validateSysctls, ValidateHostSysctl), AppArmor annotations and fields (ValidateAppArmorPodAnnotations,
/// ValidateAppArmorProfileField) and ephemeral containers on create (ValidatePodCreate, ValidatePodTemplateSpec,
/// validateEphemeralContainers), all of pkg/apis/core/validation/validation.go. Every failing document has a valid
/// look-alike beside it.
/// </summary>
public class PodSecurityFieldValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Pod(string name, string spec, string metadata = "", string container = "") => $$"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {{name}}
        {{metadata}}
        spec:
        {{spec}}
          containers:
          - name: web
            image: nginx:1.27
        {{container}}
        """;

    private const string SysctlPattern = @"^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_sysctl_name_the_pattern_refuses(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  securityContext:\n    sysctls:\n    - {name: [|Net.core.somaxconn|], value: \"1024\"}\n    - {name: [|kernel..msgmax|], value: \"1\"}")}
        ---
        {Pod("good", "  securityContext:\n    sysctls:\n    - {name: net.core.somaxconn, value: \"1024\"}\n    - {name: net/ipv4/ip_local_port_range, value: \"1024 65535\"}")}
        """, V(minor),
        $"spec.securityContext.sysctls[0].name: Invalid value: \"Net.core.somaxconn\": must have at most 253 characters and match regex {SysctlPattern}; write the kernel parameter in lower case, its parts separated by '.' (or '/'), e.g. net.core.somaxconn",
        $"spec.securityContext.sysctls[1].name: Invalid value: \"kernel..msgmax\": must have at most 253 characters and match regex {SysctlPattern}; write the kernel parameter in lower case, its parts separated by '.' (or '/'), e.g. net.core.somaxconn");

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task KL1011_fires_on_a_sysctl_without_name(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  securityContext:\n    sysctls:\n    - {[|name|]: \"\", value: \"1\"}")}
        ---
        {Pod("good", "  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: \"1\"}")}
        """, V(minor),
        "spec.securityContext.sysctls[0].name: Required value; name the kernel parameter, e.g. net.ipv4.ip_local_port_range");

    [Fact]
    public async Task KL1016_fires_on_a_repeated_sysctl_from_1_27()
    {
        var markup = $"""
            {Pod("bad", "  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: \"1\"}\n    - {name: [|kernel.shm_rmid_forced|], value: \"0\"}")}
            ---
            {Pod("good", "  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: \"1\"}\n    - {name: kernel.msgmax, value: \"65536\"}")}
            """;
        await ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync(markup, V(36), "spec.securityContext.sysctls[1].name: Duplicate value: \"kernel.shm_rmid_forced\"; set each kernel parameter once");
        await ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyAsync(markup.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal), V(22));
    }

    [Theory]
    [InlineData(27)]
    [InlineData(36)]
    public Task KL1017_fires_on_a_namespaced_sysctl_shared_with_the_host(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  hostNetwork: true\n  hostIPC: true\n  securityContext:\n    sysctls:\n    - {name: [|net.ipv4.ip_local_port_range|], value: \"1024 65535\"}\n    - {name: [|kernel.shmmax|], value: \"1\"}")}
        ---
        {Pod("good", "  hostNetwork: true\n  securityContext:\n    sysctls:\n    - {name: kernel.shm_rmid_forced, value: \"1\"}")}
        """, V(minor),
        "spec.securityContext.sysctls[0].name: Invalid value: \"net.ipv4.ip_local_port_range\": may not be specified when 'hostNetwork' is true; a pod on the host's network cannot set its network sysctls: drop the sysctl or hostNetwork",
        "spec.securityContext.sysctls[1].name: Invalid value: \"kernel.shmmax\": may not be specified when 'hostIPC' is true; a pod in the host's IPC namespace cannot set its IPC sysctls: drop the sysctl or hostIPC");

    private const string Annotation = "container.apparmor.security.beta.kubernetes.io";

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task KL1017_and_KL1013_fire_on_apparmor_annotations(int minor)
    {
        var good = Pod("good", "", $"  annotations:\n    {Annotation}/web: runtime/default");
        await ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"{Pod("bad", "", $"  annotations:\n    [|{Annotation}/nginx|]: runtime/default")}\n---\n{good}", V(minor),
            $"metadata.annotations[{Annotation}/nginx]: Invalid value: \"nginx\": container not found; name one of the pod's containers after the '/': web");
        await ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"{Pod("bad", "", $"  annotations:\n    {Annotation}/web: [|docker-default|]")}\n---\n{good}", V(minor),
            $"metadata.annotations[{Annotation}/web]: Invalid value: \"docker-default\": invalid AppArmor profile name: \"docker-default\"; use runtime/default, unconfined or localhost/<profile loaded on the node>");
    }

    [Fact]
    public Task KL1017_reads_apparmor_annotations_of_pod_templates() => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
              annotations:
                [|{{Annotation}}/proxy|]: unconfined
                {{Annotation}}/web: unconfined
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
        """, V(36),
        $"spec.template.metadata.annotations[{Annotation}/proxy]: Invalid value: \"proxy\": container not found; name one of the pod's containers after the '/': web");

    [Theory]
    [InlineData(30)]
    [InlineData(36)]
    public async Task Apparmor_profile_fields_are_checked_from_1_30(int minor)
    {
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
            {Pod("bad", "", container: "    securityContext:\n      appArmorProfile:\n        [|type|]: Localhost")}
            ---
            {Pod("good", "", container: "    securityContext:\n      appArmorProfile: {type: Localhost, localhostProfile: k8s-deny-write}")}
            """, V(minor),
            "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost; name the profile loaded on the node, e.g. localhostProfile: k8s-apparmor-example-deny-write");
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
            {Pod("bad", "  securityContext:\n    appArmorProfile:\n      type: RuntimeDefault\n      [|localhostProfile|]: k8s-deny-write")}
            ---
            {Pod("good", "  securityContext:\n    appArmorProfile: {type: RuntimeDefault}")}
            """, V(minor),
            "spec.securityContext.appArmorProfile.localhostProfile: Invalid value: can only be set when AppArmor type is Localhost; remove localhostProfile, or set type: Localhost (it is RuntimeDefault)");
        await ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
            {Pod("bad", "", container: "    securityContext:\n      appArmorProfile: {{type: Localhost, localhostProfile: [|\" k8s-deny-write\"|]}}")}
            ---
            {Pod("good", "", container: "    securityContext:\n      appArmorProfile: {{type: Localhost, localhostProfile: k8s-deny-write}}")}
            """.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal), V(minor),
            "spec.containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: \" k8s-deny-write\": must not be padded with whitespace; write the profile name without spaces: k8s-deny-write");
    }

    [Theory]
    [InlineData(23)]
    [InlineData(36)]
    public Task KL1015_fires_on_ephemeral_containers_on_create(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$"""
        {{Pod("bad", "  [|ephemeralContainers|]:\n  - name: debug\n    image: busybox:1.36\n    [|ports|]: [{containerPort: 80}]\n    volumeMounts:\n    - {name: data, mountPath: /data, [|subPath|]: logs}\n  volumes: [{name: data, emptyDir: {}}]")}}
        ---
        {{Pod("good", "  volumes: [{name: data, emptyDir: {}}]")}}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: bad}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: web, image: "nginx:1.27"}]
              [|ephemeralContainers|]: [{name: debug, image: "busybox:1.36"}]
        """, V(minor),
        "spec.ephemeralContainers: Forbidden: cannot be set on create; add ephemeral containers to a running pod with kubectl debug; remove them from the manifest",
        "spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container; remove ports: an ephemeral container is a debugging aid the pod does not depend on",
        "spec.ephemeralContainers[0].volumeMounts[0].subPath: Forbidden: cannot be set for an Ephemeral Container; mount the whole volume: subpaths are bind mounts that outlive the ephemeral container",
        "spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template; remove ephemeralContainers: they are added to running pods with kubectl debug, never templated");
    private static string Windows(string name, string podOptions, string hostNetwork) => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{name}}}
        spec:
        {{hostNetwork}}
          securityContext:
            windowsOptions: {{podOptions}}
          containers:
          - name: web
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          - name: sidecar
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
        """;

    // validateWindowsHostProcessPod (1.23+): one value for pod and container, all containers or none, the host's network.
    [Theory]
    [InlineData(23)]
    [InlineData(26)]
    [InlineData(36)]
    public Task KL1017_fires_on_inconsistent_host_process_pods(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$"""
        {{Windows("no-network", "{hostProcess: [|true|]}", "")}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: contradicts}
        spec:
          hostNetwork: true
          securityContext:
            windowsOptions: {hostProcess: true}
          containers:
          - name: web
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          - name: [|sidecar|]
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
            securityContext:
              windowsOptions: {hostProcess: [|false|]}
        ---
        {{Windows("good", "{hostProcess: true}", "  hostNetwork: true")}}
        ---
        {{Windows("none", "{runAsUserName: ContainerUser}", "")}}
        """, V(minor),
        "spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers; set hostNetwork: true: HostProcess containers run in the node's network namespace",
        "spec: Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers; make every container a HostProcess one (set windowsOptions.hostProcess: true on the pod), or none",
        "spec.containers[1].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true; set hostProcess once, in the pod's securityContext.windowsOptions, or the same value in both");

    [Fact]
    public Task KL1017_fires_on_a_pod_with_some_host_process_containers() => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata: {name: mixed}
        spec:
          hostNetwork: true
          containers:
          - name: web
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
            securityContext:
              windowsOptions: {hostProcess: true}
          - name: [|sidecar|]
            image: mcr.microsoft.com/windows/nanoserver:ltsc2022
        """, V(36),
        "spec: Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers; make every container a HostProcess one (set windowsOptions.hostProcess: true on the pod), or none");
}
