using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

public class PodContainersTests
{
    [Fact]
    public void Yields_every_list_with_its_role_and_knows_sidecars()
    {
        var obj = Load(WorkloadManifests.Wrap("Deployment", """
            initContainers:
            - {name: setup, image: "busybox:1.36"}
            - {name: proxy, image: "envoy:1", restartPolicy: Always}
            containers:
            - {name: web, image: "nginx:1.27"}
            ephemeralContainers:
            - {name: debug, image: "busybox:1.36"}
            """));
        var containers = PodContainers.Of(obj).Select(c => (c.Name, c.Role, c.IsSidecar)).ToList();
        Assert.Equal(
            [("web", ContainerRole.Regular, false), ("setup", ContainerRole.Init, false), ("proxy", ContainerRole.Init, true), ("debug", ContainerRole.Ephemeral, false)],
            containers);
        Assert.Equal(["web", "proxy"], PodContainers.LongRunning(obj).Select(c => c.Name));
    }

    [Theory]
    [InlineData("Pod")]
    [InlineData("CronJob")]
    [InlineData("StatefulSet")]
    public void Finds_the_pod_spec_of_each_kind(string kind) =>
        Assert.Equal(["web"], PodContainers.Of(Load(WorkloadManifests.Wrap(kind, "containers: [{name: web}]"))).Select(c => c.Name));

    [Fact]
    public void Finds_the_template_of_a_pod_template_object()
    {
        var obj = Load("apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    containers: [{name: web}]\n");
        Assert.Equal(["web"], PodContainers.Of(obj).Select(c => c.Name));
    }

    [Fact]
    public void Deepest_key_points_at_the_block_that_exists()
    {
        var obj = Load(WorkloadManifests.Wrap("Pod", """
            containers:
            - name: a
            - name: b
              resources: {}
            - name: c
              resources:
                requests: {cpu: 1}
            """));
        var anchors = PodContainers.Of(obj).Select(c => c.DeepestKey("resources", "requests") is YScalar s ? s.Value : "?").ToList();
        Assert.Equal(["a", "resources", "requests"], anchors);
    }

    private static KubeObject Load(string text) =>
        new ManifestLoader().LoadText("m.yaml", text).Documents.SelectMany(d => d.Objects).Single();
}
