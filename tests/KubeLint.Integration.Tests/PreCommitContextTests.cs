namespace KubeLint.Integration.Tests;

/// <summary>
/// Issue #16: on <c>git commit</c> pre-commit passes the hook only the staged files, so a new Service whose named
/// targetPort matches no port of an unchanged Deployment used to pass. The hook's <c>--context .</c> loads the rest of
/// the repository; the finding (KL3004, the named-targetPort fact of that rule's page) stands on the staged Service.
/// A real <c>pre-commit install</c> and real commits, with the hook from this checkout's <c>HEAD</c>
/// (see <see cref="PreCommitHookTests"/> for what that implies).
/// </summary>
public sealed class PreCommitContextTests
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

    private static string Service(string targetPort) =>
        $"apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {{app: web}}\n  ports:\n    - port: 80\n      targetPort: {targetPort}\n";

    [PreCommitFact]
    public void A_commit_of_a_Service_whose_targetPort_names_no_port_of_the_committed_Deployment_is_refused_and_the_fixed_one_goes_in()
    {
        using var repo = new PreCommitRepository();
        repo.Write("deploy/web-deployment.yaml", Deployment);
        var install = repo.Run("pre-commit", "install");
        Assert.True(install.ExitCode == 0, install.ToString());

        repo.Git("add", "-A");
        var first = Commit(repo, "the Deployment");
        Assert.True(first.ExitCode == 0, first.ToString());

        // Only the Service is staged; the Deployment is unchanged and comes in as context.
        repo.Write("deploy/web-service.yaml", Service("htttp"));
        repo.Git("add", "deploy/web-service.yaml");
        var refused = Commit(repo, "a Service on a port name nobody declares");
        Assert.True(refused.ExitCode != 0, refused.ToString());
        Assert.Contains("deploy/web-service.yaml:9:19: error KL3004: targetPort \"htttp\" of Service \"web\" names no TCP container port of the pods it selects (Deployment/web)", refused.Output);
        Assert.Contains("related: deploy/web-deployment.yaml:16:15", refused.Output);
        Assert.Contains("in 1 file (1 document, 1 object); 1 context file", refused.Output);
        Assert.Single(repo.Git("log", "--oneline").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // The valid look-alike: the port's real name.
        repo.Write("deploy/web-service.yaml", Service("http"));
        repo.Git("add", "deploy/web-service.yaml");
        var accepted = Commit(repo, "the Service on the Deployment's port");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Matches(@"KubeLint\.+Passed", accepted.Output);
        Assert.Equal(2, repo.Git("log", "--oneline").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static ProcessRunner.Outcome Commit(PreCommitRepository repo, string message) =>
        repo.Run("git", "commit", "--quiet", "-m", message);
}
