using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1007DeprecatedApiTests
{
    private const string CronJob = """
        apiVersion: [|batch/v1beta1|]
        kind: CronJob
        metadata:
          name: tick
        spec:
          schedule: "* * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: tick, image: busybox}]
        """;

    [Fact]
    public void Fires_when_deprecated_but_served()
    {
        RuleVerifier.Verify("KL1007", CronJob, new KubernetesVersion(1, 22));
        var message = RuleVerifier.LintText(Markup.Parse(CronJob).Text, new KubernetesVersion(1, 22)).Single(d => d.Id == "KL1007").Message;
        Assert.Equal("batch/v1beta1 CronJob is deprecated since 1.21 and removed in 1.25; use batch/v1 (available since 1.21)", message);
    }

    [Fact]
    public void Does_not_fire_before_the_deprecation_or_after_the_removal()
    {
        var plain = Markup.Parse(CronJob).Text;
        RuleVerifier.Verify("KL1007", plain, new KubernetesVersion(1, 16));
        RuleVerifier.Verify("KL1007", plain, new KubernetesVersion(1, 36));
    }
}
