using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1017InconsistentFieldsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>KL1017: fields the apiserver's validation checks against each other.</summary>
public class KL1017InconsistentFieldsTests
{
    private static readonly KubernetesVersion V19 = new(1, 9);
    private static readonly KubernetesVersion V116 = new(1, 16);
    private static readonly KubernetesVersion V122 = new(1, 22);
    private static readonly KubernetesVersion V136 = new(1, 36);

    public static readonly TheoryData<string, int> ValidatedKinds = Cross(["Pod", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob"], [22, 36]);

    public static readonly TheoryData<string, int> LongRunningControllers = Cross(["Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "StatefulSet"], [9, 16, 22, 36]);

    // core/validation ValidateResourceRequirements and ValidateVolumeMounts.
    [Theory]
    [MemberData(nameof(ValidatedKinds))]
    public Task Fires_on_request_above_limit_and_mount_of_no_volume(string kind, int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {cpu: [|"2"|], memory: 1Gi}
            limits: {cpu: 1500m, memory: 1Gi}
          volumeMounts:
          - {name: [|cache|], mountPath: /cache}
        initContainers:
        - name: init
          image: init:1
          resources:
            requests: {memory: [|2Gi|]}
            limits: {memory: 1Gi}
        """), new KubernetesVersion(1, minor));

    [Theory]
    [MemberData(nameof(ValidatedKinds))]
    public Task Does_not_fire_on_consistent_requests_and_mounts(string kind, int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {cpu: "0.5", memory: 1024Mi, ephemeral-storage: 1Gi, example.com/dongle: 1}
            limits: {cpu: 500m, memory: 1Gi, example.com/dongle: "1"}
          volumeMounts:
          - {name: cache, mountPath: /cache}
        volumes:
        - name: cache
          emptyDir: {}
        """), new KubernetesVersion(1, minor));

    [Fact]
    public Task Says_what_disagrees() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              requests: {cpu: [|"2"|], nvidia.com/gpu: [|1|], example.com/dongle: 1}
              [|limits|]: {cpu: "1", nvidia.com/gpu: 2}
            volumeMounts:
            - {name: [|cache|], mountPath: /cache}
          volumes:
          - name: data
            emptyDir: {}
        """, V136,
        "spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit; request no more than the limit (1), or raise the limit",
        "spec.containers[0].resources.requests: Invalid value: \"1\": must be equal to nvidia.com/gpu limit; request exactly the limit (2): nvidia.com/gpu cannot be overcommitted",
        "spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources; set limits[example.com/dongle] equal to the request: example.com/dongle cannot be overcommitted",
        "spec.containers[0].volumeMounts[0].name: Not found: \"cache\"; name one of the pod's volumes (data) or add \"cache\" under volumes");

    [Fact]
    public Task Checks_a_PodTemplate() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: PodTemplate
        metadata:
          name: web
        template:
          spec:
            containers:
            - name: app
              image: app:1
              volumeMounts:
              - {name: [|data|], mountPath: /data}
        """, V116,
        "template.spec.containers[0].volumeMounts[0].name: Not found: \"data\"; the pod declares no volumes; add \"data\" under volumes or drop the mount");

    // Extended resources must be requested at their limit from 1.8; hugepages from 1.10 (beta, on).
    [Fact]
    public Task Checks_extended_resources_but_not_hugepages_at_1_9() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {cpu: [|"2"|], example.com/dongle: [|"1"|], hugepages-2Mi: 10Mi}
            limits: {cpu: "1", example.com/dongle: "2", hugepages-2Mi: 20Mi}
        """), V19);

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task Checks_hugepages_from_1_10(int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {memory: 1Gi, hugepages-2Mi: [|10Mi|]}
            limits: {memory: 1Gi, hugepages-2Mi: 20Mi}
        """), new KubernetesVersion(1, minor));

    [Fact]
    public Task Reports_a_missing_limits_map_on_resources() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: app
          image: app:1
          [|resources|]:
            requests: {nvidia.com/gpu: 1, cpu: 100m}
        """), V122);

    // ValidatePodTemplateSpecForStatefulSet does not validate the pod spec; ValidateStatefulSetSpec does check restartPolicy.
    [Fact]
    public Task Checks_only_restartPolicy_of_a_StatefulSet() => Verify.VerifyAsync(WorkloadManifests.Wrap("StatefulSet", """
        restartPolicy: [|Never|]
        containers:
        - name: app
          image: app:1
          resources:
            requests: {cpu: "2"}
            limits: {cpu: "1"}
          volumeMounts:
          - {name: data, mountPath: /data}
        """), V136);

    [Fact]
    public Task Does_not_fire_on_placeholders_or_unreadable_volumes() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {cpu: "${CPU}", memory: 2Gi}
            limits: {cpu: "1", memory: "{{ .Values.memory }}"}
          volumeMounts:
          - {name: data, mountPath: /data}
          - {name: "${VOLUME}", mountPath: /other}
        volumes:
        - name: "{{ .Values.volumeName }}"
          emptyDir: {}
        """), V136);

    // ValidatePodTemplateSpecForReplicaSet (Deployment, ReplicaSet), ValidateDaemonSetSpec, ValidateStatefulSetSpec, ValidatePodTemplateSpecForRC.
    [Theory]
    [MemberData(nameof(LongRunningControllers))]
    public Task Fires_on_restartPolicy_other_than_Always(string kind, int minor) => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: [|OnFailure|]
        containers:
        - name: app
          image: app:1
        """), new KubernetesVersion(1, minor),
        $"spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\"; a {kind} restarts its pods' containers whenever they exit, so drop restartPolicy or set it to Always; use a Job for work that finishes");

    [Theory]
    [MemberData(nameof(LongRunningControllers))]
    public Task Does_not_fire_on_restartPolicy_Always(string kind, int minor) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: Always
        containers:
        - name: app
          image: app:1
        """), new KubernetesVersion(1, minor));

    [Theory]
    [InlineData("Pod")]
    [InlineData("Job")]
    public Task Leaves_restartPolicy_of_pods_and_jobs_alone(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: Never
        containers:
        - name: app
          image: app:1
        """), V136);

    // ValidateVolumeDevices: block volumes are beta (on by default) from 1.13.
    [Theory]
    [InlineData(9, false)]
    [InlineData(16, true)]
    [InlineData(36, true)]
    public Task Fires_on_device_of_no_volume_from_1_13(int minor, bool fires) => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", fires ? """
        containers:
        - name: app
          image: app:1
          volumeDevices:
          - {name: [|raw|], devicePath: /dev/xvdb}
        """ : """
        containers:
        - name: app
          image: app:1
          volumeDevices:
          - {name: raw, devicePath: /dev/xvdb}
        """), new KubernetesVersion(1, minor));

    // validatePodHostNetworkDeps: with hostNetwork, an explicit hostPort must equal containerPort.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_host_network_port_mismatch(int minor) => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Deployment", """
        hostNetwork: true
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: [|8080|]}
          - {containerPort: 81, hostPort: 81}
          - {containerPort: 82}
        """), new KubernetesVersion(1, minor),
        "spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true; with hostNetwork the container listens on the node itself, so set hostPort to 80 or leave it out");

    [Fact]
    public Task Does_not_fire_on_port_mismatch_without_host_network() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        hostNetwork: false
        containers:
        - name: app
          image: app:1
          ports:
          - {containerPort: 80, hostPort: 8080}
        """), V136);

    // validatePodDNSConfig (dnsPolicy None: beta, on, from 1.10) and validatePodSpecSecurityContext (shareProcessNamespace: beta, on, from 1.12).
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_dns_none_without_config_and_shared_pid_with_host_pid(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            [|spec|]:
              dnsPolicy: None
              hostPID: true
              shareProcessNamespace: [|true|]
              containers:
              - {name: app, image: app:1}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          dnsPolicy: None
          [|dnsConfig|]:
            searches: [example.com]
          containers:
          - {name: app, image: app:1}
        """, new KubernetesVersion(1, minor),
        "spec.template.spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None; add dnsConfig with at least one nameserver, or use another dnsPolicy",
        "spec.template.spec.securityContext.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled; drop one: with hostPID the pod already sees every process of the node",
        "spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None; list the nameservers the pod resolves with, or use another dnsPolicy");

    [Fact]
    public Task Does_not_check_dns_and_pid_sharing_at_1_9() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        dnsPolicy: None
        hostPID: true
        shareProcessNamespace: true
        containers:
        - {name: app, image: app:1}
        """), V19);

    [Fact]
    public Task Does_not_fire_on_dns_none_with_nameservers() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        dnsPolicy: None
        dnsConfig:
          nameservers: [10.0.0.10]
        shareProcessNamespace: true
        containers:
        - {name: app, image: app:1}
        """), V136);

    // ValidateService and validateServiceExternalTrafficPolicy.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_service_fields_of_another_type(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          externalTrafficPolicy: [|Local|]
          healthCheckNodePort: [|30100|]
          [|loadBalancerSourceRanges|]: [10.0.0.0/8]
          [|sessionAffinityConfig|]:
            clientIP: {timeoutSeconds: 60}
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: nodes
        spec:
          type: NodePort
          clusterIP: [|None|]
          selector: {app: web}
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: alias
        spec:
          type: ExternalName
        """, new KubernetesVersion(1, minor));

    [Fact]
    public async Task Service_messages_at_1_16_and_1_36()
    {
        const string Manifest = """
            apiVersion: v1
            kind: Service
            metadata:
              name: nodes
            spec:
              type: LoadBalancer
              clusterIP: [|None|]
              externalTrafficPolicy: Cluster
              healthCheckNodePort: [|30100|]
              ports:
              - {port: 80}
            """;
        await Verify.VerifyMessagesAsync(Manifest, V116,
            "spec.clusterIP: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services; a LoadBalancer Service needs a cluster IP; drop clusterIP: None, or make the Service a headless ClusterIP one",
            "spec.healthCheckNodePort: Invalid value: 30100; healthCheckNodePort is only for LoadBalancer Services with externalTrafficPolicy: Local; drop it or set both");
        await Verify.VerifyMessagesAsync(Manifest, V136,
            "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services; a LoadBalancer Service needs a cluster IP; drop clusterIP: None, or make the Service a headless ClusterIP one",
            "spec.healthCheckNodePort: Invalid value: 30100; healthCheckNodePort is only for LoadBalancer Services with externalTrafficPolicy: Local; drop it or set both");
    }

    [Fact]
    public Task Externaltrafficpolicy_message() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          externalTrafficPolicy: [|Local|]
          [|loadBalancerSourceRanges|]: [10.0.0.0/8]
          [|sessionAffinityConfig|]:
            clientIP: {timeoutSeconds: 60}
          ports:
          - {port: 80}
        """, V122,
        "spec.externalTrafficPolicy: Invalid value: \"Local\"; externalTrafficPolicy applies only to traffic from outside the cluster, so only to NodePort and LoadBalancer Services (or ones with externalIPs); drop it from this ClusterIP Service",
        "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'; drop loadBalancerSourceRanges from this ClusterIP Service, or make it a LoadBalancer",
        "spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None; set sessionAffinity: ClientIP to use it, or drop sessionAffinityConfig");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(36)]
    public Task Does_not_fire_on_service_fields_of_their_type(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: LoadBalancer
          externalTrafficPolicy: Local
          healthCheckNodePort: 30100
          loadBalancerSourceRanges: [10.0.0.0/8]
          sessionAffinity: ClientIP
          sessionAffinityConfig:
            clientIP: {timeoutSeconds: 60}
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: headless
        spec:
          clusterIP: None
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: alias
        spec:
          type: ExternalName
          externalName: db.example.com
        """, new KubernetesVersion(1, minor));

    // ExternallyAccessible counts a ClusterIP Service with externalIPs (accepted from #119150); older minors
    // rejected it, but the rule stays silent there rather than guess the minor.
    [Fact]
    public Task Does_not_fire_on_traffic_policy_with_external_ips() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          externalIPs: [192.0.2.10]
          externalTrafficPolicy: Local
          ports:
          - {port: 80}
        """, V136);

    // Before 1.10 only loadBalancerSourceRanges and the headless NodePort are checked here.
    [Fact]
    public Task Checks_fewer_service_fields_at_1_9() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          clusterIP: [|None|]
          externalTrafficPolicy: Local
          healthCheckNodePort: 30100
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: internal
        spec:
          [|loadBalancerSourceRanges|]: [10.0.0.0/8]
          ports:
          - {port: 80}
        """, V19);

    // ServiceLBNodePortControl and ServiceLoadBalancerClass are beta (on by default) from 1.22.
    [Theory]
    [InlineData(16, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public Task Fires_on_load_balancer_only_fields_of_other_types_from_1_22(int minor, bool fires) => Verify.VerifyAsync(fires ? """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          [|allocateLoadBalancerNodePorts|]: false
          [|loadBalancerClass|]: example.com/lb
          ports:
          - {port: 80}
        """ : """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          allocateLoadBalancerNodePorts: false
          loadBalancerClass: example.com/lb
          ports:
          - {port: 80}
        """, new KubernetesVersion(1, minor));

    // apps/validation ValidateDeploymentSpec.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_progress_deadline_not_above_min_ready(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          minReadySeconds: 600
          progressDeadlineSeconds: [|600|]
          selector: {matchLabels: {app: web} }
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - {name: app, image: app:1}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: ok
        spec:
          minReadySeconds: 30
          progressDeadlineSeconds: 600
          selector: {matchLabels: {app: ok} }
          template:
            metadata: {labels: {app: ok}}
            spec:
              containers:
              - {name: app, image: app:1}
        """, new KubernetesVersion(1, minor),
        "spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds; make progressDeadlineSeconds greater than minReadySeconds (600), or a rollout fails before any pod can count as available");

    // autoscaling/validation ValidateHorizontalPodAutoscalerSpec.
    [Theory]
    [InlineData(9, "autoscaling/v1")]
    [InlineData(16, "autoscaling/v1")]
    [InlineData(22, "autoscaling/v2beta2")]
    [InlineData(36, "autoscaling/v2")]
    public Task Fires_on_min_replicas_above_max(int minor, string apiVersion) => Verify.VerifyMessagesAsync($$"""
        apiVersion: {{apiVersion}}
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 5
          maxReplicas: [|3|]
        ---
        apiVersion: {{apiVersion}}
        kind: HorizontalPodAutoscaler
        metadata:
          name: ok
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ok}
          minReplicas: 3
          maxReplicas: 3
        """, new KubernetesVersion(1, minor),
        "spec.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`; raise maxReplicas to at least minReplicas (5), or lower minReplicas");

    // rbac/validation ValidateClusterRoleBinding.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_cluster_role_binding_to_a_role(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: readers
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: [|Role|], name: reader}
        subjects:
        - {kind: Group, name: readers, apiGroup: rbac.authorization.k8s.io}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: viewers
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
        subjects:
        - {kind: Group, name: viewers, apiGroup: rbac.authorization.k8s.io}
        """, new KubernetesVersion(1, minor),
        "roleRef.kind: Unsupported value: \"Role\": supported values: \"ClusterRole\"; a ClusterRoleBinding can only grant a ClusterRole; bind a Role with a RoleBinding in its namespace");

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
