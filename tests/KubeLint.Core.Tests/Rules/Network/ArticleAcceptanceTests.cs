using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

/// <summary>The article's cluster: apiserver <c>--service-cluster-ip-range=10.254.0.0/16</c>, kube-dns at
/// 10.254.254.1, kubelet <c>--cluster-dns=10.254.254.1 --cluster-domain=cluster.local</c>. It lints
/// clean; changing one fact gives the expected rule at the right place.</summary>
public class ArticleAcceptanceTests
{
    private static readonly string[] NetworkRules = Enumerable.Range(1, 11).Select(i => $"KL20{i:00}").Append("KL9001").ToArray();

    [Fact]
    public void The_article_set_up_lints_clean() => Verify();

    [Theory]
    [InlineData("apiserver", "10.254.0.0/16", "10.100.0.0/16", "kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2004:10.254.254.1|}", "kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL2006:10.254.254.1|}")]
    [InlineData("kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2007:10.254.254.2|}", null, null, null, null, null, null)]
    [InlineData("kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2004:10.0.0.10|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns=10.254.0.10", "kube-dns.yaml", "clusterIP: 10.254.254.1", "clusterIP: {|KL2007:10.254.254.1|}", null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL2006:10.0.0.10|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-domain=cluster.local", "--cluster-domain=example.com", "kube-dns.yaml", "--domain=cluster.local.", "--domain={|KL2008:cluster.local.|}", null, null, null)]
    [InlineData("kube-dns.yaml", "--domain=cluster.local.", "--domain={|KL2008:corp.local.|}", null, null, null, null, null, null)]
    [InlineData("kubelet", "--cluster-dns=10.254.254.1", "--cluster-dns={|KL9001:10.254.254|}", null, null, null, null, null, null)]
    public void Changing_one_fact_gives_the_expected_rule(string file, string from, string to, string? file2, string? from2, string? to2, string? file3, string? from3, string? to3) =>
        Verify((file, from, to), (file2, from2, to2), (file3, from3, to3));

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

    private static void Verify(params (string? File, string? From, string? To)[] changes)
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

        ClusterVerifier.Verify(NetworkRules, new ClusterVerifier.Setup
        {
            Inputs = [("kube-dns.yaml", files["kube-dns.yaml"])],
            ClusterFiles = [("apiserver", files["apiserver"]), ("kubelet", files["kubelet"])],
        });
    }
}
