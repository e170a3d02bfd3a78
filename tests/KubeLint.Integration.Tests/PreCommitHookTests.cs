namespace KubeLint.Integration.Tests;

/// <summary>
/// The <c>kubelint</c> hook of <c>.pre-commit-hooks.yaml</c>, run by the real pre-commit against this
/// checkout: pre-commit clones it at <c>HEAD</c>, runs <c>dotnet pack</c> at its root and installs
/// the one package that produces, then runs the hook on a temporary repository's files.
/// </summary>
/// <remarks>
/// pre-commit installs the hook from the commit, not from the working tree: in a checkout with
/// uncommitted changes this tests <c>HEAD</c> as committed. CI runs on a clean clone.
/// </remarks>
public sealed class PreCommitHookTests
{
    private const string BadManifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
    private const string GoodManifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  key: value\n";

    [PreCommitFact]
    public void Hook_fails_on_a_bad_manifest_with_the_diagnostics_and_passes_on_a_good_one()
    {
        using var repo = new PreCommitRepository();
        repo.Write("deploy/app.yaml", BadManifest);
        repo.Write("README.txt", "not a manifest: the hook's types_or skips it\n");
        repo.Git("add", "-A");

        var bad = PreCommit(repo);
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains("KubeLint", bad.Output);
        Assert.Contains("Failed", bad.Output);
        Assert.Contains("deploy/app.yaml:5:3: error KL0002: duplicate key \"name\"", bad.Output);
        Assert.DoesNotContain("README.txt", bad.Output);

        // Not a manifest: the hook's exclude keeps pre-commit's own config out.
        Assert.DoesNotContain(".pre-commit-config.yaml", bad.Output);

        repo.Write("deploy/app.yaml", GoodManifest);
        repo.Git("add", "-A");
        var good = PreCommit(repo);
        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Matches(@"KubeLint\.+Passed", good.Output);

        // The repository's custom rules run in the hook too (the sample of docs/custom-rules.md).
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "custom-rules");
        Directory.CreateDirectory(Path.Combine(repo.Path, ".kubelint", "rules"));
        foreach (var rule in Directory.GetFiles(Path.Combine(sample, ".kubelint", "rules"), "*.cs"))
        {
            File.Copy(rule, Path.Combine(repo.Path, ".kubelint", "rules", Path.GetFileName(rule)));
        }

        File.Copy(Path.Combine(sample, "deploy", "web.yaml"), Path.Combine(repo.Path, "deploy", "web.yaml"));
        repo.Git("add", "-A");
        var custom = PreCommit(repo);
        Assert.True(custom.ExitCode == 1, custom.ToString());
        Assert.Contains("deploy/web.yaml:6:3: warning ACME0001: Deployment/web has no 'team' label", custom.Output);
        Assert.Contains("deploy/web.yaml:28:9: error ACME0002: Service web in namespace 'prod-shop' is of type NodePort", custom.Output);
    }

    private static ProcessRunner.Outcome PreCommit(PreCommitRepository repo) =>
        repo.Run("pre-commit", "run", "--all-files", "--color", "never");
}

/// <summary>A fact that needs pre-commit on PATH (<c>.ci/install-tools</c> installs it); skipped, saying so, without it.</summary>
public sealed class PreCommitFactAttribute : FactAttribute
{
    public PreCommitFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "pre-commit")));
        if (!found)
        {
            Skip = "pre-commit is not on PATH: run .ci/install-tools (apt-get install -y pre-commit)";
        }
    }
}
