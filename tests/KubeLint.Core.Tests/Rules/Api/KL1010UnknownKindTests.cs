using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1010UnknownKindTests
{
    [Fact]
    public void Fires_on_a_custom_resource_without_its_crd() => RuleVerifier.Verify("KL1010", """
        apiVersion: monitoring.coreos.com/v1
        kind: [|ServiceMonitor|]
        metadata:
          name: web
        spec:
          endpoints: [{port: http}]
        """, new KubernetesVersion(1, 36));

    [Fact]
    public void Does_not_fire_when_the_crd_is_among_the_inputs() => RuleVerifier.Verify(["KL1010"], [
        ("crd.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: servicemonitors.monitoring.coreos.com
            spec:
              group: monitoring.coreos.com
              names: {kind: ServiceMonitor, plural: servicemonitors}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """),
        ("sm.yaml", """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata:
              name: web
            spec:
              endpoints: [{port: http}]
            """),
    ], new KubernetesVersion(1, 16));

    [Fact]
    public void Does_not_fire_on_built_in_kinds() => RuleVerifier.Verify("KL1010", """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team
        """, new KubernetesVersion(1, 5));
}
