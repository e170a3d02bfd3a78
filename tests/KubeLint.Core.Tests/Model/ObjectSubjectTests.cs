using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Model;

/// <summary>A finding's subject: its object's identity and file, one instance per object, and the way back to the
/// object while the run keeps it (fixes).</summary>
public class ObjectSubjectTests
{
    private const string Manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx:latest
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          selector: {app: web}
          ports:
          - port: 80
        """;

    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx:latest
        """;

    [Fact]
    public void Every_finding_on_an_object_shares_its_one_subject()
    {
        var result = EngineRun.LintResultOf(Manifests);
        var deployment = result.Workspace.Objects[0];
        var onDeployment = result.Diagnostics.Where(d => d.Subject?.Kind == "Deployment").ToList();
        Assert.True(onDeployment.Count >= 2, string.Join("\n", result.Diagnostics));
        Assert.All(onDeployment, d => Assert.Same(deployment.Subject, d.Subject));
        Assert.Same(deployment.Subject, deployment.Subject);
        Assert.Contains(result.Diagnostics, d => d.Id == "KL4001" && ReferenceEquals(d.Subject, deployment.Subject));
    }

    [Fact]
    public void A_subject_names_its_object_and_file()
    {
        var result = EngineRun.LintResultOf(Manifests);
        var deployment = result.Workspace.Objects[0].Subject;
        Assert.Equal(
            ("Deployment", "apps/v1", "apps", "v1", "web", null, "default", "manifest.yaml", false, "Deployment/web"),
            (deployment.Kind, deployment.ApiVersion, deployment.Group, deployment.Version, deployment.Name, deployment.Namespace, deployment.EffectiveNamespace, deployment.FilePath, deployment.IsBuilt, deployment.DisplayName));
        Assert.True(Path.IsPathRooted(deployment.FileFullPath) && deployment.FileFullPath.EndsWith("/manifest.yaml", StringComparison.Ordinal), deployment.FileFullPath);

        var service = result.Workspace.Objects[1].Subject;
        Assert.Equal(("Service", "v1", "", "shop", "shop"), (service.Kind, service.ApiVersion, service.Group, service.Namespace, service.EffectiveNamespace));
    }

    [Fact]
    public void The_workspace_finds_the_object_of_its_own_subjects_only()
    {
        var result = EngineRun.LintResultOf(Manifests);
        var other = EngineRun.LintResultOf(Manifests);
        Assert.Same(result.Workspace.Objects[1], result.Workspace.ObjectOf(result.Workspace.Objects[1].Subject));
        Assert.Same(result.Workspace.Objects[0].Subject, result.Workspace.SubjectAt(0));

        // The look-alike: the same object of another run, at the same ordinal, is not this run's.
        Assert.Null(result.Workspace.ObjectOf(other.Workspace.Objects[1].Subject));
        Assert.Null(result.Workspace.ObjectOf(null));
        Assert.Null(result.Workspace.SubjectAt(2));
    }

    [Fact]
    public void A_built_object_names_the_kustomization()
    {
        using var folder = new TempFolder();
        folder.Write("base/deploy.yaml", Deployment);
        folder.Write("base/kustomization.yaml", "resources: [deploy.yaml]\n");
        folder.Write("overlay/kustomization.yaml", "resources: [../base]\n");

        var built = Assert.Single(EngineRun.Lint(folder.Path, ["overlay"]).Workspace.Objects).Subject;
        Assert.Equal((true, "overlay/kustomization.yaml"), (built.IsBuilt, built.FilePath));

        // The same file linted as itself: not built, and its own file.
        var plain = Assert.Single(EngineRun.Lint(folder.Path, ["base/deploy.yaml"]).Workspace.Objects).Subject;
        Assert.Equal((false, "base/deploy.yaml"), (plain.IsBuilt, plain.FilePath));
    }
}
