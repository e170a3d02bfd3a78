using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3009DuplicateObjectAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>KL3009: one object defined twice in a run. Identity is resource, namespace (not for cluster-scoped kinds)
/// and name; extensions and apps Deployments share storage (kubernetes/kubernetes
/// pkg/kubeapiserver/default_storage_factory_builder.go, AddCohabitatingResources), so they are one object.</summary>
public class KL3009DuplicateObjectTests
{
    private static string Deployment(string apiVersion, string name, string metadata = "") => $$$"""
        apiVersion: {{{apiVersion}}}
        kind: Deployment
        metadata:
          name: {{{name}}}{{{metadata}}}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """;

    [Fact]
    public async Task Fires_at_the_second_definition_with_the_first_as_related_location()
    {
        await Verify.VerifyAsync(new AnalyzerTest
        {
            Sources =
            {
                ("1-single.yaml", Deployment("apps/v1", "web")),
                ("2-ha.yaml", Deployment("apps/v1", "{|#0:web|}", "\n  namespace: default")),
            },
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("Deployment/web is defined twice in namespace \"default\": the first definition is at 1-single.yaml(4,9), and applying both keeps only the one applied last"),
            },
        });

        using var folder = new TempFolder();
        folder.Write("1-single.yaml", Deployment("apps/v1", "web"));
        folder.Write("2-ha.yaml", Deployment("apps/v1", "web"));
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["1-single.yaml", "2-ha.yaml"]).Diagnostics, d => d.Id == "KL3009");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(["1-single.yaml(4,9)"], finding.AdditionalLocations.Select(l => l.ToString()));
    }

    /// <summary>One folder per environment (deploy/dev, deploy/prod) is applied one folder at a time: an info there,
    /// a warning for two definitions in one folder (above).</summary>
    [Fact]
    public void Definitions_in_different_folders_are_an_info()
    {
        using var folder = new TempFolder();
        folder.Write("deploy/dev/web.yaml", Deployment("apps/v1", "web"));
        folder.Write("deploy/prod/web.yaml", Deployment("apps/v1", "web"));
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["deploy"]).Diagnostics, d => d.Id == "KL3009");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal("deploy/prod/web.yaml(4,9)", finding.Location.ToString());
        Assert.Equal(["deploy/dev/web.yaml(4,9)"], finding.AdditionalLocations.Select(l => l.ToString()));
    }

    [Fact]
    public Task Other_namespaces_kinds_and_names_are_other_objects() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("a.yaml", Deployment("apps/v1", "web")),
            ("b.yaml", Deployment("apps/v1", "web", "\n  namespace: staging") + "\n---\n" + Deployment("apps/v1", "web-canary") + """

                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80}]
                """),
        },
    });

    [Fact]
    public Task An_extensions_and_an_apps_deployment_of_one_name_are_one_object() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("1-old.yaml", Deployment("extensions/v1beta1", "web")),
            ("2-new.yaml", Deployment("apps/v1", "{|#0:web|}")),
        },
        TargetVersion = new(1, 15),
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("Deployment/web is defined twice in namespace \"default\" (as extensions/v1beta1 and apps/v1, one resource to the apiserver): the first definition is at 1-old.yaml(4,9), and applying both keeps only the one applied last"),
            },
    });

    // The look-alike: a custom resource's kind named Deployment is another resource.
    [Fact]
    public Task A_custom_resource_of_the_same_kind_name_is_another_object() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("apps.yaml", Deployment("apps/v1", "web")),
            ("cr.yaml", "apiVersion: deploy.example.com/v1\nkind: Deployment\nmetadata:\n  name: web\n"),
        },
    });

    [Fact]
    public Task A_cluster_scoped_kind_ignores_the_namespace_and_a_namespaced_one_does_not() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("rbac.yaml", """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: reader, namespace: a}
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: [|reader|], namespace: b}
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: reader, namespace: a}
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: reader, namespace: b}
        rules: []
        """) },
    });

    // kustomize (api/konfig/general.go, RecognizedKustomizationFileNames): beside a kustomization file a second
    // definition is most likely a patch of the first, so it is left alone; the same pair elsewhere is reported.
    [Fact]
    public void Files_in_a_kustomization_folder_are_left_alone()
    {
        using var folder = new TempFolder();
        folder.Write("base/deployment.yaml", Deployment("apps/v1", "web"));
        folder.Write("overlay/kustomization.yaml", "resources: [../base]\npatches: [{path: replicas.yaml}]\n");
        folder.Write("overlay/replicas.yaml", Deployment("apps/v1", "web"));
        folder.Write("plain/copy.yaml", Deployment("apps/v1", "web"));
        Assert.DoesNotContain(EngineRun.Lint(folder.Path, ["base/deployment.yaml", "overlay/replicas.yaml"]).Diagnostics, d => d.Id == "KL3009");
        Assert.Single(EngineRun.Lint(folder.Path, ["base/deployment.yaml", "plain/copy.yaml"]).Diagnostics, d => d.Id == "KL3009");
    }
}
