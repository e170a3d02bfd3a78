using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4019UnsafeRollingUpdateTests
{
    [Fact]
    public void Fires_on_settings_that_stop_every_pod_or_cannot_progress() => RuleVerifier.Verify("KL4019", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: all-down}
        spec:
          replicas: 3
          strategy:
            rollingUpdate: {maxUnavailable: [|100%|]}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: count}
        spec:
          replicas: 3
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxUnavailable: [|3|]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: stuck}
        spec:
          strategy:
            rollingUpdate: {maxUnavailable: [|0|], maxSurge: 0%}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: [|0|]}
        """);

    [Fact]
    public void Does_not_fire_on_safe_settings() => RuleVerifier.Verify("KL4019", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: surge}
        spec:
          replicas: 3
          strategy:
            rollingUpdate: {maxSurge: 10%, maxUnavailable: 0}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: quarter}
        spec:
          replicas: 4
          strategy:
            rollingUpdate: {maxUnavailable: 25%}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: single}
        spec:
          replicas: 1
          strategy:
            rollingUpdate: {maxUnavailable: 1}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: 0, maxSurge: 1}
        """);

    // Both bounds at 0 is rejected (apps/validation ValidateRollingUpdateDeployment, ValidateRollingUpdateDaemonSet):
    // an error; 100 % unavailable is accepted and only dangerous: a warning. Above 100 % a Deployment's is KL1014's.
    [Fact]
    public void Is_an_error_only_where_the_apiserver_rejects_and_leaves_above_100_percent_to_kl1014()
    {
        var findings = RuleVerifier.LintText("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: stuck}
            spec:
              strategy:
                rollingUpdate: {maxUnavailable: 0, maxSurge: 0}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: all-down}
            spec:
              strategy:
                rollingUpdate: {maxUnavailable: 100%}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: over}
            spec:
              strategy:
                rollingUpdate: {maxUnavailable: 150%}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: over}
            spec:
              updateStrategy:
                rollingUpdate: {maxUnavailable: 150%}
            """).Where(d => d.Id is "KL4019" or "KL1014").Select(d => $"{d.Location.Start.Line} {d.Id} {d.Severity}");
        Assert.Equal(["6 KL4019 Error", "13 KL4019 Warning", "20 KL1014 Error", "27 KL4019 Warning"], findings);
    }
}
