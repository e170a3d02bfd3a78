using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4019UnsafeRollingUpdateAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4019UnsafeRollingUpdateTests
{
    [Fact]
    public Task Fires_on_settings_that_stop_every_pod_or_cannot_progress() => Verify.VerifyAsync("""
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
            rollingUpdate: {maxUnavailable: {|#0:0|}, maxSurge: 0%}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: {|#1:0|}}
        """,
        Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage("maxUnavailable and maxSurge are both 0, so the rollout can never replace a pod; the apiserver rejects it"),
        Verify.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Does_not_fire_on_safe_settings() => Verify.VerifyAsync("""
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
        var findings = EngineRun.LintText("""
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
