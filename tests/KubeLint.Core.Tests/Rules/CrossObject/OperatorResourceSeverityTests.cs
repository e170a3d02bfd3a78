using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>Issue #14, operators: a selector matching nothing in a namespace where the inputs hold a custom resource
/// (a group no built-in API serves) may select pods its operator creates, so KL3001 and KL3007 are info there, and
/// warnings again with <c>--complete</c>. A custom resource of another namespace changes nothing.</summary>
public class OperatorResourceSeverityTests
{
    // A pod carrying the selector's key, so that without the custom resource the finding is a warning (a likely typo).
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---

        """;

    private const string Service = """
        apiVersion: v1
        kind: Service
        metadata: {name: db, namespace: shop}
        spec:
          selector: {app: db}
          ports: [{port: 5432}]
        ---

        """;

    private const string Policy = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: {name: db, namespace: shop}
        spec:
          podSelector: {matchLabels: {app: db}}
        ---

        """;

    private static string Cluster(string ns) => $$"""
        apiVersion: postgresql.cnpg.io/v1
        kind: Cluster
        metadata: {name: db, namespace: {{ns}}}
        spec:
          instances: 3

        """;

    private const string Hint = "; the inputs hold the custom resource Cluster/db (postgresql.cnpg.io/v1) in this namespace, whose operator may create the pods";

    [Theory]
    [InlineData("KL3001", Service, "shop", false, DiagnosticSeverity.Info, true, 14)]
    [InlineData("KL3001", Service, "shop", true, DiagnosticSeverity.Warning, false, 14)]
    [InlineData("KL3001", Service, "elsewhere", false, DiagnosticSeverity.Warning, false, 14)]
    [InlineData("KL3007", Policy, "shop", false, DiagnosticSeverity.Info, true, 3)]
    [InlineData("KL3007", Policy, "shop", true, DiagnosticSeverity.Warning, false, 3)]
    [InlineData("KL3007", Policy, "elsewhere", false, DiagnosticSeverity.Warning, false, 3)]
    public void A_custom_resource_in_the_namespace_lowers_the_finding_to_info_unless_complete(string rule, string selecting, string clusterNamespace, bool complete, DiagnosticSeverity expected, bool hinted, int column)
    {
        using var folder = new TempFolder();
        folder.Write("all.yaml", Deployment + selecting + Cluster(clusterNamespace));
        var result = new LintEngine().Run(new LintOptions { Paths = ["all.yaml"], WorkingDirectory = folder.Path, Complete = complete });
        var finding = Assert.Single(result.Diagnostics, d => d.Id == rule);
        Assert.Equal(expected, finding.Severity);
        Assert.Equal(hinted, finding.Message.EndsWith(Hint, StringComparison.Ordinal));
        Assert.Equal((15, column), (finding.Location.Start.Line, finding.Location.Start.Column));
    }

    [Fact]
    public void The_message_names_the_custom_resource() => Assert.Equal(
        "Service \"db\" selects app=db, which no Pod or pod template in namespace \"shop\" carries; the closest, Deployment/web, has app=web where the selector wants app=db" + Hint,
        Assert.Single(Lint(Deployment + Service + Cluster("shop")), d => d.Id == "KL3001").Message);

    private static IReadOnlyList<Diagnostic> Lint(string text)
    {
        using var folder = new TempFolder();
        folder.Write("all.yaml", text);
        return EngineRun.Lint(folder.Path, ["all.yaml"]).Diagnostics;
    }
}
