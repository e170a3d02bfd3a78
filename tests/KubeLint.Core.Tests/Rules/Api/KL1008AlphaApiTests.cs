using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1008AlphaApiAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1008AlphaApiTests
{
    [Fact]
    public Task Fires_on_an_alpha_version() => Verify.VerifyMessagesAsync("""
        apiVersion: [|batch/v2alpha1|]
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
        """, new KubernetesVersion(1, 9),
        "batch/v2alpha1 is an alpha API: Kubernetes 1.9 serves CronJob under it only when the cluster enables it (--runtime-config); batch/v1beta1 is on by default");

    [Fact]
    public Task Does_not_fire_on_beta_or_ga() => Verify.VerifyAsync("""
        apiVersion: batch/v1
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
        """, new KubernetesVersion(1, 36));
}
