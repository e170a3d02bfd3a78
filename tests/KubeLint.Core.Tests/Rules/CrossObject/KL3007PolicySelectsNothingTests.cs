using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3007PolicySelectsNothingAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3007PolicySelectsNothingTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]

        """;

    [Fact]
    public Task Fires_for_budgets_policies_and_autoscalers_that_apply_to_nothing() => Verify.VerifyAsync(Deployment + """
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web}
        spec:
          minAvailable: 1
          {|#0:selector|}: {matchLabels: {app: webb}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: web}
        spec:
          [|podSelector|]:
            matchExpressions: [{key: app, operator: In, values: [api]}]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: agent}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: [|DaemonSet|], name: agent}
          maxReplicas: 3
        ---
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: {name: none}
        spec:
          maxUnavailable: 1
          [|selector|]: {}
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("PodDisruptionBudget/web selects app=webb, which no Pod or pod template in namespace \"default\" carries"));

    [Fact]
    public Task Does_not_fire_when_they_apply() => Verify.VerifyAsync(Deployment + """
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web}
        spec:
          minAvailable: 1
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: all}
        spec:
          maxUnavailable: 1
          selector: {}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: deny-all}
        spec:
          podSelector: {}
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 3
        """);
}
