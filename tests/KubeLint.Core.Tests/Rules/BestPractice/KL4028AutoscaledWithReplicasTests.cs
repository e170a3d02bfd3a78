using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4028AutoscaledWithReplicasAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4028AutoscaledWithReplicasTests
{
    [Fact]
    public Task Fires_at_the_replicas_of_an_autoscaled_workload() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: {|#0:3|}
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
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("Deployment \"web\" is scaled by an autoscaler but sets replicas: 3; every apply resets it to 3 until the autoscaler reacts — remove replicas"));

    [Fact]
    public Task Does_not_fire_without_replicas_or_without_an_autoscaler() => Verify.VerifyAsync("""
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
