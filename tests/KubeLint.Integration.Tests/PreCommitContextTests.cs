namespace KubeLint.Integration.Tests;

/// <summary>
/// Issue #16: on <c>git commit</c> pre-commit passes the hook only the staged files, so a new Service whose named
/// targetPort matches no port of an unchanged Deployment used to pass. The hook's <c>--context .</c> loads the rest of
/// the repository; the finding (KL3004, the named-targetPort fact of that rule's page) stands on the staged Service.
/// A real <c>pre-commit install</c> and real commits, with the hook from this checkout's <c>HEAD</c>
/// (see <see cref="PreCommitHookTests"/> for what that implies).
/// </summary>
public sealed class PreCommitContextTests : IDisposable
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - name: http
                      containerPort: 80

        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kubelint-precommit", Guid.NewGuid().ToString("N"));

    private static string Service(string targetPort) =>
        $"apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {{app: web}}\n  ports:\n    - port: 80\n      targetPort: {targetPort}\n";

    [PreCommitFact]
    public void A_commit_of_a_Service_whose_targetPort_names_no_port_of_the_committed_Deployment_is_refused_and_the_fixed_one_goes_in()
    {
        var repo = Path.Combine(_root, "repo");
        Directory.CreateDirectory(repo);
        var env = new Dictionary<string, string?>
        {
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
        File.WriteAllText(Path.Combine(repo, "deploy", "web-deployment.yaml"), Deployment);
        var install = ProcessRunner.Run("pre-commit", ["install"], repo, env);
        Assert.True(install.ExitCode == 0, install.ToString());

        Git(repo, env, "add", "-A");
        var first = Commit(repo, env, "the Deployment");
        Assert.True(first.ExitCode == 0, first.ToString());

        // Only the Service is staged; the Deployment is unchanged and comes in as context.
        File.WriteAllText(Path.Combine(repo, "deploy", "web-service.yaml"), Service("htttp"));
        Git(repo, env, "add", "deploy/web-service.yaml");
        var refused = Commit(repo, env, "a Service on a port name nobody declares");
        Assert.True(refused.ExitCode != 0, refused.ToString());
        Assert.Contains("deploy/web-service.yaml:9:19: error KL3004: targetPort \"htttp\" of Service \"web\" names no TCP container port of the pods it selects (Deployment/web)", refused.Output);
        Assert.Contains("related: deploy/web-deployment.yaml:16:15", refused.Output);
        Assert.Contains("in 1 file (1 document, 1 object); 1 context file", refused.Output);
        Assert.Single(Git(repo, env, "log", "--oneline").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // The valid look-alike: the port's real name.
        File.WriteAllText(Path.Combine(repo, "deploy", "web-service.yaml"), Service("http"));
        Git(repo, env, "add", "deploy/web-service.yaml");
        var accepted = Commit(repo, env, "the Service on the Deployment's port");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Matches(@"KubeLint\.+Passed", accepted.Output);
        Assert.Equal(2, Git(repo, env, "log", "--oneline").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
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

    private static ProcessRunner.Outcome Commit(string repo, Dictionary<string, string?> env, string message) =>
        ProcessRunner.Run("git", ["commit", "--quiet", "-m", message], repo, env, TimeSpan.FromMinutes(8));

    private static ProcessRunner.Outcome Git(string folder, Dictionary<string, string?> env, params string[] args)
    {
        var outcome = ProcessRunner.Run("git", args, folder, env);
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', args)}: {outcome}");
        return outcome;
    }
}
