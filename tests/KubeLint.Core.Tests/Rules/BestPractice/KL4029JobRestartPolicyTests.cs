using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4029JobRestartPolicyTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_when_the_policy_is_missing(string kind)
    {
        var text = WorkloadManifests.Wrap(kind, "containers: [{name: batch, image: \"batch:1\"}]");
        var lines = text.Split('\n');
        var spec = Array.FindLastIndex(lines, l => l.TrimStart().StartsWith("spec:", StringComparison.Ordinal));
        lines[spec] = lines[spec].Replace("spec:", "[|spec|]:", StringComparison.Ordinal);
        RuleVerifier.Verify("KL4029", string.Join('\n', lines));
    }

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_at_always(string kind) => RuleVerifier.Verify("KL4029", WorkloadManifests.Wrap(kind, """
        restartPolicy: [|Always|]
        containers: [{name: batch, image: "batch:1"}]
        """));

    [Theory]
    [InlineData("Never")]
    [InlineData("OnFailure")]
    public void Does_not_fire_on_allowed_policies(string policy) => RuleVerifier.Verify("KL4029", WorkloadManifests.Wrap("CronJob", $"""
        restartPolicy: {policy}
        containers: [{"{"}name: batch, image: "batch:1"{"}"}]
        """));

    [Fact]
    public void Does_not_look_at_other_workloads() => RuleVerifier.Verify("KL4029", WorkloadManifests.Wrap("Deployment", """
        containers: [{name: web, image: "nginx:1.27"}]
        """));
}
