using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Validation;

namespace KubeLint.Core.Tests.Validation;

public class PodSpecPathsTests
{
    [Theory]
    [InlineData("Pod", "spec")]
    [InlineData("Deployment", "spec.template.spec")]
    [InlineData("Job", "spec.template.spec")]
    [InlineData("CronJob", "spec.jobTemplate.spec.template.spec")]
    public void Names_each_container_by_its_list_and_index(string kind, string specPath)
    {
        var manifest = WorkloadManifests.Wrap(kind, """
            initContainers:
            - name: init
              image: init:1
            containers:
            - not a container
            - name: app
              image: app:1
            """);
        var obj = Assert.Single(EngineRun.LintResultOf(manifest).Workspace.Objects);
        var spec = Assert.Single(PodSpecPaths.Of(obj));
        Assert.Equal(specPath, spec.Path.ToString());
        Assert.Equal(
            [$"{specPath}.containers[1] app", $"{specPath}.initContainers[0] init"],
            PodSpecPaths.Containers(spec).Select(c => $"{c.Path} {c.Container.Name}"));
    }
}
