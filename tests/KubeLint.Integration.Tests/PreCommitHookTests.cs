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
public sealed class PreCommitHookTests : IDisposable
{
    private const string BadManifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";
    private const string GoodManifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  key: value\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kubelint-precommit", Guid.NewGuid().ToString("N"));

    [PreCommitFact]
    public void Hook_fails_on_a_bad_manifest_with_the_diagnostics_and_passes_on_a_good_one()
    {
        var repo = Path.Combine(_root, "repo");
        Directory.CreateDirectory(repo);
        var env = new Dictionary<string, string?>
        {
            // A private cache, so that a hook installed by an earlier run is never reused.
            ["PRE_COMMIT_HOME"] = Path.Combine(_root, "pre-commit-home"),
            ["KUBELINT_CACHE_DIR"] = Path.Combine(_root, "kubelint-cache"),
            ["GIT_AUTHOR_NAME"] = "test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
            ["GIT_COMMITTER_NAME"] = "test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
        };

        var head = Git(RepositoryRoot.Path, env, "rev-parse", "HEAD").Output.Trim();
        Git(repo, env, "init", "--quiet");
        File.WriteAllText(Path.Combine(repo, ".pre-commit-config.yaml"), $"""
            repos:
            - repo: {RepositoryRoot.Path}
              rev: {head}
              hooks:
              - id: kubelint
            """);
        Directory.CreateDirectory(Path.Combine(repo, "deploy"));
        File.WriteAllText(Path.Combine(repo, "deploy", "app.yaml"), BadManifest);
        File.WriteAllText(Path.Combine(repo, "README.txt"), "not a manifest: the hook's types_or skips it\n");
        Git(repo, env, "add", "-A");

        var bad = PreCommit(repo, env);
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains("KubeLint", bad.Output);
        Assert.Contains("Failed", bad.Output);
        Assert.Contains("deploy/app.yaml:5:3: error KL0002: duplicate key \"name\"", bad.Output);
        Assert.DoesNotContain("README.txt", bad.Output);

        // Not a manifest: the hook's exclude keeps pre-commit's own config out.
        Assert.DoesNotContain(".pre-commit-config.yaml", bad.Output);

        File.WriteAllText(Path.Combine(repo, "deploy", "app.yaml"), GoodManifest);
        Git(repo, env, "add", "-A");
        var good = PreCommit(repo, env);
        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Matches(@"KubeLint\.+Passed", good.Output);

        // The repository's custom rules run in the hook too (the sample of docs/custom-rules.md).
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "custom-rules");
        Directory.CreateDirectory(Path.Combine(repo, ".kubelint", "rules"));
        foreach (var rule in Directory.GetFiles(Path.Combine(sample, ".kubelint", "rules"), "*.cs"))
        {
            File.Copy(rule, Path.Combine(repo, ".kubelint", "rules", Path.GetFileName(rule)));
        }

        File.Copy(Path.Combine(sample, "deploy", "web.yaml"), Path.Combine(repo, "deploy", "web.yaml"));
        Git(repo, env, "add", "-A");
        var custom = PreCommit(repo, env);
        Assert.True(custom.ExitCode == 1, custom.ToString());
        Assert.Contains("deploy/web.yaml:6:3: warning ACME0001: Deployment/web has no 'team' label", custom.Output);
        Assert.Contains("deploy/web.yaml:28:9: error ACME0002: Service web in namespace 'prod-shop' is of type NodePort", custom.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static ProcessRunner.Outcome PreCommit(string repo, Dictionary<string, string?> env) =>
        ProcessRunner.Run("pre-commit", ["run", "--all-files", "--color", "never"], repo, env, TimeSpan.FromMinutes(8));

    private static ProcessRunner.Outcome Git(string folder, Dictionary<string, string?> env, params string[] args)
    {
        var outcome = ProcessRunner.Run("git", args, folder, env);
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', args)}: {outcome}");
        return outcome;
    }
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
