using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1007DeprecatedApiAnalyzer>;

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
    public async Task Fires_when_deprecated_but_served()
    {
        await Verify.VerifyMessagesAsync(CronJob, new KubernetesVersion(1, 22), "batch/v1beta1 CronJob is deprecated since 1.21 and removed in 1.25; use batch/v1 (available since 1.21)");
    }

    [Fact]
    public async Task Does_not_fire_before_the_deprecation_or_after_the_removal()
    {
        var plain = Markup.Parse(CronJob).Text;
        await Verify.VerifyAsync(plain, new KubernetesVersion(1, 16));
        await Verify.VerifyAsync(plain, new KubernetesVersion(1, 36));
    }
}
