using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1007DeprecatedApiAnalyzer, KubeLint.Core.Rules.Api.KL1007DeprecatedApiFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1007's fix: a deprecated apiVersion moved to its replacement where the target serves it, as KL1006's fix moves.</summary>
public class KL1007FixTests
{
    private static readonly KubernetesVersion V1_9 = new(1, 9);

    [Fact]
    public Task Moves_a_deprecated_deployment_to_apps_v1_writing_its_selector() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        # web tier
        apiVersion: [|extensions/v1beta1|] # deprecated in 1.9
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
        """) }, TargetVersion = V1_9 }, [("manifest.yaml", """
        # web tier
        apiVersion: apps/v1 # deprecated in 1.9
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
        """)]);

    // Two documents, quotes kept: a Role (deprecated in 1.17) and a CronJob (1.21), each moved by its apiVersion alone.
    [Fact]
    public Task Moves_the_apiVersion_alone_in_each_document() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|'rbac.authorization.k8s.io/v1beta1'|]
        kind: Role
        metadata:
          name: reader
        rules:
        - apiGroups: [""]
          resources: [pods]
          verbs: [get]
        ---
        apiVersion: [|batch/v1beta1|]
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: job, image: "job:1"}]}}}}
        """) }, TargetVersion = new KubernetesVersion(1, 21) }, [("manifest.yaml", """
        apiVersion: 'rbac.authorization.k8s.io/v1'
        kind: Role
        metadata:
          name: reader
        rules:
        - apiGroups: [""]
          resources: [pods]
          verbs: [get]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: job, image: "job:1"}]}}}}
        """)]);

    [Fact]
    public Task Moves_a_disruption_budget_that_selects_by_labels() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|policy/v1beta1|]
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          selector:
            matchLabels:
              app: web
        """) }, TargetVersion = new KubernetesVersion(1, 21) }, [("manifest.yaml", """
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          selector:
            matchLabels:
              app: web
        """)]);

    private const string EmptySelector = """
        apiVersion: [|policy/v1beta1|]
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          maxUnavailable: 1
          selector: {}
        """;

    /// <summary>An empty selector selects no pod in policy/v1beta1 and every pod in policy/v1: no move.</summary>
    [Fact]
    public Task Offers_no_move_for_a_disruption_budget_with_an_empty_selector() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", EmptySelector) }, TargetVersion = new KubernetesVersion(1, 21) }, [("manifest.yaml", Markup.Parse(EmptySelector).Text)]);

    // networking.k8s.io/v1beta1 is deprecated in 1.19, where v1 arrives: moved with its backend rewritten.
    [Fact]
    public Task Moves_a_deprecated_ingress_once_networking_v1_is_served() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|networking.k8s.io/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - path: /
                backend:
                  serviceName: web
                  servicePort: 80
        """) }, TargetVersion = new KubernetesVersion(1, 19) }, [("manifest.yaml", """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - path: /
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: web
                    port:
                      number: 80
        """)]);

    private const string BeforeReplacement = """
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """;

    /// <summary>At 1.14 extensions/v1beta1 Ingress is deprecated, but networking.k8s.io/v1 needs 1.19: nothing to move to.</summary>
    [Fact]
    public Task Offers_no_move_before_the_target_serves_the_replacement() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", BeforeReplacement) }, TargetVersion = new KubernetesVersion(1, 14) }, [("manifest.yaml", Markup.Parse(BeforeReplacement).Text)]);

    private const string FlowSpec = """
        apiVersion: [|extensions/v1beta1|]
        kind: Deployment
        metadata:
          name: web
        spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: "web:1"}]}}}
        """;

    /// <summary>A selector cannot be written into a flow spec in whole lines: no move.</summary>
    [Fact]
    public Task Offers_no_move_when_the_selector_cannot_be_written() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", FlowSpec) }, TargetVersion = V1_9 }, [("manifest.yaml", Markup.Parse(FlowSpec).Text)]);

    /// <summary>The valid look-alike: apps/v1 at 1.9 is not deprecated, so there is nothing to fix.</summary>
    [Fact]
    public Task Leaves_a_served_current_version_alone() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
        """) }, TargetVersion = V1_9 }, [("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
        """)]);
}
