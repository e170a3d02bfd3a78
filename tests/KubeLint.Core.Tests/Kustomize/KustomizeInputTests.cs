using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.Input;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using CannotBeBuilt = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0008KustomizationCannotBeBuiltAnalyzer>;
using FeatureNotBuilt = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0007KustomizeFeatureNotBuiltAnalyzer>;
using NotAnObject = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0003NotAnObjectAnalyzer>;
using ValueOutOfRange = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Api.KL1014ValueOutOfRangeAnalyzer>;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>Patch files are no whole objects (the issue's false KL1005, KL1002, KL0003), what is not built is an info
/// (KL0007), and what kustomize refuses is an error (KL0008), each at its kustomization entry.</summary>
public sealed class KustomizeInputTests
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
              containers: [{name: web, image: "nginx:1.27"}]
        """;

    private const string PartialPatch = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n";

    private const string JsonPatch = "- op: replace\n  path: /spec/replicas\n  value: 3\n";

    /// <summary>kustomize's api/internal/builtins/PatchTransformer.go: a strategic merge patch's values, and a JSON 6902
    /// patch's, are in the built object; a finding on a patched field points at the line of the patch that wrote it,
    /// in a patch file or inline in the kustomization. The base itself is valid: no finding there.</summary>
    [Fact]
    public Task A_finding_on_a_patched_field_points_at_the_patch() => ValueOutOfRange.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
        ("app/deploy.yaml", Deployment),
        ("app/partial.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {|#0:-3|}\n"),
        ("app/kustomization.yaml", "resources: [deploy.yaml]\npatchesStrategicMerge: [partial.yaml]\n"),
        ("inline/deploy.yaml", Deployment),
        ("inline/kustomization.yaml", """
            resources: [deploy.yaml]
            patches:
              - target: {kind: Deployment, name: web}
                patch: |-
                  - op: add
                    path: /spec/minReadySeconds
                    value: [|-5|]
            """),
        },
        ExpectedDiagnostics = { ValueOutOfRange.Diagnostic().WithLocation(0).WithMessage("spec.replicas: Invalid value: -3: must be greater than or equal to 0; use 0 or a positive number") },
    });

    /// <summary>kustomize stops on a strategic merge patch whose id names no object (reswrangler.go, GetById); the
    /// look-alike names the object and builds.</summary>
    [Theory]
    [InlineData("other", true)]
    [InlineData("web", false)]
    public Task A_patch_that_matches_nothing_is_a_build_error(string name, bool rejected)
    {
        var test = new AnalyzerTest
        {
            Sources =
            {
                ("app/deploy.yaml", Deployment),
                ("app/partial.yaml", $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {(rejected ? $"{{|#0:{name}|}}" : name)}\nspec:\n  replicas: 3\n"),
                ("app/kustomization.yaml", "resources: [deploy.yaml]\npatchesStrategicMerge: [partial.yaml]\n"),
            },
        };
        if (rejected)
        {
            test.ExpectedDiagnostics.Add(CannotBeBuilt.Diagnostic().WithLocation(0).WithMessage("kustomize cannot build this: no resource matches the patch's apps/v1 Deployment other"));
        }

        return CannotBeBuilt.VerifyAsync(test);
    }

    /// <summary>A NUL character in a kustomization's value (a path no file system can hold) is KL0008 at that value,
    /// not a crash; the look-alike path builds.</summary>
    [Theory]
    [InlineData("\"deploy\\0.yaml\"", true)]
    [InlineData("deploy.yaml", false)]
    public Task A_nul_character_in_a_path_is_a_build_error(string path, bool rejected)
    {
        var test = new AnalyzerTest
        {
            Sources =
            {
                ("app/deploy.yaml", Deployment),
                ("app/kustomization.yaml", rejected ? $"resources:\n  - {{|#0:{path}|}}\npatchesStrategicMerge: [\"p\\0.yaml\"]\n" : $"resources:\n  - {path}\n"),
            },
        };
        if (rejected)
        {
            test.ExpectedDiagnostics.Add(CannotBeBuilt.Diagnostic().WithLocation(0)
                .WithArguments("this value holds a NUL character, which no path can hold; kustomize cannot build the kustomization"));
        }

        return CannotBeBuilt.VerifyAsync(test);
    }

    [Fact]
    public Task No_input_finding_on_patch_files_used_by_a_kustomization() => NotAnObject.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("app/deploy.yaml", Deployment),
            ("app/partial.yaml", PartialPatch),
            ("app/replicas.yaml", JsonPatch),
            ("app/kustomization.yaml", "resources: [deploy.yaml]\npatchesStrategicMerge: [partial.yaml]\npatchesJson6902:\n  - path: replicas.yaml\n    target: {group: apps, version: v1, kind: Deployment, name: web}\n"),
        },
        AdditionalAnalyzers = { new KL1005RequiredFieldMissingAnalyzer(), new KL1002UnknownFieldAnalyzer() },
    });

    [Fact]
    public Task The_same_patch_files_without_a_kustomization_are_still_reported() => NotAnObject.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("app/replicas.yaml", "{|#0:|}- op: replace\n  path: /spec/replicas\n  value: 3\n") },
        ExpectedDiagnostics = { NotAnObject.Diagnostic().WithLocation(0).WithMessage("the document is a list, not a Kubernetes object (a mapping with apiVersion and kind)") },
    });

    [Fact]
    public Task A_field_not_built_and_a_remote_base_are_infos_naming_them() => FeatureNotBuilt.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("app/deploy.yaml", Deployment),
            ("app/kustomization.yaml", """
                resources:
                  - deploy.yaml
                  - {|#0:github.com/example/base?ref=v1|}
                {|#1:replacements|}: []
                """),
        },
        ExpectedDiagnostics =
        {
            FeatureNotBuilt.Diagnostic().WithLocation(0).WithArguments("remote resource 'github.com/example/base?ref=v1' is not fetched (kubelint never reads the network); the build goes on without it"),
            FeatureNotBuilt.Diagnostic().WithLocation(1).WithArguments("'replacements' is not built in-process; the objects are linted without it"),
        },
    });

    [Fact]
    public Task A_kustomization_of_built_fields_only_gives_no_info() => FeatureNotBuilt.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("app/deploy.yaml", Deployment),
            ("app/kustomization.yaml", "resources: [deploy.yaml]\nnamespace: web\ncommonAnnotations: {team: a}\n"),
        },
        AdditionalAnalyzers = { new KL0008KustomizationCannotBeBuiltAnalyzer() },
    });

    /// <summary>kustomize fails on a missing resource (api/internal/target/kusttarget.go, accumulateResources), on a
    /// kustomization that leads back to itself (its cycle check: reported where the loop closes), and on an id added twice (api/resmap/reswrangler.go).</summary>
    [Fact]
    public Task What_kustomize_refuses_is_an_error_at_the_entry() => CannotBeBuilt.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("a/deploy.yaml", Deployment),
            ("a/kustomization.yaml", "resources:\n  - deploy.yaml\n  - {|#0:missing.yaml|}\n  - {|#1:deploy.yaml|}\n  - ../b\n"),
            ("b/kustomization.yaml", "resources: [{|#2:../a|}]\n"),
        },
        ExpectedDiagnostics =
        {
            CannotBeBuilt.Diagnostic().WithLocation(0).WithArguments("resource 'missing.yaml' is no file or folder here"),
            CannotBeBuilt.Diagnostic().WithLocation(1).WithArguments("Deployment 'web' is added twice to one kustomization"),
            CannotBeBuilt.Diagnostic().WithLocation(2).WithArguments("resource '../a' leads back to a kustomization already being built: a cycle"),
        },
    });

    /// <summary>kustomize lets a kustomization leave apiVersion and kind out; a walk must build it, not skip it as a
    /// document without them. A Component is built only within a kustomization that lists it.</summary>
    [Fact]
    public void A_walk_builds_a_kustomization_without_apiVersion_and_lints_no_component_alone()
    {
        using var folder = new TempFolder();
        folder.Write("app/deploy.yaml", Deployment);
        folder.Write("app/kustomization.yaml", "resources: [deploy.yaml]\nnamePrefix: a-\n");
        folder.Write("extra/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [cm.yaml]\n");
        folder.Write("extra/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        var result = EngineRun.Lint(folder.Path, ["."]);
        Assert.Equal(["Deployment/a-web"], result.Workspace.Objects.Select(o => o.DisplayName));
        Assert.Empty(result.Skipped);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "KL0003" or "KL1010" or "KL0007" or "KL0008");
    }

    [Fact]
    public void The_same_files_without_kustomization_files_are_linted_one_by_one()
    {
        using var folder = new TempFolder();
        folder.Write("app/deploy.yaml", Deployment);
        folder.Write("extra/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        var result = EngineRun.Lint(folder.Path, ["."]);
        Assert.Equal(["ConfigMap/c", "Deployment/web"], result.Workspace.Objects.Select(o => o.DisplayName).Order(StringComparer.Ordinal));
    }
}
