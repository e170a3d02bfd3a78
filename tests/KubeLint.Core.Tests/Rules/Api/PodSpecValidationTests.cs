using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Pod spec checks of pkg/apis/core/validation/validation.go with no other home: validatePodDNSConfig (nameservers,
/// searches, options), validateInitContainers (no probes or hooks on an init container unless it is a sidecar),
/// validateHandler → validateExecAction (an exec handler's command) and validateNFSVolumeSource (absolute paths, in
/// pods and PersistentVolumes alike). Every failing document has a valid look-alike beside it.
/// </summary>
public class PodSpecValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Pod(string name, string spec) => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{name}}}
        spec:
          containers:
          - name: web
            image: nginx:1.27
        {{spec}}
        """;

    // validatePodDNSConfig: at most MaxDNSNameservers (3), each IsValidIP; CustomPodDNS is on from 1.10.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_more_than_three_nameservers(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsPolicy: None\n  dnsConfig:\n    [|nameservers|]: [10.0.0.10, 10.0.0.11, 10.0.0.12, 10.0.0.13]")}
        ---
        {Pod("good", "  dnsPolicy: None\n  dnsConfig:\n    nameservers: [10.0.0.10, 10.0.0.11, 10.0.0.12]")}
        """, V(minor),
        "spec.dnsConfig.nameservers: Invalid value: [10.0.0.10 10.0.0.11 10.0.0.12 10.0.0.13]: must not have more than 3 nameservers; a resolver uses at most three nameservers: keep three");

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_nameserver_that_is_no_ip(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsPolicy: None\n  dnsConfig:\n    nameservers: [[|dns.local|], \"2001:db8::53\"]")}
        ---
        {Pod("good", "  dnsPolicy: None\n  dnsConfig:\n    nameservers: [10.0.0.10, \"2001:db8::53\"]")}
        """, V(minor),
        "spec.dnsConfig.nameservers[0]: Invalid value: \"dns.local\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff); give the nameserver's IP address, not its host name");

    // At 1.9 CustomPodDNS is alpha and off: the apiserver refuses dnsConfig as a whole, with other wording (not read here).
    [Fact]
    public Task KL1013_checks_nameservers_from_1_10() =>
        ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyAsync(Pod("old", "  dnsConfig:\n    nameservers: [dns.local]"), V(9));

    // Searches: MaxDNSSearchPaths 6 (256 characters) until ExpandedDNSConfig (on from 1.26: 32 and 2048); each a DNS
    // subdomain once a trailing dot is dropped; RelaxedDNSSearchValidation (on from 1.33) lets '_' and "." pass.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    public Task KL1014_fires_on_seven_search_paths_before_1_26(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsConfig:\n    [|searches|]: [a.example.com, b.example.com, c.example.com, d.example.com, e.example.com, f.example.com, g.example.com]")}
        ---
        {Pod("good", "  dnsConfig:\n    searches: [a.example.com, b.example.com, c.example.com, d.example.com, e.example.com, f.example.com]")}
        """, V(minor),
        "spec.dnsConfig.searches: Invalid value: [a.example.com b.example.com c.example.com d.example.com e.example.com f.example.com g.example.com]: must not have more than 6 search paths; keep the search list to 6 domains");

    [Fact]
    public Task KL1014_allows_32_search_paths_from_1_26() => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsConfig:\n    [|searches|]: [" + string.Join(", ", Enumerable.Range(0, 33).Select(i => $"d{i}.example.com")) + "]")}
        ---
        {Pod("good", "  dnsConfig:\n    searches: [" + string.Join(", ", Enumerable.Range(0, 32).Select(i => $"d{i}.example.com")) + "]")}
        """, V(36),
        "spec.dnsConfig.searches: Invalid value: [" + string.Join(' ', Enumerable.Range(0, 33).Select(i => $"d{i}.example.com")) + "]: must not have more than 32 search paths; keep the search list to 32 domains");

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    public Task KL1012_fires_on_a_search_domain_with_an_underscore_before_1_33(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsConfig:\n    searches: [[|my_team.svc.cluster.local|], [|Svc.cluster.local.|]]")}
        ---
        {Pod("good", "  dnsConfig:\n    searches: [my-team.svc.cluster.local, svc.cluster.local.]")}
        """, V(minor),
        "spec.dnsConfig.searches[0]: Invalid value: \"my_team.svc.cluster.local\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give a DNS domain such as svc.cluster.local (lower-case letters, digits, '-' and '.')",
        "spec.dnsConfig.searches[1]: Invalid value: \"Svc.cluster.local\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give a DNS domain such as svc.cluster.local (lower-case letters, digits, '-' and '.')");

    [Fact]
    public Task KL1012_relaxes_search_domains_from_1_33() => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsConfig:\n    searches: [[|-team.example.com|]]")}
        ---
        {Pod("good", "  dnsConfig:\n    searches: [my_team.svc.cluster.local, \".\"]")}
        """, V(36),
        "spec.dnsConfig.searches[0]: Invalid value: \"-team.example.com\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give a DNS domain such as svc.cluster.local (lower-case letters, digits, '-' and '.')");

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_a_dns_option_without_name(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "  dnsConfig:\n    options:\n    - [|value|]: \"2\"")}
        ---
        {Pod("good", "  dnsConfig:\n    options:\n    - name: ndots\n      value: \"2\"")}
        """, V(minor),
        "spec.dnsConfig.options[0]: Required value: must not be empty; name the resolver option, e.g. ndots");

    private static string WithInit(string name, string init) => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{name}}}
        spec:
          initContainers:
          - name: init
            image: busybox:1.36
        {{init}}
          containers:
          - name: web
            image: nginx:1.27
        """;

    // validateInitContainers from 1.28: Forbidden unless restartPolicy is Always (a sidecar, on from 1.29).
    [Theory]
    [InlineData(30)]
    [InlineData(36)]
    public Task KL1015_fires_on_probes_and_hooks_of_a_regular_init_container(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
        {WithInit("bad", "    [|readinessProbe|]:\n      exec:\n        command: [\"true\"]\n    [|lifecycle|]:\n      preStop:\n        exec:\n          command: [\"true\"]")}
        ---
        {WithInit("good", "    restartPolicy: Always\n    readinessProbe:\n      exec:\n        command: [\"true\"]\n    lifecycle:\n      preStop:\n        exec:\n          command: [\"true\"]")}
        """, V(minor),
        "spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always; an init container runs to completion before the others start: remove readinessProbe, or make it a sidecar with restartPolicy: Always",
        "spec.initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always; an init container runs to completion before the others start: remove lifecycle, or make it a sidecar with restartPolicy: Always");

    // Before 1.28 the refusal was an Invalid of the whole probe; startupProbe counts from 1.18, when it is kept.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    public Task KL1015_fires_on_probes_of_init_containers_before_sidecars(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
        {WithInit("bad", "    [|livenessProbe|]:\n      tcpSocket:\n        port: 80")}
        ---
        {WithInit("good", "    command: [sh, -c, \"until nslookup db; do sleep 1; done\"]")}
        """, V(minor),
        "spec.initContainers[0].livenessProbe: Invalid value: core.Probe{…}: must not be set for init containers; an init container runs to completion before the others start: remove livenessProbe");

    // At 1.28 SidecarContainers is alpha and off: restartPolicy is dropped, so the probe stays forbidden.
    [Fact]
    public Task KL1015_forbids_a_sidecar_probe_at_1_28() => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync(
        WithInit("sidecar", "    restartPolicy: Always\n    [|startupProbe|]:\n      tcpSocket:\n        port: 80"), V(28),
        "spec.initContainers[0].startupProbe: Forbidden: may not be set for init containers without restartPolicy=Always; an init container runs to completion before the others start: remove startupProbe, or make it a sidecar with restartPolicy: Always");

    // validateExecAction: an exec handler needs a command, in probes and hooks of regular containers and sidecars.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_exec_handler_without_command(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          containers:
          - name: web
            image: nginx:1.27
            livenessProbe:
              exec:
                [|command|]: []
            lifecycle:
              postStart:
                [|exec|]: {}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: good}
        spec:
          containers:
          - name: web
            image: nginx:1.27
            livenessProbe:
              exec:
                command: [cat, /tmp/healthy]
            lifecycle:
              postStart:
                exec:
                  command: [touch, /tmp/started]
        """, V(minor),
        "spec.containers[0].livenessProbe.exec.command: Required value; give the command to run, e.g. command: [cat, /tmp/healthy]",
        "spec.containers[0].lifecycle.postStart.exec.command: Required value; give the command to run, e.g. command: [cat, /tmp/healthy]");

    [Theory]
    [InlineData(29)]
    [InlineData(36)]
    public Task KL1011_fires_on_a_sidecar_exec_probe_without_command(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {WithInit("bad", "    restartPolicy: Always\n    startupProbe:\n      exec:\n        [|command|]: []")}
        ---
        {WithInit("good", "    restartPolicy: Always\n    startupProbe:\n      exec:\n        command: [\"true\"]")}
        """, V(minor),
        "spec.initContainers[0].startupProbe.exec.command: Required value; give the command to run, e.g. command: [cat, /tmp/healthy]");

    // validateNFSVolumeSource: path.IsAbs, for pod volumes (also in templates) and PersistentVolumes.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_relative_nfs_path(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: bad}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: nginx:1.27
              volumes:
              - name: data
                nfs: {server: nfs.example.com, path: [|exports/data|]}
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata: {name: bad}
        spec:
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          nfs: {server: nfs.example.com, path: [|exports|]}
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata: {name: good}
        spec:
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          nfs: {server: nfs.example.com, path: /exports}
        """, V(minor),
        "spec.template.spec.volumes[0].nfs.path: Invalid value: \"exports/data\": must be an absolute path; give the path the server exports from its root: /exports/data",
        "spec.nfs.path: Invalid value: \"exports\": must be an absolute path; give the path the server exports from its root: /exports");
    // validateSleepAction (1.30+): 1 to terminationGracePeriodSeconds (default 30); 0 allowed from 1.33.
    [Theory]
    [InlineData(30, "must be greater than 0 and less than terminationGracePeriodSeconds", "[|0|]")]
    [InlineData(36, "must be non-negative and less than terminationGracePeriodSeconds", "0")]
    public async Task KL1014_fires_on_a_sleep_hook_longer_than_the_grace_period(int minor, string wording, string zero)
    {
        var messages = new List<string>
        {
            $"spec.containers[0].lifecycle.preStop.sleep: Invalid value: 31: {wording} (30); sleep at most 30 seconds, or raise terminationGracePeriodSeconds",
        };
        if (zero.StartsWith("[|", StringComparison.Ordinal))
        {
            messages.Add($"spec.containers[0].lifecycle.preStop.sleep: Invalid value: 0: {wording} (60); sleep at least 1 second");
        }

        await ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$"""
            {{Pod("bad", "    lifecycle:\n      preStop:\n        sleep: {seconds: [|31|]}")}}
            ---
            {{Pod("zero", "    lifecycle:\n      preStop:\n        sleep: {seconds: " + zero + "}\n  terminationGracePeriodSeconds: 60")}}
            ---
            {{Pod("good", "    lifecycle:\n      preStop:\n        sleep: {seconds: 45}\n  terminationGracePeriodSeconds: 60")}}
            """, V(minor), [.. messages]);
    }
}
