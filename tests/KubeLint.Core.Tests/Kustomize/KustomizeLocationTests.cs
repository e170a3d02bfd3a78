using KubeLint.Core.Engine;
using KubeLint.Core.Rules.CrossObject;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using ImageTag = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4001ImageTagAnalyzer>;
using InvalidName = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0005InvalidNameAnalyzer>;
using SelectorRequired = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3003SelectorRequiredAnalyzer>;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>Findings on built objects point where the offending node was written: the base for an untouched field,
/// the kustomization for a value it introduced (a prefixed name, a namespace, an image), with the kustomization as a
/// related location. Each failing case has a valid look-alike beside it.</summary>
public sealed class KustomizeLocationTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: web
                  image: IMAGE
        """;

    [Fact]
    public Task A_finding_on_a_base_field_points_at_the_base_file() => ImageTag.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "{|#0:nginx:latest|}")),
            ("base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("overlay/kustomization.yaml", "namePrefix: dev-\nresources: [../base]\n"),
        },
        ExpectedDiagnostics = { ImageTag.Diagnostic().WithLocation(0).WithMessage("Image \"nginx:latest\" uses the :latest tag; pin a version tag or a digest so every node runs the same code") },
    });

    [Fact]
    public Task A_pinned_base_image_gives_no_finding() => ImageTag.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:1.27")),
            ("base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("overlay/kustomization.yaml", "namePrefix: dev-\nresources: [../base]\n"),
        },
    });

    [Fact]
    public Task An_image_the_overlay_sets_points_at_its_images_entry() => ImageTag.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:1.27")),
            ("base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("overlay/kustomization.yaml", "resources: [../base]\nimages:\n  - {|#0:name: nginx\n    newTag: latest|}\n"),
        },
        ExpectedDiagnostics = { ImageTag.Diagnostic().WithLocation(0).WithMessage("Image \"nginx:latest\" uses the :latest tag; pin a version tag or a digest so every node runs the same code") },
    });

    /// <summary>kustomize's PrefixTransformer writes namePrefix + name; an invalid result (KL0005, after
    /// apimachinery's IsDNS1123Subdomain) stands at namePrefix.</summary>
    [Fact]
    public Task A_prefixed_name_points_at_the_name_prefix() => InvalidName.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:1.27")),
            ("base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("overlay/kustomization.yaml", "namePrefix: {|#0:Dev_|}\nresources: [../base]\n"),
        },
        ExpectedDiagnostics = { InvalidName.Diagnostic().WithLocation(0).WithMessage("name \"Dev_web\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit") },
    });

    [Fact]
    public Task A_valid_prefix_gives_no_name_finding() => InvalidName.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:1.27")),
            ("base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("overlay/kustomization.yaml", "namePrefix: dev-\nresources: [../base]\n"),
        },
    });

    [Fact]
    public void The_kustomization_is_a_related_location_of_a_base_finding()
    {
        using var folder = new TempFolder();
        folder.Write("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:latest"));
        folder.Write("base/kustomization.yaml", "resources: [deploy.yaml]\n");
        folder.Write("overlay/kustomization.yaml", "resources: [../base]\n");
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["overlay"]).Diagnostics, d => d.Id == "KL4001");
        Assert.Equal("base/deploy.yaml(12,18)", finding.Location.ToString());
        Assert.Equal("overlay/kustomization.yaml(1,1)", Assert.Single(finding.AdditionalLocations).ToString());
    }

    /// <summary>The bug: a base whose selectors come from commonLabels (kustomize's commonlabels.go field
    /// specs create spec/selector/matchLabels) gave KL3003. Built, the Deployment has its selector; the same file
    /// linted on its own still gets KL3003.</summary>
    [Fact]
    public Task A_selector_from_common_labels_is_no_missing_selector() => SelectorRequired.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("app/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers: [{name: web, image: "nginx:1.27"}]
                """),
            ("app/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n"),
            ("app/kustomization.yaml", "resources: [deploy.yaml, service.yaml]\ncommonLabels:\n  app: web\n"),
            ("plain/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                {|#0:spec|}:
                  template:
                    spec:
                      containers: [{name: web, image: "nginx:1.27"}]
                """),
        },
        AdditionalAnalyzers = { new KL3001ServiceSelectsNoPodsAnalyzer() },
        ExpectedDiagnostics = { SelectorRequired.Diagnostic().WithLocation(0).WithMessage("Deployment/web has no spec.selector, which apps/v1 requires; the apiserver rejects it: add selector.matchLabels and the same labels in the pod template") },
    });

    [Fact]
    public Task A_suppression_comment_in_a_base_file_still_suppresses() => ImageTag.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:latest # kubelint-disable-line KL4001")),
            ("base/other.yaml", Deployment.Replace("name: web", "name: other").Replace("IMAGE", "{|#0:nginx:latest|}")),
            ("base/kustomization.yaml", "resources: [deploy.yaml, other.yaml]\n"),
            ("overlay/kustomization.yaml", "resources: [../base]\n"),
        },
        ExpectedDiagnostics = { ImageTag.Diagnostic().WithLocation(0).WithMessage("Image \"nginx:latest\" uses the :latest tag; pin a version tag or a digest so every node runs the same code") },
    });

    [Fact]
    public void A_folder_walk_lints_each_overlay_through_its_base_and_plain_files_as_before()
    {
        using var folder = new TempFolder();
        folder.Write("base/deploy.yaml", Deployment.Replace("IMAGE", "nginx:latest"));
        folder.Write("base/kustomization.yaml", "resources: [deploy.yaml]\n");
        folder.Write("dev/kustomization.yaml", "namePrefix: dev-\nresources: [../base]\n");
        folder.Write("prod/kustomization.yaml", "namePrefix: prod-\nresources: [../base]\n");
        folder.Write("plain.yaml", Deployment.Replace("name: web", "name: plain").Replace("IMAGE", "nginx:latest"));
        var result = EngineRun.Lint(folder.Path, ["."]);
        Assert.Equal(
            ["Deployment/dev-web", "Deployment/plain", "Deployment/prod-web"],
            result.Workspace.Objects.Select(o => o.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["base/deploy.yaml(12,18) dev/kustomization.yaml(1,1)", "base/deploy.yaml(12,18) prod/kustomization.yaml(1,1)", "plain.yaml(12,18) "],
            result.Diagnostics.Where(d => d.Id == "KL4001").Select(d => $"{d.Location} {string.Join(' ', d.AdditionalLocations)}").Order(StringComparer.Ordinal));
    }
}
