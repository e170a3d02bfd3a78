using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4001ImageTagTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_untagged_and_latest_images_of_every_container_list(string kind) => RuleVerifier.Verify("KL4001", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: init
          image: [|busybox|]
        containers:
        - name: web
          image: [|nginx:latest|]
        - name: registry-with-port
          image: [|localhost:5000/team/app|]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_tags_digests_or_placeholders(string kind) => RuleVerifier.Verify("KL4001", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
        - name: pinned
          image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
        - name: port-and-tag
          image: localhost:5000/team/app:2.1
        - name: templated
          image: ${IMAGE}
        """));

    [Fact]
    public void Ignored_images_and_containers_are_not_reported() => RuleVerifier.Verify(
        ["KL4001"],
        [("manifest.yaml", WorkloadManifests.Wrap("Pod", """
            containers:
            - name: web
              image: vendor/tool
            - name: debug
              image: busybox
            - name: other
              image: [|alpine|]
            """))],
        config: """
            rules:
              KL4001:
                ignoredImages: ["vendor/*"]
                ignoredContainers: [debug]
            """);

    [Fact]
    public void Does_not_look_at_kinds_without_pods() => RuleVerifier.Verify("KL4001", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        data:
          image: nginx
        """);
}
