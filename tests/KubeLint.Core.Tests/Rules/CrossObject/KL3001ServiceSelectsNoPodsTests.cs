using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3001ServiceSelectsNoPodsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3001ServiceSelectsNoPodsTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web, tier: frontend}
            spec:
              containers: [{name: web, image: nginx}]
        """;

    [Fact]
    public Task Fires_at_the_selector_key_the_closest_pods_miss() => Verify.VerifyAsync(Deployment + """

        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports: [{port: 80}]
          selector:
            app: web
            [|tier|]: backend
        """);

    [Fact]
    public Task Fires_at_the_selector_when_no_pod_carries_its_keys() => Verify.VerifyAsync(Deployment + """

        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          {|#0:selector|}:
            component: api
        """,
        Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage("Service \"api\" selects component=api, which no Pod or pod template in namespace \"default\" carries; no pod of this namespace among the inputs carries these label keys"));

    [Fact]
    public Task Does_not_fire_for_matching_templates_bare_pods_cronjobs_or_custom_resources() => Verify.VerifyAsync(Deployment + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: debug, labels: {app: debug}}
        spec:
          containers: [{name: sh, image: busybox}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: debug}
        spec:
          selector: {app: debug}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                metadata: {labels: {app: report}}
                spec:
                  containers: [{name: r, image: busybox}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: report}
        spec:
          selector: {app: report}
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: canary}
        spec:
          template:
            metadata: {labels: {app: canary}}
            spec:
              containers: [{name: c, image: nginx}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: canary}
        spec:
          selector: {app: canary, pod-template-hash: abc123}
        """);

    [Fact]
    public Task Does_not_fire_without_a_selector_or_for_ExternalName() => Verify.VerifyAsync(Deployment + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: manual}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: external}
        spec:
          type: ExternalName
          externalName: db.example.com
          selector: {app: nothing}
        """);

    [Fact]
    public void Matching_never_crosses_namespaces_but_says_where_the_pods_are()
    {
        using var folder = new TempFolder();
        folder.Write("all.yaml", Deployment.Replace("name: web\n", "name: web\n  namespace: prod\n") + """

            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: staging}
            spec:
              selector: {app: web}
            """);
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["all.yaml"]).Diagnostics, d => d.Id == "KL3001");
        Assert.Contains("Deployment/web in namespace \"prod\" matches", finding.Message);
        Assert.Equal(11, Assert.Single(finding.AdditionalLocations).Start.Line);
    }

    [Fact]
    public Task Objects_without_a_namespace_use_the_configured_one() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("a.yaml", Deployment), ("b.yaml", """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: team-a}
            spec:
              selector: {app: web}
            """) },
        Configuration = "namespace: team-a\n",
    });

    [Fact]
    public Task Ignored_label_keys_are_left_out_of_the_selector() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("all.yaml", Deployment + """

            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web, release: prod}
            """) },
        Configuration = "rules:\n  KL3001:\n    ignoredLabels: [release]\n",
    });

    [Fact]
    public void Is_info_when_no_pod_carries_the_selector_keys_unless_the_inputs_are_complete()
    {
        const string service = """
            apiVersion: v1
            kind: Service
            metadata: {name: exporter}
            spec:
              selector: {app.kubernetes.io/name: exporter}
            """;
        using var folder = new TempFolder();
        folder.Write("all.yaml", Deployment + "\n---\n" + service);
        var info = Assert.Single(EngineRun.Lint(folder.Path, ["all.yaml"]).Diagnostics, d => d.Id == "KL3001");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);

        folder.Write(".kubelint.yaml", "complete: true\n");
        var warning = Assert.Single(EngineRun.Lint(folder.Path, ["all.yaml"]).Diagnostics, d => d.Id == "KL3001");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }
}
