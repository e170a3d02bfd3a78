using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4015SingleReplicaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4015SingleReplicaTests
{
    [Fact]
    public Task Fires_on_one_replica_or_none() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: {|#0:1|}
          template:
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        [|spec|]:
          serviceName: db
          template:
            spec:
              containers: [{name: db, image: "postgres:17"}]
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("Deployment \"web\" runs a single replica; a node drain or a crash takes the service down"));

    [Fact]
    public Task Does_not_fire_on_several_replicas_zero_or_autoscaled_workloads() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: paused
        spec:
          replicas: 0
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: scaled
        spec:
          replicas: 1
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: scaled
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: scaled}
          minReplicas: 2
          maxReplicas: 5
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: not-this-rules-kind
        spec:
          replicas: 1
        """);

    [Fact]
    public Task An_autoscaler_in_another_namespace_does_not_count() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: a
        spec:
          replicas: [|1|]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
          namespace: b
        spec:
          scaleTargetRef: {kind: Deployment, name: web}
        """);
}
