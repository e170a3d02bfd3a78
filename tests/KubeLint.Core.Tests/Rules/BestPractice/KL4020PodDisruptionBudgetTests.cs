using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4020PodDisruptionBudgetAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4020PodDisruptionBudgetTests
{
    [Fact]
    public Task Fires_on_budgets_that_block_every_eviction_or_select_nothing() => Verify.VerifyAsync("""
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: zero}
        spec:
          maxUnavailable: {|#0:0|}
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: all}
        spec:
          minAvailable: [|100%|]
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: empty}
        spec:
          minAvailable: 1
          [|selector|]: {}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: db}
        spec:
          minAvailable: [|2|]
          selector:
            matchLabels: {app: db}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          replicas: 2
          template:
            metadata:
              labels: {app: db, tier: data}
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("PodDisruptionBudget \"zero\" sets maxUnavailable: 0, so no pod may ever be evicted and node drains hang"));

    [Fact]
    public Task Does_not_fire_on_budgets_that_leave_room() => Verify.VerifyAsync("""
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: web}
        spec:
          maxUnavailable: 1
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: db}
        spec:
          minAvailable: 2
          selector:
            matchExpressions: [{key: app, operator: In, values: [db]}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          replicas: 3
          template:
            metadata:
              labels: {app: db}
        """);
}
