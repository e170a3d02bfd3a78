using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>What the stages before analysis hand on: the cluster profile as a value of every action's context, and
/// the configuration issues they found, which the engine reports as KL9001 whichever rules need the profile.</summary>
public class EngineStagesTests
{
    private const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - port: 80
        """;

    private const string Kubelet = """
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS:
          - 10.96.0.10
        """;

    private const string NotClusterSettings =
        "'cluster.yaml' holds no kubeadm ClusterConfiguration, KubeletConfiguration or kube-apiserver static pod with cluster settings";

    [Fact]
    public void An_action_reads_the_cluster_profile_from_its_context()
    {
        using var folder = new TempFolder();
        folder.Write("svc.yaml", Service);

        var withRange = Lint(folder, new Dictionary<string, string> { [ClusterProperties.For(ClusterFacts.ServiceClusterIpRange)] = "10.96.0.0/12" }, new ClusterProbe());
        var finding = Assert.Single(withRange.Diagnostics);
        Assert.Equal(("KLT100", "svc.yaml", 1, 1), (finding.Id, finding.Location.Path, finding.Location.Start.Line, finding.Location.Start.Column));
        Assert.Equal("Service/web meets 10.96.0.0/12 (from --service-cluster-ip-range)", finding.Message);

        // The look-alike: no source gives a service CIDR, so the probe sees none.
        Assert.Empty(Lint(folder, [], new ClusterProbe()).Diagnostics);
    }

    [Fact]
    public void A_cluster_file_without_cluster_settings_is_KL9001_though_no_cluster_rule_runs()
    {
        using var folder = new TempFolder();
        folder.Write("svc.yaml", Service);
        var clusterFile = folder.Write("cluster.yaml", Service);

        var result = Lint(folder, new Dictionary<string, string> { [ClusterProperties.ConfigFiles] = clusterFile }, new KL9001ConfigurationAnalyzer());
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(("KL9001", "cluster.yaml", 1, 1, DiagnosticSeverity.Warning), (finding.Id, finding.Location.Path, finding.Location.Start.Line, finding.Location.Start.Column, finding.Severity));
        Assert.Equal(NotClusterSettings, finding.Message);

        // The look-alike: a kubelet configuration is a cluster file.
        folder.Write("cluster.yaml", Kubelet);
        Assert.Empty(Lint(folder, new Dictionary<string, string> { [ClusterProperties.ConfigFiles] = clusterFile }, new KL9001ConfigurationAnalyzer()).Diagnostics);
    }

    [Fact]
    public void Configuration_issues_are_found_but_not_reported_where_KL9001_does_not_run()
    {
        // As in the custom rules' worker, which runs no built-in rule: its parent reports the issues once.
        using var folder = new TempFolder();
        folder.Write("svc.yaml", Service);
        var clusterFile = folder.Write("cluster.yaml", Service);

        var result = Lint(folder, new Dictionary<string, string> { [ClusterProperties.ConfigFiles] = clusterFile }, new ClusterProbe());
        Assert.Empty(result.Diagnostics);
        Assert.Equal(NotClusterSettings, Assert.Single(result.ConfigurationIssues).Message);
    }

    private static LintResult Lint(TempFolder folder, Dictionary<string, string> properties, KubeAnalyzer analyzer) =>
        new LintEngine().Run(new LintOptions
        {
            Paths = ["svc.yaml"],
            WorkingDirectory = folder.Path,
            UseBuiltInAnalyzers = false,
            CustomRules = false,
            AdditionalAnalyzers = [analyzer],
            Properties = properties,
        });

    /// <summary>Reports each Service with the service CIDRs its context's cluster profile holds.</summary>
    private sealed class ClusterProbe : KubeAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("KLT100", "Cluster probe", "{0} meets {1}", RuleCategories.Network, DiagnosticSeverity.Warning);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterObjectAction(
                ctx =>
                {
                    if (ctx.Cluster.ServiceCidrs.Count > 0)
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object.File, ctx.Object.Root.Span), ctx.Object.DisplayName, ctx.Cluster.DescribeServiceCidrs()));
                    }
                },
                "Service");
    }
}
