using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1014ValueOutOfRangeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1014ValueOutOfRangeTests
{
    // The kinds whose pod specs the apiserver validates (not StatefulSet: see ApiserverPodSpecScopeTests).
    private static readonly string[] Kinds = ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob"];

    // core validateProbe (ValidateNonnegativeField), validateLivenessProbe ("must be 1"),
    // ValidateResourceRequirements (ValidateResourceQuantityValue), validatePreferredSchedulingTerms /
    // validateWeightedPodAffinityTerms ("must be in the range 1-100"): every pod spec, every version.
    // Beside each: a valid look-alike (0 is defaulted for probe periods; readiness may need 3 successes).
    private const string PodSpec = """
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
            - weight: [|0|]
              preference: {matchExpressions: [{key: zone, operator: In, values: [a]}]}
            - weight: 100
              preference: {matchExpressions: [{key: zone, operator: In, values: [b]}]}
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
            - weight: [|101|]
              podAffinityTerm: {topologyKey: zone, labelSelector: {matchLabels: {app: web}}}
        containers:
        - name: app
          image: app:1
          livenessProbe:
            tcpSocket: {port: 80}
            initialDelaySeconds: [|-5|]
            periodSeconds: 0
            timeoutSeconds: 0
            successThreshold: [|3|]
          readinessProbe:
            tcpSocket: {port: 80}
            successThreshold: 3
            failureThreshold: [|-1|]
          resources:
            requests: {cpu: [|-100m|], memory: 64Mi}
            limits: {cpu: "0", memory: [|"-1Gi"|]}
        """;

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task Fires_on_out_of_range_pod_spec_values_in_every_kind(int minor)
    {
        foreach (var kind in Kinds)
        {
            await Verify.VerifyAsync(WorkloadManifests.Wrap(kind, PodSpec), new KubernetesVersion(1, minor));
        }
    }

    [Fact]
    public Task Pod_spec_messages_name_the_apiserver_path_and_wording() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", PodSpec), new KubernetesVersion(1, 22),
        "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100; use a weight from 1 to 100",
        "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100; use a weight from 1 to 100",
        "spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or equal to 0; use 0 or a positive number",
        "spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1; liveness and startup probes succeed on the first success: use 1 or leave it out",
        "spec.containers[0].readinessProbe.failureThreshold: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number",
        "spec.containers[0].resources.requests[cpu]: Invalid value: \"-100m\": must be greater than or equal to 0; a request or limit cannot be negative",
        "spec.containers[0].resources.limits[memory]: Invalid value: \"-1Gi\": must be greater than or equal to 0; a request or limit cannot be negative");

    // validateProbe: a probe's terminationGracePeriodSeconds must be > 0 where ProbeTerminationGracePeriod is on (1.25+);
    // validateTopologySpreadConstraints / ValidateMaxSkew from 1.18. Init containers without restartPolicy Always
    // may not have probes at all (another finding), so their values are not range-checked.
    [Theory]
    [InlineData(16, false, false)]
    [InlineData(22, true, false)]
    [InlineData(36, true, true)]
    public async Task Probe_grace_period_and_max_skew_follow_their_gates(int minor, bool skew, bool grace)
    {
        var spec = $$$$"""
            topologySpreadConstraints:
            - {maxSkew: {{{{(skew ? "[|0|]" : "0")}}}}, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}
            - {maxSkew: 1, topologyKey: host, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}
            initContainers:
            - name: init
              image: init:1
              livenessProbe: {exec: {command: [true]}, periodSeconds: -1}
            containers:
            - name: app
              image: app:1
              livenessProbe: {exec: {command: [true]}, terminationGracePeriodSeconds: {{{{(grace ? "[|0|]" : "0")}}}} }
              startupProbe: {exec: {command: [true]}, terminationGracePeriodSeconds: 5}
            """;
        await Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", spec), new KubernetesVersion(1, minor));
    }

    // apps ValidateDeploymentSpec / ValidateRollingUpdateDeployment (IsNotMoreThan100Percent on maxUnavailable only).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_negative_deployment_counts_and_over_100_percent(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: [|-1|]
          minReadySeconds: 0
          revisionHistoryLimit: [|-2|]
          progressDeadlineSeconds: 600
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: [|120%|], maxSurge: 200%}
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        """, new KubernetesVersion(1, minor),
        "spec.replicas: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number",
        "spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0; use 0 or a positive number",
        "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"120%\": must not be greater than 100%; use a percentage from 0% to 100%");

    [Fact]
    public Task Recreate_deployment_rolling_values_are_not_validated() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 0
          strategy: {type: Recreate, rollingUpdate: {maxUnavailable: -1}}
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        """, new KubernetesVersion(1, 22));

    // ValidateReplicaSetSpec, core ValidateReplicationControllerSpec.
    [Theory]
    [InlineData("apps/v1", "ReplicaSet", 9)]
    [InlineData("apps/v1", "ReplicaSet", 36)]
    [InlineData("v1", "ReplicationController", 16)]
    [InlineData("v1", "ReplicationController", 22)]
    public Task Fires_on_negative_replica_set_counts(string apiVersion, string kind, int minor) => Verify.VerifyAsync($$$$"""
        apiVersion: {{{{apiVersion}}}}
        kind: {{{{kind}}}}
        metadata:
          name: web
        spec:
          replicas: 0
          minReadySeconds: [|-10|]
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        """, new KubernetesVersion(1, minor));

    // ValidateStatefulSetSpec: replicas; minReadySeconds from 1.23 (StatefulSetMinReadySeconds beta); partition only
    // under RollingUpdate (apps/v1 defaults the type to RollingUpdate).
    [Theory]
    [InlineData(9, false)]
    [InlineData(16, false)]
    [InlineData(22, false)]
    [InlineData(23, true)]
    [InlineData(36, true)]
    public Task Fires_on_negative_stateful_set_counts(int minor, bool minReady) => Verify.VerifyAsync($$$$"""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          replicas: [|-3|]
          minReadySeconds: {{{{(minReady ? "[|-1|]" : "-1")}}}}
          serviceName: db
          updateStrategy:
            rollingUpdate: {partition: [|-1|]}
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers: [{name: db, image: db:1}]
        """, new KubernetesVersion(1, minor));

    // ValidateDaemonSetSpec, ValidateRollingUpdateDaemonSet: maxSurge from 1.22 (DaemonSetUpdateSurge beta); both capped at 100%.
    [Theory]
    [InlineData(9, false)]
    [InlineData(16, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public Task Fires_on_daemon_set_values(int minor, bool surge) => Verify.VerifyAsync($$$$"""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          minReadySeconds: [|-1|]
          revisionHistoryLimit: 0
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: [|"101%"|], maxSurge: {{{{(surge ? "[|-1|]" : "-1")}}}} }
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: agent:1}]
        """, new KubernetesVersion(1, minor));

    [Fact]
    public Task On_delete_daemon_set_rolling_values_are_not_validated() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          updateStrategy: {type: OnDelete, rollingUpdate: {maxUnavailable: 200%}}
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: agent, image: agent:1}]
        """, new KubernetesVersion(1, 22));

    // batch ValidateJobSpec (activeDeadlineSeconds is only non-negative there; ttlSecondsAfterFinished from 1.21).
    [Theory]
    [InlineData(9, false)]
    [InlineData(16, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public Task Fires_on_negative_job_values(int minor, bool ttl) => Verify.VerifyMessagesAsync($$$$"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: once
        spec:
          parallelism: [|-1|]
          completions: 0
          activeDeadlineSeconds: 0
          backoffLimit: [|-6|]
          ttlSecondsAfterFinished: {{{{(ttl ? "[|-1|]" : "-1")}}}}
          template:
            spec:
              restartPolicy: Never
              containers: [{name: once, image: once:1}]
        """, new KubernetesVersion(1, minor), ttl
            ? ["spec.parallelism: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number",
               "spec.backoffLimit: Invalid value: -6: must be greater than or equal to 0; use 0 or a positive number",
               "spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number"]
            : ["spec.parallelism: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number",
               "spec.backoffLimit: Invalid value: -6: must be greater than or equal to 0; use 0 or a positive number"]);

    // batch ValidateCronJobSpec, and ValidateJobSpec on the job template.
    [Theory]
    [InlineData("batch/v1beta1", 9)]
    [InlineData("batch/v1beta1", 16)]
    [InlineData("batch/v1", 22)]
    [InlineData("batch/v1", 36)]
    public Task Fires_on_negative_cron_job_values(string apiVersion, int minor) => Verify.VerifyMessagesAsync($$$$"""
        apiVersion: {{{{apiVersion}}}}
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          startingDeadlineSeconds: [|-30|]
          successfulJobsHistoryLimit: 0
          failedJobsHistoryLimit: [|-1|]
          jobTemplate:
            spec:
              completions: [|-2|]
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: job:1}]
        """, new KubernetesVersion(1, minor),
        "spec.startingDeadlineSeconds: Invalid value: -30: must be greater than or equal to 0; use 0 or a positive number",
        "spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number",
        "spec.jobTemplate.spec.completions: Invalid value: -2: must be greater than or equal to 0; use 0 or a positive number");

    // autoscaling validateHorizontalPodAutoscalerSpec: the minReplicas wording changed with HPAScaleToZero (1.16).
    [Theory]
    [InlineData("autoscaling/v1", 9, "must be greater than 0")]
    [InlineData("autoscaling/v1", 16, "must be greater than or equal to 1")]
    [InlineData("autoscaling/v2beta2", 22, "must be greater than or equal to 1")]
    [InlineData("autoscaling/v2", 36, "must be greater than or equal to 1")]
    public Task Fires_on_autoscaler_replicas_below_one(string apiVersion, int minor, string wording) => Verify.VerifyMessagesAsync($$$$"""
        apiVersion: {{{{apiVersion}}}}
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: [|0|]
          maxReplicas: [|0|]
        """, new KubernetesVersion(1, minor),
        $"spec.minReplicas: Invalid value: 0: {wording}; use 1 or more (scaling to zero needs the alpha gate HPAScaleToZero)",
        "spec.maxReplicas: Invalid value: 0: must be greater than 0; use 1 or more");

    [Fact]
    public Task Does_not_fire_on_valid_autoscaler() => Verify.VerifyAsync("""
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 1
          maxReplicas: 1
        """, new KubernetesVersion(1, 36));

    // policy ValidatePodDisruptionBudgetSpec: ValidatePositiveIntOrPercent and IsNotMoreThan100Percent on both fields.
    [Theory]
    [InlineData("policy/v1beta1", 9)]
    [InlineData("policy/v1beta1", 16)]
    [InlineData("policy/v1", 22)]
    [InlineData("policy/v1", 36)]
    public async Task Fires_on_budget_out_of_range(string apiVersion, int minor)
    {
        await Verify.VerifyAsync($$$$"""
            apiVersion: {{{{apiVersion}}}}
            kind: PodDisruptionBudget
            metadata:
              name: web
            spec:
              minAvailable: [|150%|]
              selector: {matchLabels: {app: web}}
            """, new KubernetesVersion(1, minor));
        await Verify.VerifyAsync($$$$"""
            apiVersion: {{{{apiVersion}}}}
            kind: PodDisruptionBudget
            metadata:
              name: web
            spec:
              maxUnavailable: [|-1|]
              selector: {matchLabels: {app: web}}
            """, new KubernetesVersion(1, minor));
        await Verify.VerifyAsync($$$$"""
            apiVersion: {{{{apiVersion}}}}
            kind: PodDisruptionBudget
            metadata:
              name: web
            spec:
              minAvailable: 100%
              selector: {matchLabels: {app: web}}
            """, new KubernetesVersion(1, minor));
    }

    [Fact]
    public Task Does_not_fire_on_placeholders_or_values_of_another_type() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          livenessProbe: {tcpSocket: {port: 80}, initialDelaySeconds: "-5", periodSeconds: ${PERIOD}}
          resources:
            requests: {cpu: "${CPU}", memory: "-{{ .Values.memory }}"}
        """), new KubernetesVersion(1, 36));
    // core ValidatePodSpec (activeDeadlineSeconds 1..2147483647) and validateProjectionSources (token expirationSeconds
    // 600..2^32, 1.12 on): every pod spec.
    [Theory]
    [InlineData(9, false)]
    [InlineData(16, true)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public async Task Fires_on_pod_deadline_and_token_lifetime(int minor, bool token)
    {
        var expiration = token ? "[|300|]" : "300";
        await Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Pod", $$$$"""
            activeDeadlineSeconds: [|0|]
            volumes:
            - name: token
              projected:
                sources:
                - serviceAccountToken: {path: token, expirationSeconds: {{{{expiration}}}} }
                - serviceAccountToken: {path: other, expirationSeconds: 600}
            containers:
            - name: app
              image: app:1
            """), new KubernetesVersion(1, minor), token
            ? ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive; use 1 second or more, or leave it out for no deadline",
               "spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes; use 600 seconds or more (the default is 3600)"]
            : ["spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive; use 1 second or more, or leave it out for no deadline"]);
    }

    // core validateClientIPAffinityConfig / validateAffinityTimeout: only with sessionAffinity ClientIP.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_client_ip_affinity_timeout_out_of_range(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports: [{port: 80}]
          sessionAffinity: ClientIP
          sessionAffinityConfig: {clientIP: {timeoutSeconds: [|86401|]}}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector: {app: api}
          ports: [{port: 80}]
          sessionAffinity: ClientIP
          sessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}
        """, new KubernetesVersion(1, minor),
        "spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400; use 1 to 86400 seconds (the default is 10800)");
}
