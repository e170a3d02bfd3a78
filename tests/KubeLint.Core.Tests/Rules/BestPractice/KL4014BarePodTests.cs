using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4014BarePodTests
{
    [Fact]
    public void Fires_at_the_kind_of_a_bare_pod() => RuleVerifier.Verify("KL4014", """
        apiVersion: v1
        kind: [|Pod|]
        metadata:
          name: mysql
        spec:
          containers:
          - name: mysql
            image: mysql:8.4
        """);

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_controllers(string kind)
    {
        if (kind != "Pod")
        {
            RuleVerifier.Verify("KL4014", WorkloadManifests.Wrap(kind, """
                containers:
                - name: web
                  image: nginx:1.27
                """));
        }
    }

    [Fact]
    public void Does_not_fire_on_owned_pods_or_helm_hooks() => RuleVerifier.Verify("KL4014", """
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
