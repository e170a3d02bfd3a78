using System.Text.RegularExpressions;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Network.KL2009UnreplacedPlaceholderAnalyzer, KubeLint.Core.Rules.Network.KL2009UnreplacedPlaceholderFixProvider>;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2009UnreplacedPlaceholderAnalyzer>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL2009's fix: the DNS add-on placeholders filled from the kubelet's --cluster-dns and --cluster-domain.</summary>
public class KL2009FixTests
{
    private const string Template = """
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
        spec:
          clusterIP: [|$DNS_SERVER_IP|]
          ports:
          - port: 53
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
        spec:
          containers:
          - name: dns
            image: dns:1
            args: ["--domain={|#0:${DNS_DOMAIN}|}.", '--server=/{|#1:__PILLAR__DNS__DOMAIN__|}/127.0.0.1#10053']
            resources:
              limits:
                memory: [|$DNS_MEMORY_LIMIT|]
        """;

    // The placeholders in free text (args) are warnings, those in typed fields errors.
    private static readonly DiagnosticResult[] InArgs =
    [
        Fix.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning),
        Fix.Diagnostic().WithLocation(1).WithSeverity(DiagnosticSeverity.Warning),
    ];

    private static AnalyzerTest WithCluster(string? config = null)
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", Template) }, Configuration = config };
        test.ClusterFacts[ClusterFacts.ClusterDns] = "10.254.254.1";
        test.ClusterFacts[ClusterFacts.ClusterDomain] = "cluster.local";
        test.ExpectedDiagnostics.AddRange(InArgs);
        return test;
    }

    [Fact]
    public Task Fills_the_placeholders_a_cluster_fact_stands_for() => Fix.VerifyFixAsync(WithCluster(), [("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
        spec:
          clusterIP: 10.254.254.1
          ports:
          - port: 53
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
        spec:
          containers:
          - name: dns
            image: dns:1
            args: ["--domain=cluster.local.", '--server=/cluster.local/127.0.0.1#10053']
            resources:
              limits:
                memory: $DNS_MEMORY_LIMIT
        """)]);

    // The article's author chose 170Mi for the memory limit by hand; cluster.placeholders says so once, and a
    // value given there wins over the kubelet's flag (it names this very placeholder).
    [Fact]
    public Task Fills_the_placeholders_given_in_kubelint_yaml() => Fix.VerifyFixAsync(WithCluster("""
        cluster:
          placeholders:
            DNS_MEMORY_LIMIT: 170Mi
            DNS_DOMAIN: example.internal
            UNUSED: x
        """), [("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
        spec:
          clusterIP: 10.254.254.1
          ports:
          - port: 53
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
        spec:
          containers:
          - name: dns
            image: dns:1
            args: ["--domain=example.internal.", '--server=/cluster.local/127.0.0.1#10053']
            resources:
              limits:
                memory: 170Mi
        """)]);

    [Fact]
    public Task Fills_nothing_when_the_cluster_facts_are_unknown() => Fix.VerifyFixAsync(Template, Regex.Replace(Template, @"\[\||\|\]|\{\|#\d+:|\|\}", string.Empty), InArgs);

    [Fact]
    public Task The_message_says_which_fact_fills_a_placeholder() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
        spec:
          clusterIP: {|#0:$DNS_SERVER_IP|}
          externalName: {|#1:$OTHER_NAME|}
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("'$DNS_SERVER_IP' looks like an unreplaced template placeholder in clusterIP; the kubelet's --cluster-dns fills it (give it with --cluster-dns or --cluster-config, then run kubelint fix)"),
        Verify.Diagnostic().WithLocation(1).WithMessage("'$OTHER_NAME' looks like an unreplaced template placeholder in externalName"));

    [Fact]
    public void The_message_says_where_a_given_value_comes_from()
    {
        using var folder = new TempFolder();
        folder.Write(".kubelint.yaml", "cluster:\n  placeholders:\n    OTHER_NAME: dns.example.com\n");
        folder.Write("svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: kube-dns\nspec:\n  type: ExternalName\n  externalName: $OTHER_NAME\n  clusterIP: ${OTHER_IP}\n");
        var found = new LintEngine().Run(new LintOptions { Paths = ["svc.yaml"], WorkingDirectory = folder.Path })
            .Diagnostics.Where(d => d.Id == "KL2009").Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column} {d.Message}");
        Assert.Equal(
            ["7:17 '$OTHER_NAME' looks like an unreplaced template placeholder in externalName; kubelint fix fills in dns.example.com, cluster.placeholders at .kubelint.yaml(3,17)",
             "8:14 '${OTHER_IP}' looks like an unreplaced template placeholder in clusterIP"],
            found);
    }
}
