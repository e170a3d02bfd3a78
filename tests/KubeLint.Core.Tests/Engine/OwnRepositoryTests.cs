using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>KubeLint's own repository is a real repository: <c>kubelint .</c> at its root must lint the samples
/// and leave alone the test data that is wrong on purpose (the root <c>.kubelint.yaml</c> excludes <c>tests/</c>;
/// the suites lint their fixtures from temporary folders, where it is not found) and the JSON files that are not
/// manifests.</summary>
public class OwnRepositoryTests
{
    [Fact]
    public void Linting_the_root_takes_the_samples_and_no_test_data()
    {
        var result = EngineRun.Lint(RepoPaths.Root, ["."]);

        var linted = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("samples/article/kube-dns.yaml", linted);
        Assert.Contains("samples/custom-rules/deploy/web.yaml", linted);
        Assert.DoesNotContain(linted, p => p.StartsWith("tests/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path.StartsWith("tests/", StringComparison.Ordinal));
        Assert.All(result.Diagnostics.Where(d => d.Location.Path.Length > 0), d => Assert.StartsWith("samples/", d.Location.Path));

        // JSON files that are not Kubernetes objects are skipped with a reason, not reported.
        Assert.Contains(result.Skipped, s => s.Path == "global.json");
        Assert.Contains(result.Skipped, s => s.Path == "schemas/kubelint-config.schema.json");
    }
}
