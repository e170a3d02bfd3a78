using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4014BarePodAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4014BarePodTests
{
    [Fact]
    public Task Fires_at_the_kind_of_a_bare_pod() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: {|#0:Pod|}
        metadata:
          name: mysql
        spec:
          containers:
          - name: mysql
            image: mysql:8.4
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("Pod \"mysql\" is not managed by a controller; if it or its node fails, nothing recreates it — use a Deployment, StatefulSet or Job"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public async Task Does_not_fire_on_controllers(string kind)
    {
        if (kind != "Pod")
        {
            await Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
                containers:
                - name: web
                  image: nginx:1.27
                """));
        }
    }

    [Fact]
    public Task Does_not_fire_on_owned_pods_or_helm_hooks() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: owned
          ownerReferences:
          - {apiVersion: apps/v1, kind: ReplicaSet, name: web-1, uid: 0b6f}
        spec:
          containers:
          - {name: web, image: "nginx:1.27"}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: test-connection
          annotations:
            helm.sh/hook: test
        spec:
          containers:
          - {name: wget, image: "busybox:1.36"}
        """);
}
