using KubeLint.Core.Cluster;
using KubeLint.Core.Engine;
using KubeLint.Core.Fixes;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>
/// The article's longest passage, done by <c>kubelint fix --kubernetes-version 1.5 --comment</c>: the upstream
/// kube-dns template with the article's cluster files gets its placeholders filled, its apiVersion moved to one
/// 1.5 serves, and the fields 1.5 does not know commented out; every other line stays as it was.
/// </summary>
public class ArticleWalkThroughTests
{
    private static readonly string Expected = Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "fix", "kube-dns.1.5.yaml");

    [SharedDataFact]
    public void Fixes_the_kube_dns_template_for_the_article_s_cluster()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllBytes(SharedData.Path("corpus/upstream/kubernetes-addons/kube-dns.yaml.sed"));
        folder.WriteBytes("kube-dns.yaml", original);

        // The one value no cluster fact gives: the article's author chose 170Mi by hand.
        folder.Write(".kubelint.yaml", "cluster:\n  placeholders:\n    DNS_MEMORY_LIMIT: 170Mi\n");
        var options = new LintOptions
        {
            Paths = ["kube-dns.yaml"],
            WorkingDirectory = folder.Path,
            TargetVersion = new KubernetesVersion(1, 5),
            Properties = new Dictionary<string, string>
            {
                [ClusterProperties.ConfigFiles] = string.Join('\n', RepoPaths.Sample("article/cluster/apiserver"), RepoPaths.Sample("article/cluster/kubelet")),
            },
        };

        var run = new FixRunner().Run(options, new FixOptions { PreferredKeys = [KL1001FieldNotInTargetVersionFixProvider.CommentOutKey] });

        var file = Assert.Single(run.Files);
        Assert.Equal(File.ReadAllBytes(Expected), file.Fixed);
        Assert.True(run.Converged);
        Assert.Equal(
            ["KL2009 33:14", "KL1006 59:13", "KL2009 124:21", "KL2009 147:20", "KL2009 193:21", "KL2009 231:66", "KL2009 232:63",
             "KL1001 88:7", "KL1001 90:9", "KL1001 94:7", "KL1001 105:7", "KL1001 112:11", "KL1001 168:11", "KL1001 171:11", "KL1001 242:11", "KL1001 245:11"],
            file.Applied.Select(a => $"{a.Finding.Id} {a.Finding.Location.Start.Line}:{a.Finding.Location.Start.Column}"));

        // Only the fixed lines changed: the same number of lines, and every line not fixed byte-identical.
        var (before, after) = (Lines(original), Lines(file.Fixed));
        Assert.Equal(before.Length, after.Length);
        int[] changed = [33, 59, 88, 90, 91, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 112, 124, 147, 168, 171, 193, 231, 232, 242, 245];
        Assert.Equal(changed, Enumerable.Range(1, before.Length).Where(line => before[line - 1] != after[line - 1]));

        // Nothing is left at 1.5: seccompProfile, which only apps/v1 has (from 1.19), is commented out as a field
        // 1.5 does not know (KL1001, not a typo), and $DNS_MEMORY_LIMIT takes the value .kubelint.yaml gives it.
        Assert.DoesNotContain(run.Final.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error && (d.Id.StartsWith("KL1", StringComparison.Ordinal) || d.Id == "KL2009"));
        Assert.Empty(run.Final.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => $"{d.Id} {d.Location.Start.Line}:{d.Location.Start.Column} {d.Message}"));
    }

    private static string[] Lines(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
}
