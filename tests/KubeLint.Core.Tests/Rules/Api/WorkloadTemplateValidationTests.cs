using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>Two apps-validation facts the apiserver parity suite found unchecked (TestData/apiserver-parity).</summary>
public class WorkloadTemplateValidationTests
{
    // pkg/apis/apps/validation/validation.go ValidatePodTemplateSpecForReplicaSet: activeDeadlineSeconds is forbidden in the
    // pod template of a ReplicaSet, and so of a Deployment; a Job's template may set it (the look-alike).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_active_deadline_in_a_deployment_or_replica_set_template(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              [|activeDeadlineSeconds|]: 600
              containers:
              - name: web
                image: nginx:1.27
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              activeDeadlineSeconds: 600
              restartPolicy: Never
              containers:
              - name: migrate
                image: busybox:1.36
        """, new KubernetesVersion(1, minor),
        "spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported; a Deployment's pods are meant to run until replaced: drop activeDeadlineSeconds, or use a Job for work with a deadline");

    [Fact]
    public Task KL1017_fires_on_active_deadline_in_a_replica_set_template_but_not_without_it() => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyAsync("""
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              [|activeDeadlineSeconds|]: 60
              containers:
              - name: web
                image: nginx:1.27
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
              - name: api
                image: nginx:1.27
        """, new KubernetesVersion(1, 36));

    // pkg/apis/apps/validation/validation.go ValidateStatefulSetSpec: ordinals.start is non-negative; the field is on by
    // default from 1.27 (StatefulSetStartOrdinal beta). Start 0 is the look-alike.
    [Theory]
    [InlineData(27)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_negative_ordinals_start(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          ordinals:
            start: [|-1|]
          selector:
            matchLabels: {app: db}
          template:
            metadata:
              labels: {app: db}
            spec:
              containers:
              - name: db
                image: postgres:17
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: cache
        spec:
          serviceName: cache
          ordinals:
            start: 0
          selector:
            matchLabels: {app: cache}
          template:
            metadata:
              labels: {app: cache}
            spec:
              containers:
              - name: cache
                image: redis:7
        """, new KubernetesVersion(1, minor),
        "spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0; use 0 or a positive number");
}
