using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>Node ports are allocated cluster-wide (kubernetes/kubernetes pkg/registry/core/service/portallocator,
/// <c>Allocate</c>): two Services of one build claiming one is an error (KL2002), as in plain files; the same Service
/// in two overlays of one base, usually applied to different clusters, is only a warning.</summary>
public sealed class KustomizeOverlayClashTests
{
    private const string Service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: NAME\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80, nodePort: 30080}]\n";

    [Fact]
    public void One_node_port_in_two_overlays_of_one_base_is_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("base/service.yaml", Service.Replace("NAME", "web"));
        folder.Write("base/kustomization.yaml", "resources: [service.yaml]\n");
        folder.Write("dev/kustomization.yaml", "namespace: dev\nresources: [../base]\n");
        folder.Write("prod/kustomization.yaml", "namespace: prod\nresources: [../base]\n");
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["."]).Diagnostics, d => d.Id == "KL2002");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("base/service.yaml(8,32)", finding.Location.ToString());
    }

    [Fact]
    public void One_node_port_twice_in_one_build_is_still_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("app/a.yaml", Service.Replace("NAME", "a"));
        folder.Write("app/b.yaml", Service.Replace("NAME", "b"));
        folder.Write("app/kustomization.yaml", "resources: [a.yaml, b.yaml]\n");
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["."]).Diagnostics, d => d.Id == "KL2002");
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("app/b.yaml(8,32)", finding.Location.ToString());
    }
}
