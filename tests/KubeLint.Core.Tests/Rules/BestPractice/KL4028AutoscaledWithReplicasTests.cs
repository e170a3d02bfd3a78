using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4028AutoscaledWithReplicasTests
{
    [Fact]
    public void Fires_at_the_replicas_of_an_autoscaled_workload() => RuleVerifier.Verify("KL4028", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: [|3|]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: queue}
        spec:
          replicas: [|2|]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
        ---
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata: {name: queue}
        spec:
          scaleTargetRef: {kind: StatefulSet, name: queue}
        """);

    [Fact]
    public void Does_not_fire_without_replicas_or_without_an_autoscaler() => RuleVerifier.Verify("KL4028", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: fixed}
        spec:
          replicas: 3
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {kind: Deployment, name: web}
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: other-kind}
        spec:
          scaleTargetRef: {kind: StatefulSet, name: fixed}
        """);
}
