using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>The article's WordPress containers find MySQL by its Service name. As written they give no
/// KL3010–KL3013 finding; each mistake a new user might make gives exactly one, at the host (or port)
/// inside the value, naming the Service it should have named.</summary>
public class ServiceHostNameArticleTests
{
    private static readonly string[] ArticleFiles = ["app-wordpress.yml", "app-wordpress2.yml", "app-wordpress3.yml", "svc-httpd.yml", "kube-dns.yaml"];

    private static readonly string[] Rules = ["KL3010", "KL3011", "KL3012", "KL3013"];

    [Fact]
    public void The_article_examples_have_no_host_name_finding() => Assert.Empty(LintArticle([]));

    [Theory]
    [InlineData("app-wordpress.yml", "value: wordpress-mysql\n", "value: wordpres-mysql\n",
        "KL3010 app-wordpress.yml(49,14,49,28) host name \"wordpres-mysql\" in env WORDPRESS_DB_HOST of container \"wordpress\" names no Service in the pod's namespace \"default\"; did you mean Service \"wordpress-mysql\"?")]
    [InlineData("app-wordpress2.yml", "value: wordpress-mysql\n", "value: wordpress-mysql:5432\n",
        "KL3012 app-wordpress2.yml(45,34,45,38) port 5432 of host name \"wordpress-mysql\" in env WORDPRESS_DB_HOST of container \"wordpress\": Service \"wordpress-mysql\" (namespace \"replicaset-demo\") exposes 3306, so connections to 5432 fail")]
    [InlineData("app-wordpress3.yml", "value: wordpress-mysql\n", "value: wordpress-mysql.deployment-demo.svc.cluster.lcoal\n",
        "KL3011 app-wordpress3.yml(43,18,43,67) host name \"wordpress-mysql.deployment-demo.svc.cluster.lcoal\" in env WORDPRESS_DB_HOST of container \"wordpress\" ends in \"cluster.lcoal\", which is not the cluster domain \"cluster.local\" (Kubernetes' default): it will not resolve; write wordpress-mysql.deployment-demo.svc.cluster.local (Service \"wordpress-mysql\" in namespace \"deployment-demo\")")]
    public void Each_mistake_gives_one_finding_at_the_host(string file, string original, string broken, string expected)
    {
        var finding = Assert.Single(LintArticle([(file, original, broken)]));
        Assert.Equal(expected, $"{finding.Id} {finding.Location.Path}({finding.Location.Start.Line},{finding.Location.Start.Column},{finding.Location.End.Line},{finding.Location.End.Column}) {finding.Message}");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("value: wordpress-mysql.default\n", 18)]
    [InlineData("value: 'wordpress-mysql.default'\n", 19)]
    public void The_service_in_prod_is_named_when_the_host_says_default(string broken, int column)
    {
        // The case: the Deployment and its Services moved to prod, the host still says default.
        // app-wordpress.yml stays out: its wordpress-mysql names no namespace and so is in default.
        var toProd = ("app-wordpress3.yml", "namespace: deployment-demo", "namespace: prod");
        var finding = Assert.Single(LintArticle([toProd, ("app-wordpress3.yml", "value: wordpress-mysql\n", broken)], ArticleFiles[1..]));
        Assert.Equal($"KL3010 app-wordpress3.yml(43,{column},43,{column + 23})", $"{finding.Id} {finding.Location.Path}({finding.Location.Start.Line},{finding.Location.Start.Column},{finding.Location.End.Line},{finding.Location.End.Column})");
        Assert.Equal(
            "host name \"wordpress-mysql.default\" in env WORDPRESS_DB_HOST of container \"wordpress\" names no Service in namespace \"default\"; Service \"wordpress-mysql\" is in namespace \"prod\": write wordpress-mysql.prod",
            finding.Message);

        // With app-wordpress.yml the default namespace has a wordpress-mysql: the name resolves.
        Assert.Empty(LintArticle([toProd, ("app-wordpress3.yml", "value: wordpress-mysql\n", broken)]));
    }

    private static List<Diagnostic> LintArticle((string File, string Original, string Broken)[] edits, string[]? files = null)
    {
        files ??= ArticleFiles;
        using var folder = new TempFolder();
        foreach (var name in files)
        {
            var text = CrossObjectTestData.Sample(name).ReplaceLineEndings("\n");
            foreach (var (file, original, broken) in edits.Where(e => e.File == name))
            {
                Assert.Contains(original, text);
                text = text.Replace(original, broken, StringComparison.Ordinal);
            }

            folder.Write(name, text);
        }

        return EngineRun.Lint(folder.Path, files).Diagnostics.Where(d => Rules.Contains(d.Id)).ToList();
    }
}
