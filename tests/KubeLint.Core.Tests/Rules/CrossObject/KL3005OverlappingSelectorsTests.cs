using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3005OverlappingSelectorsTests
{
    [Fact]
    public void Fires_at_a_bare_pod_that_a_replica_set_adopts() => RuleVerifier.Verify("KL3005", """
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
    public void Fires_once_for_two_controllers_claiming_the_same_pods() => RuleVerifier.Verify("KL3005", """
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
    public void Fires_at_the_wider_selector_when_only_it_matches() => RuleVerifier.Verify("KL3005", """
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
    public void Does_not_fire_across_namespaces_for_distinct_labels_or_for_jobs() => RuleVerifier.Verify("KL3005", """
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
    // controller gave two findings with the same text, at the same place; the variant's file and line tell them apart.
    [Fact]
    public void Variants_of_one_object_are_named_with_their_file_so_no_two_findings_read_the_same()
    {
        var plain = Markup.Parse(Web(string.Empty)).Text;
        using var folder = new TempFolder();
        folder.Write("1-single.yaml", plain);
        folder.Write("2-ha.yaml", plain);
        folder.Write("3-canary.yaml", Markup.Parse(Web("-canary")).Text);
        var found = RuleVerifier.Lint(folder.Path, ["1-single.yaml", "2-ha.yaml", "3-canary.yaml"]).Diagnostics.Where(d => d.Id == "KL3005").ToList();
        Assert.Equal(["3-canary.yaml(5,3)", "3-canary.yaml(5,3)"], found.Select(d => d.Location.ToString()));
        Assert.Equal(
            [
                "Deployment/web-canary and Deployment/web (1-single.yaml:1) overlap: the selector of Deployment/web-canary (app=web) matches the pods of Deployment/web (1-single.yaml:1), so both claim the same pods and fight over them",
                "Deployment/web-canary and Deployment/web (2-ha.yaml:1) overlap: the selector of Deployment/web-canary (app=web) matches the pods of Deployment/web (2-ha.yaml:1), so both claim the same pods and fight over them",
            ],
            found.Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    // The look-alike: one definition of Deployment/web keeps the plain name.
    [Fact]
    public void A_single_definition_keeps_its_plain_name() => RuleVerifier.VerifyMessages("KL3005", [
        ("1-single.yaml", Web(string.Empty).Replace("[|selector|]", "selector", StringComparison.Ordinal)),
        ("3-canary.yaml", Web("-canary")),
    ], null,
        "Deployment/web-canary and Deployment/web overlap: the selector of Deployment/web-canary (app=web) matches the pods of Deployment/web, so both claim the same pods and fight over them");
}
