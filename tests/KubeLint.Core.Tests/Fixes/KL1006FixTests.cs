using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1006ApiNotServedAnalyzer, KubeLint.Core.Rules.Api.KL1006ApiNotServedFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1006's fix: the advised apiVersion, only where the move is the apiVersion alone.</summary>
public class KL1006FixTests
{
    [Fact]
    public Task Moves_a_deployment_to_what_1_5_serves_keeping_the_quotes() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|"apps/v1"|]  # from the add-on template
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
        """) }, TargetVersion = new KubernetesVersion(1, 5) }, [("manifest.yaml", """
        apiVersion: "extensions/v1beta1"  # from the add-on template
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

    [Fact]
    public Task Moves_a_cronjob_to_batch_v1_once_v1beta1_is_gone() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|batch/v1beta1|]
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: job:1
        """) }, TargetVersion = new KubernetesVersion(1, 30) }, [("manifest.yaml", """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: job:1
        """)]);

    private const string NoSelector = """
        apiVersion: [|extensions/v1beta1|]
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          # the pods
          template:   # labels below select them
            metadata:
              labels:
                app: web
                "tier": 'front end'  # quoted as written
            spec:
              containers:
              - name: web
                image: web:1
        """;

    private const string NoSelectorFixed = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          # the pods
          selector:
            matchLabels:
              app: web
              "tier": 'front end'
          template:   # labels below select them
            metadata:
              labels:
                app: web
                "tier": 'front end'  # quoted as written
            spec:
              containers:
              - name: web
                image: web:1
        """;

    /// <summary>apps/v1 requires spec.selector, which extensions/v1beta1 defaulted from the template's labels
    /// (pkg/apis/extensions/v1beta1/defaults.go, SetDefaults_Deployment): the move writes that default out.</summary>
    [Fact]
    public Task Moves_to_apps_v1_writing_the_selector_the_old_version_defaulted() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", NoSelector) }, TargetVersion = new KubernetesVersion(1, 16) }, [("manifest.yaml", NoSelectorFixed)]);

    [Fact]
    public Task Writes_the_selector_with_the_file_s_crlf_line_ends() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", NoSelector) }, TargetVersion = new KubernetesVersion(1, 16), NewLine = "\r\n" }, [("manifest.yaml", NoSelectorFixed)]);

    // Four-space indentation, a DaemonSet, and a second document that is already right (left byte for byte).
    [Fact]
    public Task Keeps_the_indentation_of_its_surroundings_in_a_multi_document_file() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: [|extensions/v1beta1|]
        kind: DaemonSet
        metadata:
            name: agent
        spec:
            template:
                metadata:
                    labels: {app: agent}
                spec:
                    containers:
                    - name: agent
                      image: agent:1
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
            name: other
        spec:
            selector:
                matchLabels: {app: other}
            template:
                metadata:
                    labels: {app: other}
                spec:
                    containers:
                    - name: other
                      image: other:1
        """) }, TargetVersion = new KubernetesVersion(1, 16) }, [("manifest.yaml", """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
            name: agent
        spec:
            selector:
                matchLabels:
                    app: agent
            template:
                metadata:
                    labels: {app: agent}
                spec:
                    containers:
                    - name: agent
                      image: agent:1
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
            name: other
        spec:
            selector:
                matchLabels: {app: other}
            template:
                metadata:
                    labels: {app: other}
                spec:
                    containers:
                    - name: other
                      image: other:1
        """)]);

    private const string NoLabels = """
        apiVersion: [|extensions/v1beta1|]
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: web:1
        """;

    /// <summary>No template labels: there is no default to write (the old version would not have had one either).</summary>
    [Fact]
    public Task Offers_no_move_to_apps_v1_without_a_selector_or_labels() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", NoLabels) }, TargetVersion = new KubernetesVersion(1, 16) }, [("manifest.yaml", Markup.Parse(NoLabels).Text)]);

    private const string Ingress = """
        # the shop's entry
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:   # everything else
            serviceName: fallback
            servicePort: 8080
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /api   # the API first
                backend:
                  serviceName: api
                  servicePort: http
              - path: "/"
                pathType: Prefix
                backend:
                  serviceName: 'web'
                  servicePort: 80
        """;

    private const string IngressFixed = """
        # the shop's entry
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          defaultBackend:   # everything else
            service:
              name: fallback
              port:
                number: 8080
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /api   # the API first
                pathType: ImplementationSpecific
                backend:
                  service:
                    name: api
                    port:
                      name: http
              - path: "/"
                pathType: Prefix
                backend:
                  service:
                    name: 'web'
                    port:
                      number: 80
        """;

    /// <summary>networking.k8s.io/v1 moved serviceName/servicePort into service and requires pathType
    /// (pkg/apis/networking/v1 conversion of IngressBackend; v1beta1 defaulted pathType to ImplementationSpecific).</summary>
    [Fact]
    public Task Moves_an_ingress_to_networking_v1_rewriting_its_backends() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Ingress) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", IngressFixed)]);

    [Fact]
    public Task Moves_an_ingress_in_a_crlf_file() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Ingress) }, TargetVersion = new KubernetesVersion(1, 22), NewLine = "\r\n" }, [("manifest.yaml", IngressFixed)]);

    // A second document, and servicePort on the last line without a line end.
    [Fact]
    public Task Moves_an_ingress_whose_last_line_has_no_line_end() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - port: 80
        ---
        apiVersion: [|networking.k8s.io/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - port: 80
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          defaultBackend:
            service:
              name: web
              port:
                number: 80
        """)]);

    private const string IngressFlowBackend = """
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend: {serviceName: web, servicePort: 80}
        """;

    /// <summary>A flow backend cannot be rewritten in whole lines: no move.</summary>
    [Fact]
    public Task Offers_no_move_for_an_ingress_with_a_flow_backend() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", IngressFlowBackend) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", Markup.Parse(IngressFlowBackend).Text)]);
}
