using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1008AlphaApiTests
{
    [Fact]
    public void Fires_on_an_alpha_version() => RuleVerifier.Verify("KL1008", """
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
        """, new KubernetesVersion(1, 9));

    [Fact]
    public void Does_not_fire_on_beta_or_ga() => RuleVerifier.Verify("KL1008", """
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
