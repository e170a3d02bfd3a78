using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4001ImageTagAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4001ImageTagTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_untagged_and_latest_images_of_every_container_list(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: init
          image: {|#0:busybox|}
        containers:
        - name: web
          image: [|nginx:latest|]
        - name: registry-with-port
          image: [|localhost:5000/team/app|]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Image \"busybox\" has no tag, so it means :latest; pin a version tag or a digest so every node runs the same code"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_tags_digests_or_placeholders(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
    public Task Ignored_images_and_containers_are_not_reported() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Pod", """
            containers:
            - name: web
              image: vendor/tool
            - name: debug
              image: busybox
            - name: other
              image: [|alpine|]
            """)) },
        Configuration = """
            rules:
              KL4001:
                ignoredImages: ["vendor/*"]
                ignoredContainers: [debug]
            """,
    });

    [Fact]
    public Task Does_not_look_at_kinds_without_pods() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        data:
          image: nginx
        """);
}
