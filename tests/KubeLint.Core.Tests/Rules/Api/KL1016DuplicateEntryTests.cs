using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1016DuplicateEntryAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>KL1016: entries the apiserver's validation (pkg/apis/core/validation/validation.go) requires to be unique.</summary>
public class KL1016DuplicateEntryTests
{
    private static readonly KubernetesVersion V19 = new(1, 9);
    private static readonly KubernetesVersion V116 = new(1, 16);
    private static readonly KubernetesVersion V122 = new(1, 22);
    private static readonly KubernetesVersion V136 = new(1, 36);

    /// <summary>Kinds whose pod spec the apiserver validates (StatefulSet's it does not), at minors that serve all of them.</summary>
    public static readonly TheoryData<string, int> ValidatedKinds = Cross(["Pod", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob"], [22, 36]);

    // ValidateVolumes, ValidateVolumeMounts, AccumulateUniqueHostPorts: every minor.
    [Theory]
    [MemberData(nameof(ValidatedKinds))]
    public Task Fires_on_repeated_volume_name_mount_path_and_host_port(string kind, int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: 8080}
          volumeMounts:
          - {name: data, mountPath: /data}
          - {name: cache, mountPath: [|/data|]}
        - name: proxy
          image: proxy:1
          ports:
          - {containerPort: 81, hostPort: [|8080|]}
        volumes:
        - name: data
          emptyDir: {}
        - name: [|data|]
          emptyDir: {}
        - name: cache
          emptyDir: {}
        """), new KubernetesVersion(1, minor));

    [Theory]
    [MemberData(nameof(ValidatedKinds))]
    public Task Does_not_fire_on_distinct_entries(string kind, int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: 8080}
          - {containerPort: 80, hostPort: 8080, protocol: UDP}
          volumeMounts:
          - {name: data, mountPath: /data}
          - {name: data, mountPath: /data/sub, subPath: sub}
        - name: proxy
          image: proxy:1
          ports:
          - {containerPort: 81, hostPort: 8080, hostIP: 10.0.0.1}
          volumeMounts:
          - {name: data, mountPath: /data}
        volumes:
        - name: data
          emptyDir: {}
        - name: cache
          emptyDir: {}
        """), new KubernetesVersion(1, minor));

    // validateInitContainers checks each init container's host ports on its own: they run one after another.
    [Fact]
    public Task Checks_init_containers_one_by_one() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        initContainers:
        - name: one
          image: init:1
          ports:
          - {containerPort: 80, hostPort: 9000}
          - {containerPort: 81, hostPort: [|9000|]}
        - name: two
          image: init:1
          ports:
          - {containerPort: 80, hostPort: 9000}
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: 9000}
        """), V122);

    [Fact]
    public Task Says_what_is_duplicated_and_where_the_first_is() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            ports:
            - {containerPort: 80, hostPort: 8080}
            - {containerPort: 81, hostPort: [|8080|]}
            volumeMounts:
            - {name: data, mountPath: /data}
            - {name: data, mountPath: [|/data|]}
          volumes:
          - name: data
            emptyDir: {}
          - name: [|data|]
            emptyDir: {}
        """, V136,
        "spec.containers[0].ports[1].hostPort: Duplicate value: \"8080/TCP\"; use another host port; a pod can claim each host port only once (first at line 10)",
        "spec.containers[0].volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique; mount one volume per path in a container (first at line 13)",
        "spec.volumes[1].name: Duplicate value: \"data\"; give each volume its own name (first at line 16)");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task Fires_at_older_minors(int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          volumeMounts:
          - {name: data, mountPath: /data}
          - {name: data, mountPath: [|/data|]}
        volumes:
        - name: data
          emptyDir: {}
        - name: [|data|]
          hostPath: {path: /srv}
        """), new KubernetesVersion(1, minor));

    // ValidatePodTemplateSpecForStatefulSet does not validate the template's spec.
    [Fact]
    public Task Does_not_fire_on_a_StatefulSet() => Verify.VerifyAsync(WorkloadManifests.Wrap("StatefulSet", """
        containers:
        - name: app
          image: app:1
          volumeMounts:
          - {name: data, mountPath: /data}
          - {name: data, mountPath: /data}
        volumes:
        - name: data
          emptyDir: {}
        - name: data
          emptyDir: {}
        """), V136);

    [Fact]
    public Task Does_not_fire_on_placeholders() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: 8080, protocol: "${PROTO}"}
          - {containerPort: 81, hostPort: 8080}
          volumeMounts:
          - {name: data, mountPath: "${DIR}"}
          - {name: data, mountPath: "${DIR}"}
        volumes:
        - name: "{{ .Values.volume }}"
          emptyDir: {}
        - name: "{{ .Values.volume }}"
          emptyDir: {}
        """), V136);

    // ValidateVolumeDevices: block volumes are beta (on by default) from 1.13.
    [Fact]
    public Task Fires_on_devices_that_repeat_or_overlap_mounts() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: app
          image: app:1
          volumeMounts:
          - {name: data, mountPath: /dev/xvda}
          volumeDevices:
          - {name: [|data|], devicePath: [|/dev/xvda|]}
          - {name: raw, devicePath: /dev/xvdb}
          - {name: [|raw|], devicePath: [|/dev/xvdb|]}
        volumes:
        - name: data
          persistentVolumeClaim: {claimName: data}
        - name: raw
          persistentVolumeClaim: {claimName: raw}
        """), V122);

    [Fact]
    public Task Devices_messages() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: app
          image: app:1
          volumeMounts:
          - {name: data, mountPath: /dev/xvda}
          volumeDevices:
          - {name: raw, devicePath: [|/dev/xvda|]}
          - {name: [|raw|], devicePath: /dev/xvdb}
        volumes:
        - name: data
          persistentVolumeClaim: {claimName: data}
        - name: raw
          persistentVolumeClaim: {claimName: raw}
        """), V136,
        "spec.containers[0].volumeDevices[0].devicePath: Invalid value: \"/dev/xvda\": must not already exist as a path in volumeMounts; use a path no volume is mounted at (mounted at line 10)",
        "spec.containers[0].volumeDevices[1].name: Invalid value: \"raw\": must be unique; attach each volume as a device once (first at line 12)");

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    public Task Does_not_check_devices_before_block_volumes_are_on(int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          volumeDevices:
          - {name: raw, devicePath: /dev/xvdb}
          - {name: raw, devicePath: /dev/xvdb}
        volumes:
        - name: raw
          persistentVolumeClaim: {claimName: raw}
        """), new KubernetesVersion(1, minor));

    // ValidateSpreadConstraintNotRepeat: topology spread constraints are beta (on by default) from 1.18.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_repeated_spread_constraint(int minor) => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
        topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}
        - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}
        - {maxSkew: 2, topologyKey: [|zone|], whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}
        """), new KubernetesVersion(1, minor),
        "spec.template.spec.topologySpreadConstraints[2].{topologyKey, whenUnsatisfiable}: Duplicate value: \"{zone, DoNotSchedule}\"; merge the constraints or change one's topologyKey or whenUnsatisfiable (first at line 15)");

    [Fact]
    public Task Does_not_check_spread_constraints_while_alpha() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
        topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}
        - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}
        """), V116);

    // validateSchedulingGates (beta, on, from 1.27) and validateResizePolicy (beta, on, from 1.33).
    [Fact]
    public Task Fires_on_repeated_scheduling_gate_and_resize_policy() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", """
        schedulingGates:
        - name: example.com/quota
        - name: [|example.com/quota|]
        containers:
        - name: app
          image: app:1
          resizePolicy:
          - {resourceName: cpu, restartPolicy: NotRequired}
          - {resourceName: memory, restartPolicy: RestartContainer}
          - {resourceName: [|cpu|], restartPolicy: RestartContainer}
        """), V136,
        "spec.schedulingGates[1]: Duplicate value: \"example.com/quota\"; list each scheduling gate once (first at line 7)",
        "spec.containers[0].resizePolicy[2]: Duplicate value: \"cpu\"; give each resource one resize policy (first at line 13)");

    [Fact]
    public Task Does_not_check_gates_and_resize_policies_before_they_are_on() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        schedulingGates:
        - name: example.com/quota
        - name: example.com/quota
        containers:
        - name: app
          image: app:1
          resizePolicy:
          - {resourceName: cpu, restartPolicy: NotRequired}
          - {resourceName: cpu, restartPolicy: NotRequired}
        """), V122);

    // ValidateService: (port, protocol) pairs are unique.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_repeated_service_port_and_protocol(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          selector: {app: dns}
          ports:
          - {name: dns, port: 53, protocol: UDP}
          - {name: dns-tcp, port: 53, protocol: TCP}
          - {name: metrics, port: 9153}
          - {name: dns-again, port: [|53|], protocol: UDP}
          - {name: metrics-again, port: [|9153|], protocol: TCP}
        """, new KubernetesVersion(1, minor),
        "spec.ports[3]: Duplicate value: \"53/UDP\"; expose each port and protocol once per Service (first at line 8)",
        "spec.ports[4]: Duplicate value: \"9153/TCP\"; expose each port and protocol once per Service (first at line 10)");

    [Fact]
    public Task Does_not_check_service_ports_at_1_9() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - {name: a, port: 80}
          - {name: b, port: 80}
        """, V19);

    // ValidateConfigMap: a key in binaryData may not also be in data (binaryData is new in 1.10).
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_a_key_in_data_and_binaryData(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          app.conf: "x=1"
          logo.txt: "logo"
        binaryData:
          logo.png: aGVsbG8=
          [|logo.txt|]: aGVsbG8=
        """, new KubernetesVersion(1, minor),
        "binaryData: Invalid value: \"logo.txt\": duplicate of key present in data; keep the key in data or in binaryData, not both (data has it at line 7)");

    [Fact]
    public Task Does_not_check_configmap_keys_at_1_9() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          a: "1"
        binaryData:
          a: aGVsbG8=
        """, V19);

    private static TheoryData<string, int> Cross(string[] kinds, int[] minors)
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in kinds)
        {
            foreach (var minor in minors)
            {
                data.Add(kind, minor);
            }
        }

        return data;
    }
}
