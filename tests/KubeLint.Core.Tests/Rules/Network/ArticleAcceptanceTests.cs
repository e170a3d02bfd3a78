using KubeLint.Core.Engine;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Rules.Network;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using ClusterIp = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2004ClusterIpOutsideServiceCidrAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

/// <summary>The article's cluster: apiserver <c>--service-cluster-ip-range=10.254.0.0/16</c>, kube-dns at
/// 10.254.254.1, kubelet <c>--cluster-dns=10.254.254.1 --cluster-domain=cluster.local</c>. It lints
/// clean; changing one fact gives the expected rule at the right place.</summary>
public class ArticleAcceptanceTests
{
    [Fact]
    public Task The_article_set_up_lints_clean() => Verify(null);

    [Theory]
    [InlineData("apiserver", "10.254.0.0/16", "10.100.0.0/16", "kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2004:10.254.254.1|}", "kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL2006:10.254.254.1|}")]
    [InlineData("kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2007:10.254.254.2|}", null, null, null, null, null, null)]
    [InlineData("kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2004:10.0.0.10|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns=10.254.0.10", "kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2007:10.254.254.1|}", null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL2006:10.0.0.10|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-domain=cluster.local", "--cluster-domain=example.com", "kube-dns.yaml", "--domain=cluster.local.", "--domain={|KL2008:cluster.local.|}", null, null, null)]
    [InlineData("kube-dns.yaml", "--domain=cluster.local.", "--domain={|KL2008:corp.local.|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL9001:10.254.254|}", null, null, null, null, null, null)]
    public Task Changing_one_fact_gives_the_expected_rule(string file, string from, string to, string? file2, string? from2, string? to2, string? file3, string? from3, string? to3) =>
        Verify(Messages[to], (file, from, to), (file2, from2, to2), (file3, from3, to3));

    /// <summary>The message of the first finding each change above marks, by the marked text.</summary>
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["10.100.0.0/16"] = "clusterIP 10.254.254.1 is outside the service CIDR 10.100.0.0/16 (from apiserver(14,52))",
        ["clusterIP: {|KL2007:10.254.254.2|}"] = "clusterIP 10.254.254.2 of the cluster DNS Service Service/kube-dns is not the kubelet's cluster DNS address 10.254.254.1 (kubelet(14,29)); pods would query an address nothing answers",
        ["clusterIP: {|KL2004:10.0.0.10|}"] = "clusterIP 10.0.0.10 is outside the service CIDR 10.254.0.0/16 (from apiserver(14,52)); the kubelets hand pods the cluster DNS address 10.254.254.1 (kubelet(14,29)): use it",
        ["--cluster-dns=10.254.0.10"] = "clusterIP 10.254.254.1 of the cluster DNS Service Service/kube-dns is not the kubelet's cluster DNS address 10.254.0.10 (kubelet(14,29)); pods would query an address nothing answers",
        ["--cluster-dns={|KL2006:10.0.0.10|}"] = "cluster DNS address 10.0.0.10 (kubelet(14,29)) is outside the service CIDR 10.254.0.0/16 (from apiserver(14,52)); pods would send DNS queries to an address no Service can have",
        ["--cluster-domain=example.com"] = "kube-dns --domain 'cluster.local.' disagrees with the kubelet's cluster domain 'example.com' (kubelet(14,59))",
        ["--domain={|KL2008:corp.local.|}"] = "kube-dns --domain 'corp.local.' disagrees with the kubelet's cluster domain 'cluster.local' (kubelet(14,59))",
        ["--cluster-dns={|KL9001:10.254.254|}"] = "cluster-dns: '10.254.254' is not an IP address",
    };

    [Fact]
    public void The_two_node_port_services_collide_only_together()
    {
        using var folder = new TempFolder();
        folder.Write("svc-httpd.yml", File.ReadAllText(RepoPaths.Sample("article/svc-httpd.yml")));
        folder.Write("app-wordpress.yml", File.ReadAllText(RepoPaths.Sample("article/app-wordpress.yml")));

        var together = EngineRun.Lint(folder.Path, ["svc-httpd.yml", "app-wordpress.yml"]).Diagnostics.Where(d => d.Id.StartsWith("KL20", StringComparison.Ordinal)).ToList();

        // The article's "<適切なパスワード>" ("a suitable password") stand-ins are left in env values.
        Assert.Equal(["app-wordpress.yml(43,14)", "app-wordpress.yml(53,14)"], together.Where(d => d.Id == "KL2009").Select(d => d.Location.ToString()));
        var finding = Assert.Single(together, d => d.Id != "KL2009");
        Assert.Equal(("KL2002", "svc-httpd.yml", 21, 17), (finding.Id, finding.Location.Path, finding.Location.Start.Line, finding.Location.Start.Column));
        var related = Assert.Single(finding.AdditionalLocations);
        Assert.Equal(("app-wordpress.yml", 11, 17), (related.Path, related.Start.Line, related.Start.Column));

        Assert.DoesNotContain(EngineRun.Lint(folder.Path, ["svc-httpd.yml"]).Diagnostics, d => d.Id == "KL2002");
        Assert.DoesNotContain(EngineRun.Lint(folder.Path, ["app-wordpress.yml"]).Diagnostics, d => d.Id == "KL2002");
    }

    [NeedsSharedFact]
    public void The_kube_dns_template_has_each_placeholder_flagged()
    {
        var folder = Path.Combine(RepoPaths.Shared!, "corpus", "upstream", "kubernetes-addons");
        var result = new LintEngine().Run(new LintOptions { Paths = ["kube-dns.yaml.sed"], WorkingDirectory = folder });
        var found = result.Diagnostics.Where(d => d.Id.StartsWith("KL20", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.Start.Line}:{d.Location.Start.Column}-{d.Location.End.Column} {d.Severity} {d.Message[..d.Message.IndexOf('\'', 1)]}'")
            .ToList();

        Assert.Equal(
        [
            "KL2009 33:14-28 Error '$DNS_SERVER_IP'",
            "KL2009 124:21-38 Error '$DNS_MEMORY_LIMIT'",
            "KL2009 147:20-31 Warning '$DNS_DOMAIN'",
            "KL2009 193:21-32 Warning '$DNS_DOMAIN'",
            "KL2009 231:66-77 Warning '$DNS_DOMAIN'",
            "KL2009 232:63-74 Warning '$DNS_DOMAIN'",
        ], found);
    }

    /// <summary>Lints the article with every network rule and KL9001 (KL2011, off by default, switched on), after the
    /// changes; the first span the changes mark is a finding with <paramref name="message"/>.</summary>
    private static Task Verify(string? message, params (string? File, string? From, string? To)[] changes)
    {
        var files = new Dictionary<string, string>
        {
            ["kube-dns.yaml"] = File.ReadAllText(RepoPaths.Sample("article/kube-dns.yaml")),
            ["apiserver"] = File.ReadAllText(RepoPaths.Sample("article/cluster/apiserver")),
            ["kubelet"] = File.ReadAllText(RepoPaths.Sample("article/cluster/kubelet")),
        };
        foreach (var (file, from, to) in changes.Where(c => c.File is not null))
        {
            Assert.Contains(from!, files[file!]);
            files[file!] = files[file!].Replace(from!, to);
        }

        var test = new AnalyzerTest
        {
            Sources = { ("kube-dns.yaml", files["kube-dns.yaml"]) },
            ClusterFiles = { ("apiserver", files["apiserver"]), ("kubelet", files["kubelet"]) },
            Configuration = "rules:\n  KL2011: warning\n",
            AdditionalAnalyzers =
            {
                new KL2001NodePortOutOfRangeAnalyzer(), new KL2002NodePortClaimedTwiceAnalyzer(), new KL2003NodePortWithoutNodePortsAnalyzer(),
                new KL2005DuplicateClusterIpAnalyzer(), new KL2006ClusterDnsOutsideServiceCidrAnalyzer(), new KL2007ClusterDnsMismatchAnalyzer(),
                new KL2008ClusterDomainAnalyzer(), new KL2009UnreplacedPlaceholderAnalyzer(), new KL2010InvalidPortAnalyzer(),
                new KL2011NodePortExposedAnalyzer(), new KL9001ConfigurationAnalyzer(),
            },
        };
        if (message is not null)
        {
            var first = test.Sources.Concat(test.ClusterFiles).Select(f => (f.Path, At: f.Markup.IndexOf("{|KL", StringComparison.Ordinal))).First(f => f.At >= 0);
            var markup = files[first.Path];
            var id = markup.Substring(first.At + 2, 6);
            var keyed = string.Concat(markup.AsSpan(0, first.At), "{|#0:", markup.AsSpan(first.At + 9));
            ReplaceFile(test, first.Path, keyed);
            test.ExpectedDiagnostics.Add(ClusterIp.Diagnostic(id).WithLocation(0).WithMessage(message));
        }

        return ClusterIp.VerifyAsync(test);
    }

    private static void ReplaceFile(AnalyzerTest test, string path, string markup)
    {
        var source = test.Sources.FindIndex(f => f.Path == path);
        if (source >= 0)
        {
            test.Sources[source] = (path, markup);
            return;
        }

        test.ClusterFiles[test.ClusterFiles.FindIndex(f => f.Path == path)] = (path, markup);
    }
}
