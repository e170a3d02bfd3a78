using Acme.KubeLintRules;
using KubeLint.Testing;
using Xunit;
using Verify = KubeLint.Testing.AnalyzerVerifier<Acme.KubeLintRules.RequireTeamLabel>;

namespace Acme.KubeLintRules.Tests;

public class RequireTeamLabelTests
{
    [Fact]
    public Task Reports_a_workload_without_a_team_label() => Verify.VerifyAsync(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          {|#0:labels|}:
            app: web
        """,
        Verify.Diagnostic(RequireTeamLabel.Rule).WithLocation(0).WithArguments("Deployment/web").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Accepts_a_workload_with_one() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web, team: payments}
        """);

    [Fact]
    public Task Points_at_metadata_when_there_are_no_labels() => Verify.VerifyAsync("""
        apiVersion: batch/v1
        kind: CronJob
        [|metadata|]:
          name: nightly
        """);

    [Fact]
    public async Task Fails_a_test_that_expects_another_rule()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync("apiVersion: v1\nkind: Service\n", Verify.Diagnostic("ACME0002").WithSpan(2, 7, 2, 14)));
        Assert.Contains("which the analyzer does not report", e.Message);
    }
}
