using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>The article's manifests are clean of cross-object findings; breaking one label at a
/// time makes the right rule fire at the right line.</summary>
public class ArticleAcceptanceTests
{
    private static readonly string[] ArticleFiles = ["app-wordpress.yml", "app-wordpress2.yml", "app-wordpress3.yml", "svc-httpd.yml", "kube-dns.yaml"];

    [Fact]
    public void The_article_examples_have_no_cross_object_problem()
    {
        var findings = LintArticle(null, null, null);

        // Only the Secret that app-wordpress3.yml refers to but that no file defines, as info.
        Assert.Equal(["KL3006 app-wordpress3.yml:49", "KL3006 app-wordpress3.yml:75"], findings.Select(Describe));
        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Theory]
    [InlineData("app-wordpress.yml", "  labels:\n    app: wordpress\n", "  labels:\n    app: wordpres\n", "KL3001 app-wordpress.yml:13,KL3001 app-wordpress.yml:23")]
    [InlineData("app-wordpress.yml", "    - port: 80\n", "    - port: 80\n      targetPort: http\n", "KL3004 app-wordpress.yml:11")]
    [InlineData("app-wordpress2.yml", "      labels:\n        app: wordpress\n", "      labels:\n        app: wp\n", "KL3001 app-wordpress2.yml:13")]
    [InlineData("app-wordpress2.yml", "    app: wordpress-mysql\nspec:", "    app: wordpress\nspec:", "KL3001 app-wordpress2.yml:24,KL3005 app-wordpress2.yml:58")]
    [InlineData("app-wordpress3.yml", "apiVersion: extensions/v1beta1", "apiVersion: apps/v1", "KL3003 app-wordpress3.yml:31")]
    [InlineData("app-wordpress3.yml", "  replicas: 2\n", "  replicas: 2\n  selector:\n    matchLabels:\n      app: wordpress-fpm\n", "KL3002 app-wordpress3.yml:35")]
    [InlineData("svc-httpd.yml", "  selector:\n    app: httpd", "  selector:\n    app: http", "KL3001 svc-httpd.yml:23")]
    public void Breaking_one_label_fires_the_right_rule_at_the_right_line(string file, string original, string broken, string expected)
    {
        var findings = LintArticle(file, original, broken).Where(d => d.Id != "KL3006");
        Assert.Equal(expected.Split(','), findings.Select(Describe));
    }

    [SharedDataFact]
    public void The_kube_dns_addon_has_no_cross_object_finding()
    {
        using var folder = new TempFolder();
        folder.Write("kube-dns.yaml", File.ReadAllText(Path.Combine(CrossObjectTestData.SharedRoot!, "corpus", "upstream", "kubernetes-addons", "kube-dns.yaml.sed")));
        Assert.DoesNotContain(EngineRun.Lint(folder.Path, ["kube-dns.yaml"]).Diagnostics, d => d.Id.StartsWith("KL3", StringComparison.Ordinal));
    }

    private static List<Diagnostic> LintArticle(string? file, string? original, string? broken)
    {
        using var folder = new TempFolder();
        foreach (var name in ArticleFiles)
        {
            var text = CrossObjectTestData.Sample(name).ReplaceLineEndings("\n");
            if (name == file)
            {
                Assert.Contains(original!, text);
                text = text.Replace(original!, broken, StringComparison.Ordinal);
            }

            folder.Write(name, text);
        }

        return EngineRun.Lint(folder.Path, ArticleFiles).Diagnostics.Where(d => d.Id.StartsWith("KL3", StringComparison.Ordinal)).ToList();
    }

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Location.Path}:{d.Location.Start.Line}";
}
