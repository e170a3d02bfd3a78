using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1006ApiNotServedTests
{
    private const string Ingress = """
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """;

    [Fact]
    public void Fires_on_a_removed_api_version()
    {
        RuleVerifier.Verify("KL1006", Ingress, new KubernetesVersion(1, 22));
        var message = RuleVerifier.LintText(Markup.Parse(Ingress).Text, new KubernetesVersion(1, 22)).Single(d => d.Id == "KL1006").Message;
        Assert.Equal("extensions/v1beta1 Ingress was removed in 1.22; use networking.k8s.io/v1, available since 1.19", message);
    }

    [Fact]
    public void Fires_on_an_api_version_that_is_not_there_yet()
    {
        const string Text = """
            apiVersion: [|apps/v1|]
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers: [{name: web, image: nginx}]
            """;
        RuleVerifier.Verify("KL1006", Text, new KubernetesVersion(1, 5));
        var message = RuleVerifier.LintText(Markup.Parse(Text).Text, new KubernetesVersion(1, 5)).Single(d => d.Id == "KL1006").Message;
        Assert.Equal("apps/v1 Deployment needs 1.9; on 1.5 use extensions/v1beta1", message);
    }

    [Fact]
    public void Fires_at_1_36_on_a_kind_with_no_successor() => RuleVerifier.Verify("KL1006", """
        apiVersion: [|policy/v1beta1|]
        kind: PodSecurityPolicy
        metadata:
          name: restricted
        spec: {}
        """, new KubernetesVersion(1, 36));

    [Fact]
    public void Does_not_fire_when_the_target_serves_it() => RuleVerifier.Verify("KL1006", Ingress.Replace("[|", string.Empty).Replace("|]", string.Empty), new KubernetesVersion(1, 16));
}

public class KL1006FileKindTests
{
    private const string AuditPolicy = """
        apiVersion: [|audit.k8s.io/v1beta1|]
        kind: Policy
        rules:
        - level: Metadata
        """;

    [Fact]
    public void Fires_on_a_removed_audit_policy_version()
    {
        RuleVerifier.Verify("KL1006", AuditPolicy, new KubernetesVersion(1, 24));
        var message = RuleVerifier.LintText(Markup.Parse(AuditPolicy).Text, new KubernetesVersion(1, 24)).Single(d => d.Id == "KL1006").Message;
        Assert.Equal("audit.k8s.io/v1beta1 Policy was removed in 1.24; use audit.k8s.io/v1", message);
    }

    [Fact]
    public void Does_not_fire_on_files_that_no_apiserver_serves_but_that_are_fine() => RuleVerifier.Verify(["KL1006", "KL1008"], [("policy.yaml", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
        - level: Metadata
        ---
        apiVersion: v1
        kind: Policy
        predicates: []
        ---
        apiVersion: audit.k8s.io/v1alpha1
        kind: Policy
        rules: []
        """)], new KubernetesVersion(1, 16));
}
