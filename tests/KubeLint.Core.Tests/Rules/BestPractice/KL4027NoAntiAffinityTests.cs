using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4027NoAntiAffinityAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4027NoAntiAffinityTests
{
    [Theory]
    [InlineData("Deployment")]
    [InlineData("StatefulSet")]
    [InlineData("ReplicaSet")]
    [InlineData("ReplicationController")]
    public Task Fires_on_replicas_that_nothing_spreads(string kind) => Verify.VerifyAsync($$"""
        apiVersion: apps/v1
        kind: {{kind}}
        metadata: {name: web}
        spec:
          replicas: {|#0:3|}
          template:
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments(kind, "web", 3));

    [Fact]
    public Task Does_not_fire_when_spread_or_single() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: anti}
        spec:
          replicas: 3
          template:
            spec:
              affinity:
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 100
                    podAffinityTerm:
                      labelSelector: {matchLabels: {app: anti}}
                      topologyKey: kubernetes.io/hostname
              containers: [{name: web, image: "nginx:1.27"}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: spread}
        spec:
          replicas: 3
          template:
            spec:
              topologySpreadConstraints:
              - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway}
              containers: [{name: web, image: "nginx:1.27"}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: host-port}
        spec:
          replicas: 100
          template:
            spec:
              containers: [{name: agent, image: "agent:1", ports: [{containerPort: 6666, hostPort: 6666}]}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: host-network}
        spec:
          replicas: 3
          template:
            spec:
              hostNetwork: true
              containers: [{name: agent, image: "agent:1", ports: [{containerPort: 9100}]}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: single}
        spec:
          replicas: 1
          template:
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
        """);
}
