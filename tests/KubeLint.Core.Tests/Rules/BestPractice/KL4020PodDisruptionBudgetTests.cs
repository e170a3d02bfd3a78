using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4020PodDisruptionBudgetTests
{
    [Fact]
    public void Fires_on_budgets_that_block_every_eviction_or_select_nothing() => RuleVerifier.Verify("KL4020", """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: zero}
        spec:
          maxUnavailable: [|0|]
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
        """);

    [Fact]
    public void Does_not_fire_on_budgets_that_leave_room() => RuleVerifier.Verify("KL4020", """
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
