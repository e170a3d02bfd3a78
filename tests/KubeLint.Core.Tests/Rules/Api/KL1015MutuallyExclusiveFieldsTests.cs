using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1015MutuallyExclusiveFieldsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1015MutuallyExclusiveFieldsTests
{
    // The kinds whose pod specs the apiserver validates (not StatefulSet: see ApiserverPodSpecScopeTests).
    private static readonly string[] Kinds = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob"];

    // core validateHandler (probes, lifecycle hooks), validateVolumeSource, validateProjectionSources,
    // validateEnvVarValueFrom, ValidateEnvFrom: every pod spec, every version. Each conflict has a valid twin.
    private static string PodSpec(int minor) => $$$$"""
        volumes:
        - name: both
          emptyDir: {}
          [|hostPath|]: {path: /data}
        - name: one
          configMap: {name: cfg}
        - name: defaulted
        - name: nulled
          secret: {secretName: s}
          hostPath: null
        - name: bundle
          projected:
            sources:
            - secret: {name: s}
              [|configMap|]: {name: c}
            - configMap: {name: c2}
        containers:
        - name: app
          image: app:1
          livenessProbe:
            exec: {command: [true]}
            [|httpGet|]: {path: /, port: 80}
          readinessProbe:
            httpGet: {path: /, port: 80}
          {{{{(minor >= 18 ? "[|startupProbe|]" : "startupProbe")}}}}:
            periodSeconds: 5
          lifecycle:
            preStop:
              exec: {command: [true]}
              [|tcpSocket|]: {port: 80}
            postStart:
              exec: {command: [true]}
          env:
          - name: A
            value: a
            [|valueFrom|]: {fieldRef: {fieldPath: metadata.name}}
          - name: B
            valueFrom:
              configMapKeyRef: {name: c, key: b}
              [|secretKeyRef|]: {name: s, key: b}
          - name: C
            value: ""
            valueFrom: {secretKeyRef: {name: s, key: c}}
          envFrom:
          - configMapRef: {name: c}
            [|secretRef|]: {name: s}
          - secretRef: {name: s}
        """;

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task Fires_on_conflicting_fields_in_every_kind(int minor)
    {
        foreach (var kind in Kinds)
        {
            await Verify.VerifyAsync(WorkloadManifests.Wrap(kind, PodSpec(minor)), new KubernetesVersion(1, minor));
        }
    }

    [Fact]
    public Task Pod_spec_messages_name_the_apiserver_path_and_wording() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", PodSpec(22)), new KubernetesVersion(1, 22),
        "spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type; a volume has one source: keep emptyDir or hostPath, or split them into two volumes",
        "spec.volumes[4].projected.sources[0]: Forbidden: may not specify more than 1 volume type; each item of sources projects one thing: move configMap to an item of its own",
        "spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type; a probe runs one handler: keep exec or httpGet",
        "spec.containers[0].startupProbe: Required value: must specify a handler type; give a probe one of exec, httpGet, tcpSocket, grpc",
        "spec.containers[0].lifecycle.preStop.tcpSocket: Forbidden: may not specify more than 1 handler type; a lifecycle hook runs one handler: keep exec or tcpSocket",
        "spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty; set the variable from value or from valueFrom, not both",
        "spec.containers[0].env[1].valueFrom: Invalid value: \"\": may not have more than one field specified at a time; valueFrom reads one source: keep configMapKeyRef or secretKeyRef",
        "spec.containers[0].envFrom: Invalid value: \"\": may not have more than one field specified at a time; each item of envFrom reads one ConfigMap or one Secret: split it in two");

    // validateVolumeSource keeps its own order: the later source in that order is reported, wherever it is written,
    // under the apiserver's spelling of the path (cephFS, downwarAPI).
    [Fact]
    public Task Reports_the_later_source_in_the_apiservers_order() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", """
        volumes:
        - name: info
          [|downwardAPI|]: {items: [{path: name, fieldRef: {fieldPath: metadata.name}}]}
          secret: {secretName: s}
        containers:
        - name: app
          image: app:1
        """), new KubernetesVersion(1, 36),
        "spec.volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type; a volume has one source: keep secret or downwardAPI, or split them into two volumes");

    // validateHandler: grpc counts from 1.24 (GRPCContainerProbe beta), a hook's sleep from 1.30 (PodLifecycleSleepAction beta);
    // before, the apiserver drops them. ephemeral volumes count from 1.21.
    [Theory]
    [InlineData(22, false, false)]
    [InlineData(24, true, false)]
    [InlineData(36, true, true)]
    public Task Gated_handlers_and_sources_count_from_their_beta(int minor, bool grpc, bool sleep) => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", $$$$"""
        volumes:
        - name: scratch
          emptyDir: {}
          [|ephemeral|]:
            volumeClaimTemplate:
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 1Gi} }
        containers:
        - name: app
          image: app:1
          livenessProbe:
            tcpSocket: {port: 80}
            {{{{(grpc ? "[|grpc|]" : "grpc")}}}}: {port: 9090}
          readinessProbe:
            grpc: {port: 9090}
          lifecycle:
            preStop:
              httpGet: {path: /, port: 80}
              {{{{(sleep ? "[|sleep|]" : "sleep")}}}}: {seconds: 5}
        """), new KubernetesVersion(1, minor));

    // Init containers without restartPolicy Always may not have probes at all (validateInitContainers: Forbidden,
    // reported here too, on the probe); sidecars' probes are validated (1.29 on), handlers and all.
    [Fact]
    public Task Checks_sidecar_probes_only() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        initContainers:
        - name: init
          image: init:1
          [|livenessProbe|]: {exec: {command: [true]}, tcpSocket: {port: 80}}
        - name: proxy
          image: proxy:1
          restartPolicy: Always
          readinessProbe: {exec: {command: [true]}, [|tcpSocket|]: {port: 80}}
        containers:
        - name: app
          image: app:1
        """), new KubernetesVersion(1, 36));

    // apps ValidateDeploymentStrategy.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_rolling_update_of_a_recreate_deployment(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          strategy:
            type: Recreate
            [|rollingUpdate|]: {maxSurge: 1}
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          strategy:
            type: Recreate
            rollingUpdate: null
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers: [{name: app, image: app:1}]
        """, new KubernetesVersion(1, minor),
        "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'; remove rollingUpdate, or use type RollingUpdate");

    // apps ValidateStatefulSetSpec: rollingUpdate only with type RollingUpdate.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_rolling_update_of_an_on_delete_stateful_set(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          updateStrategy:
            type: OnDelete
            [|rollingUpdate|]: {partition: 1}
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers: [{name: db, image: db:1}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: cache
        spec:
          serviceName: cache
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {partition: 1}
          selector: {matchLabels: {app: cache}}
          template:
            metadata: {labels: {app: cache}}
            spec:
              containers: [{name: cache, image: cache:1}]
        """, new KubernetesVersion(1, minor),
        "spec.updateStrategy.rollingUpdate: Invalid value: only allowed for updateStrategy 'RollingUpdate'; remove rollingUpdate, or use type RollingUpdate");

    // apps ValidateRollingUpdateDaemonSet: maxSurge with a non-zero maxUnavailable, from 1.22 (DaemonSetUpdateSurge beta).
    [Theory]
    [InlineData(16, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public Task Fires_on_daemon_set_surge_beside_unavailable(int minor, bool fires) => Verify.VerifyAsync($$$$"""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: 1, maxSurge: {{{{(fires ? "[|10%|]" : "10%")}}}} }
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: agent:1}]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: surge
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: 0, maxSurge: 1}
          selector: {matchLabels: {app: surge}}
          template:
            metadata: {labels: {app: surge}}
            spec:
              containers: [{name: agent, image: agent:1}]
        """, new KubernetesVersion(1, minor));

    // policy ValidatePodDisruptionBudgetSpec.
    [Theory]
    [InlineData("policy/v1beta1", 9)]
    [InlineData("policy/v1beta1", 16)]
    [InlineData("policy/v1", 22)]
    [InlineData("policy/v1", 36)]
    public Task Fires_on_budget_with_both_bounds(string apiVersion, int minor) => Verify.VerifyMessagesAsync($$$$"""
        apiVersion: {{{{apiVersion}}}}
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          [|maxUnavailable|]: 1
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: {{{{apiVersion}}}}
        kind: PodDisruptionBudget
        metadata:
          name: api
        spec:
          maxUnavailable: 1
          selector: {matchLabels: {app: api}}
        """, new KubernetesVersion(1, minor),
        "spec: Invalid value: minAvailable and maxUnavailable cannot be both set; keep one of minAvailable and maxUnavailable");

    // networking validateIngressBackend (networking.k8s.io/v1, 1.19 on).
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_ingress_backend_with_both_kinds(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          defaultBackend:
            service: {name: web, port: {number: 80}}
            [|resource|]: {apiGroup: example.com, kind: Bucket, name: assets}
          rules:
          - http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {name: http, [|number|]: 80}}
              - path: /api
                pathType: Prefix
                backend:
                  service: {name: api, port: {name: http, number: 0}}
        """, new KubernetesVersion(1, minor),
        "spec.defaultBackend: Invalid value: \"\": cannot set both resource and service backends; a backend is a Service or a resource: keep one",
        "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number; name the Service port or give its number, not both");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task Leaves_extensions_ingress_alone(int minor) => Verify.VerifyAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          backend: {serviceName: web, servicePort: 80}
        """, new KubernetesVersion(1, minor));
}
