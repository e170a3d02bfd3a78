using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4029JobRestartPolicyAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4029JobRestartPolicyTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public async Task Fires_when_the_policy_is_missing(string kind)
    {
        var text = WorkloadManifests.Wrap(kind, "containers: [{name: batch, image: \"batch:1\"}]");
        var lines = text.Split('\n');
        var spec = Array.FindLastIndex(lines, l => l.TrimStart().StartsWith("spec:", StringComparison.Ordinal));
        lines[spec] = lines[spec].Replace("spec:", "[|spec|]:", StringComparison.Ordinal);
        await Verify.VerifyAsync(string.Join('\n', lines));
    }

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_at_always(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: {|#0:Always|}
        containers: [{name: batch, image: "batch:1"}]
        """),
        Verify.Diagnostic().WithLocation(0).WithArguments(kind == "CronJob" ? "CronJob" : "Job", "web", "sets restartPolicy: Always"));

    [Theory]
    [InlineData("Never")]
    [InlineData("OnFailure")]
    public Task Does_not_fire_on_allowed_policies(string policy) => Verify.VerifyAsync(WorkloadManifests.Wrap("CronJob", $"""
        restartPolicy: {policy}
        containers: [{"{"}name: batch, image: "batch:1"{"}"}]
        """));

    [Fact]
    public Task Does_not_look_at_other_workloads() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers: [{name: web, image: "nginx:1.27"}]
        """));
}
