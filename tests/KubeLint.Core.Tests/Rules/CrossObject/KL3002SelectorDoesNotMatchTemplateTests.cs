using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3002SelectorDoesNotMatchTemplateAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3002SelectorDoesNotMatchTemplateTests
{
    [Fact]
    public Task Fires_at_the_match_label_the_template_lacks() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
              {|#0:tier|}: frontend
          template:
            metadata:
              labels:
                app: web
            spec:
              containers: [{name: web, image: nginx}]
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("the selector of Deployment/web requires tier=frontend, but its pod template has app=web; the apiserver rejects a selector that does not match the template labels"));

    [Fact]
    public Task Fires_for_match_expressions_and_replication_controller_maps() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
            matchExpressions:
            - [|{key: tier, operator: NotIn, values: [cache]}|]
          template:
            metadata: {labels: {app: db, tier: cache}}
            spec:
              containers: [{name: db, image: postgres}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: legacy}
        spec:
          selector:
            [|name|]: legacy
          template:
            metadata: {labels: {name: legacy-web}}
            spec:
              containers: [{name: web, image: nginx}]
        """);

    [Fact]
    public Task Does_not_fire_for_matching_selectors_or_legacy_defaults() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          selector:
            matchLabels: {app: agent}
            matchExpressions: [{key: tier, operator: In, values: [node, infra]}, {key: canary, operator: DoesNotExist}]
          template:
            metadata: {labels: {app: agent, tier: node}}
            spec:
              containers: [{name: a, image: agent}]
        ---
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata: {name: old}
        spec:
          template:
            metadata: {labels: {app: old}}
            spec:
              containers: [{name: a, image: nginx}]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            metadata: {labels: {app: rc}}
            spec:
              containers: [{name: a, image: nginx}]
        """);
}
