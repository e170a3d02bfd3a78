namespace KubeLint.Integration.Tests;

/// <summary>
/// A temporary git repository whose <c>.pre-commit-config.yaml</c> uses this checkout's <c>kubelint</c> hook at
/// <c>HEAD</c>, with private pre-commit and KubeLint caches, so that a hook installed by an earlier run is never
/// reused. Shared by the pre-commit integration tests; deleted on dispose.
/// </summary>
internal sealed class PreCommitRepository : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kubelint-precommit", Guid.NewGuid().ToString("N"));

    public PreCommitRepository()
    {
        Path = System.IO.Path.Combine(_root, "repo");
        Directory.CreateDirectory(Path);
        Env = new Dictionary<string, string?>
        {
            ["PRE_COMMIT_HOME"] = System.IO.Path.Combine(_root, "pre-commit-home"),
            ["KUBELINT_CACHE_DIR"] = System.IO.Path.Combine(_root, "kubelint-cache"),
            ["GIT_AUTHOR_NAME"] = "test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.invalid",
            ["GIT_COMMITTER_NAME"] = "test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.invalid",
        };

        var head = GitIn(RepositoryRoot.Path, "rev-parse", "HEAD").Output.Trim();
        Git("init", "--quiet");
        Write(".pre-commit-config.yaml", $"""
            repos:
            - repo: {RepositoryRoot.Path}
              rev: {head}
              hooks:
              - id: kubelint
            """);
    }

    /// <summary>The repository's folder.</summary>
    public string Path { get; }

    /// <summary>The environment every process of the test runs with.</summary>
    public Dictionary<string, string?> Env { get; }

    /// <summary>Writes a file, relative to the repository, creating its folders.</summary>
    public void Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Runs git in the repository and asserts that it succeeds.</summary>
    public ProcessRunner.Outcome Git(params string[] args) => GitIn(Path, args);

    /// <summary>Runs a process in the repository with <see cref="Env"/>, with pre-commit's generous time limit (it packs and installs the hook on first use).</summary>
    public ProcessRunner.Outcome Run(string program, params string[] args) =>
        ProcessRunner.Run(program, args, Path, Env, TimeSpan.FromMinutes(8));

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

    private ProcessRunner.Outcome GitIn(string folder, params string[] args)
    {
        var outcome = ProcessRunner.Run("git", args, folder, Env);
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', args)}: {outcome}");
        return outcome;
    }
}
