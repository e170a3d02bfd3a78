using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3005OverlappingSelectorsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3005OverlappingSelectorsTests
{
    [Fact]
    public Task Fires_at_a_bare_pod_that_a_replica_set_adopts() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          [|labels|]:
            app: web
            role: debug
        spec:
          containers: [{name: sh, image: busybox}]
        """);

    [Fact]
    public Task Fires_once_for_two_controllers_claiming_the_same_pods() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web-canary}
        spec:
          [|selector|]: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """);

    [Fact]
    public Task Fires_at_the_wider_selector_when_only_it_matches() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web, track: stable}}
          template:
            metadata: {labels: {app: web, track: stable}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: all-web}
        spec:
          serviceName: web
          [|selector|]: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """);

    [Fact]
    public Task Does_not_fire_across_namespaces_for_distinct_labels_or_for_jobs() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: a}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: b}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: a}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers: [{name: api, image: nginx}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: a}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              restartPolicy: Never
              containers: [{name: m, image: migrate}]
        """);

    private static string Web(string track) => $$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web{{{track}}}}
        spec:
          [|selector|]: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web, track: x{{{track}}}}}
            spec:
              containers: [{name: web, image: nginx}]
        """;

    // Issue #14: two variants of one app (the same kind, namespace and name in two files) each overlapping a third
    // controller are named with their file and line. Issue #15: the three form one group, so one finding names both.
    [Fact]
    public void Variants_of_one_object_are_named_with_their_file_in_the_one_finding_of_their_group()
    {
        var plain = Markup.Parse(Web(string.Empty)).Text;
        using var folder = new TempFolder();
        folder.Write("1-single.yaml", plain);
        folder.Write("2-ha.yaml", plain);
        folder.Write("3-canary.yaml", Markup.Parse(Web("-canary")).Text);
        var found = EngineRun.Lint(folder.Path, ["1-single.yaml", "2-ha.yaml", "3-canary.yaml"]).Diagnostics.Single(d => d.Id == "KL3005");
        Assert.Equal("3-canary.yaml(5,3)", found.Location.ToString());
        Assert.Equal(["1-single.yaml(7,16)", "2-ha.yaml(7,16)"], found.AdditionalLocations.Select(l => l.ToString()));
        Assert.Equal(
            "Deployment/web-canary and 2 other controllers (Deployment/web (1-single.yaml:1), Deployment/web (2-ha.yaml:1)) overlap: each of their selectors matches the pods of another of them, so they claim the same pods and fight over them",
            found.Message);
    }

    // The look-alike: one definition of Deployment/web keeps the plain name.
    [Fact]
    public Task A_single_definition_keeps_its_plain_name() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("1-single.yaml", Web(string.Empty).Replace("[|selector|]", "selector", StringComparison.Ordinal)),
            ("3-canary.yaml", Web("-canary").Replace("[|selector|]", "{|#0:selector|}", StringComparison.Ordinal)),
        },
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("Deployment/web-canary and Deployment/web overlap: the selector of Deployment/web-canary (app=web) matches the pods of Deployment/web, so both claim the same pods and fight over them"),
            },
    });

    private static string Deployment(int i, string selectorKey = "selector") => $$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d{{{i}}}}
        spec:
          {{{selectorKey}}}: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """;

    // Issue #15: 1,000 Deployments sharing one selector gave 499,500 findings, one per pair; now one for the group, at
    // the last of them, with the first ten others as related locations and the count of all in the message. The file's
    // 8,000 infos pass its cap of 1,000; the cap keeps the most severe, so the warning is shown.
    [Fact]
    public void A_thousand_controllers_sharing_one_selector_give_one_finding_quickly()
    {
        var yaml = string.Join("---\n", Enumerable.Range(0, 1000).Select(i => Deployment(i) + "\n"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = EngineRun.LintText(yaml).Where(d => d.Id == "KL3005").ToList();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        var finding = Assert.Single(found);
        Assert.Equal("manifest.yaml(9995,3)", finding.Location.ToString());
        Assert.Equal(KubeLint.Core.Rules.CrossObject.KL3005OverlappingSelectorsAnalyzer.MaxRelated, finding.AdditionalLocations.Count);
        Assert.Equal("manifest.yaml(7,16)", finding.AdditionalLocations[0].ToString());
        Assert.Equal(
            "Deployment/d999 and 999 other controllers (Deployment/d0, Deployment/d1, Deployment/d2 and 996 more) overlap: each of their selectors matches the pods of another of them, so they claim the same pods and fight over them",
            finding.Message);
    }

    // The look-alike: three controllers with selectors of their own give nothing.
    [Fact]
    public Task Controllers_with_distinct_selectors_form_no_group() => Verify.VerifyAsync(
        string.Join("---\n", Enumerable.Range(0, 3).Select(i => Deployment(i).Replace("app: web", $"app: web{i}", StringComparison.Ordinal) + "\n")));

    [Fact]
    public Task A_bare_pod_two_controllers_claim_gets_one_finding_naming_both() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d0}
        spec:
          selector: {matchLabels: {app: web, a: "1"}}
          template:
            metadata: {labels: {app: web, a: "1"}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: d1}
        spec:
          selector: {matchLabels: {app: web, b: "1"}}
          template:
            metadata: {labels: {app: web, b: "1"}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          {|#0:labels|}: {app: web, a: "1", b: "1"}
        spec:
          containers: [{name: sh, image: busybox}]
        """) },
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("Pod/debug and 2 controllers (Deployment/d0, ReplicaSet/d1) overlap: the Pod's labels match the selector of each, so each counts it among its own pods; a ReplicaSet, ReplicationController, DaemonSet or Job among them adopts it and may delete it"),
            },
    });
}
