using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3003SelectorRequiredAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3003SelectorRequiredTests
{
    [Fact]
    public Task Fires_at_spec_when_apps_v1_has_no_selector() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: wordpress
        [|spec|]:
          replicas: 2
          template:
            metadata:
              labels:
                app: wordpress
            spec:
              containers: [{name: wordpress, image: wordpress}]
        """);

    [Fact]
    public void Hints_at_the_labels_to_copy_from_the_template()
    {
        var finding = Assert.Single(EngineRun.LintText("""
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: wordpress}
            spec:
              template:
                metadata: {labels: {app: wordpress}}
                spec:
                  containers: [{name: wordpress, image: wordpress}]
            """), d => d.Id == "KL3003");
        Assert.Contains("extensions/v1beta1 and apps/v1beta1 filled it in from the template labels", finding.Message);
        Assert.Contains("(app=wordpress)", finding.Message);
    }

    [Fact]
    public Task Fires_at_an_empty_selector() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          [|selector|]: {}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: a, image: agent}]
        """);

    [Fact]
    public async Task Reports_a_missing_selector_once_with_kl1005_when_the_api_is_served()
    {
        const string manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        [|spec|]:
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """;
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest) }, TargetVersion = new KubernetesVersion(1, 36) });
        await AnalyzerVerifier<KubeLint.Core.Rules.Api.KL1005RequiredFieldMissingAnalyzer>.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest.Replace("[|spec|]", "spec", StringComparison.Ordinal)) }, TargetVersion = new KubernetesVersion(1, 36) });
    }

    // At 1.36 both apiVersions are gone (KL1006) and their fields are checked against apps/v1, which
    // requires the selector. apps/v1beta2 required it too, so KL3003 reports it and KL1005 leaves it;
    // extensions/v1beta1 filled it in, so KL3003 is silent and KL1005 reports it. Once each.
    [Fact]
    public async Task Reports_a_missing_selector_once_when_the_api_is_not_served()
    {
        const string manifest = """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata: {name: old}
        {|KL1005:spec|}:
          template:
            metadata: {labels: {app: old}}
            spec:
              containers: [{name: a, image: nginx}]
        ---
        apiVersion: apps/v1beta2
        kind: DaemonSet
        metadata: {name: agent}
        [|spec|]:
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: a, image: agent}]
        """;
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest.Replace("{|KL1005:spec|}", "spec", StringComparison.Ordinal)) }, TargetVersion = new KubernetesVersion(1, 36) });
        await AnalyzerVerifier<KubeLint.Core.Rules.Api.KL1005RequiredFieldMissingAnalyzer>.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest.Replace("[|spec|]", "spec", StringComparison.Ordinal)) }, TargetVersion = new KubernetesVersion(1, 36) });
    }

    [Fact]
    public Task Does_not_fire_where_the_api_defaults_the_selector() => Verify.VerifyAsync("""
        apiVersion: extensions/v1beta1
        kind: ReplicaSet
        metadata: {name: old}
        spec:
          template:
            metadata: {labels: {app: old}}
            spec:
              containers: [{name: a, image: nginx}]
        ---
        apiVersion: apps/v1beta1
        kind: StatefulSet
        metadata: {name: old-db}
        spec:
          serviceName: old-db
          template:
            metadata: {labels: {app: old-db}}
            spec:
              containers: [{name: a, image: postgres}]
        """);
}
