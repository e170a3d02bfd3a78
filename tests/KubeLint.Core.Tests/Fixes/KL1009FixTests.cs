using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1009DeprecatedAnnotationAnalyzer, KubeLint.Core.Rules.Api.KL1009DeprecatedAnnotationFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1009's fix: the critical-pod annotation replaced by priorityClassName: system-cluster-critical.</summary>
public class KL1009FixTests
{
    private static readonly KubernetesVersion V1_16 = new(1, 16);

    [Fact]
    public Task Replaces_the_annotation_of_a_template_with_the_priority_class() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: dns
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: dns}
          template:
            metadata:
              labels: {app: dns}
              annotations:
                [|scheduler.alpha.kubernetes.io/critical-pod|]: ''   # the add-on must run
                prometheus.io/port: "10054"
            spec:
              # DNS first
              containers:
              - name: dns
                image: dns:1
        """) }, TargetVersion = V1_16 }, [("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: dns
          namespace: kube-system
        spec:
          selector:
            matchLabels: {app: dns}
          template:
            metadata:
              labels: {app: dns}
              annotations:
                prometheus.io/port: "10054"
            spec:
              # DNS first
              priorityClassName: system-cluster-critical
              containers:
              - name: dns
                image: dns:1
        """)]);

    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
          annotations:
            [|scheduler.alpha.kubernetes.io/critical-pod|]: ""
        spec:
          containers:
          - name: dns
            image: dns:1
        """;

    // The only annotation: the annotations key goes with it. CRLF line ends stay CRLF.
    [Fact]
    public Task Removes_an_annotations_key_left_empty_in_a_crlf_file() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Pod) }, TargetVersion = V1_16, NewLine = "\r\n" }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
        spec:
          priorityClassName: system-cluster-critical
          containers:
          - name: dns
            image: dns:1
        """)]);

    [Fact]
    public Task Keeps_a_priority_class_already_named() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Pod.Replace("spec:\n", "spec:\n  priorityClassName: node-critical\n")) }, TargetVersion = V1_16 }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
        spec:
          priorityClassName: node-critical
          containers:
          - name: dns
            image: dns:1
        """)]);

    /// <summary>Before 1.17 the system- classes are admitted only in kube-system: elsewhere no fix at 1.16, the fix at 1.17.</summary>
    [Fact]
    public async Task Fixes_outside_kube_system_only_from_1_17()
    {
        var elsewhere = Pod.Replace("  namespace: kube-system\n", "  namespace: shop\n");
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", elsewhere) }, TargetVersion = V1_16 }, [("manifest.yaml", Markup.Parse(elsewhere).Text)]);
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", elsewhere) }, TargetVersion = new KubernetesVersion(1, 17) }, [("manifest.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: dns
              namespace: shop
            spec:
              priorityClassName: system-cluster-critical
              containers:
              - name: dns
                image: dns:1
            """)]);
    }

    // The apiserver maps the pod's seccomp annotation to the field from 1.19 (SeccompFieldForAnnotation, pkg/api/pod): runtime/default is RuntimeDefault.
    [Fact]
    public Task Moves_the_pod_seccomp_annotation_into_a_new_security_context() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            [|seccomp.security.alpha.kubernetes.io/pod|]: runtime/default
            example.com/owner: shop
        spec:
          containers:
          - name: web
            image: web:1
        """) }, TargetVersion = new KubernetesVersion(1, 19) }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            example.com/owner: shop
        spec:
          securityContext:
            seccompProfile:
              type: RuntimeDefault
          containers:
          - name: web
            image: web:1
        """)]);

    [Fact]
    public Task Moves_the_seccomp_annotation_of_a_template_into_its_security_context() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
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
              annotations:
                [|seccomp.security.alpha.kubernetes.io/pod|]: 'unconfined'
            spec:
              securityContext:
                runAsNonRoot: true   # kept
              containers:
              - name: web
                image: web:1
        """) }, TargetVersion = new KubernetesVersion(1, 30), NewLine = "\r\n" }, [("manifest.yaml", """
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
              securityContext:
                seccompProfile:
                  type: Unconfined
                runAsNonRoot: true   # kept
              containers:
              - name: web
                image: web:1
        """)]);

    private const string Seccomp = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          annotations:
            [|seccomp.security.alpha.kubernetes.io/pod|]: localhost/profiles/web.json
            [|kubernetes.io/ingress.class|]: nginx
            example.com/owner: shop
        spec:
          containers:
          - name: web
            image: web:1
        """;

    /// <summary>A localhost profile's path is relative to the kubelet's seccomp root, which the annotation and the field
    /// spell differently across versions; and the ingress class must name an IngressClass that exists: neither is fixed.</summary>
    [Fact]
    public Task Offers_no_fix_for_a_localhost_profile_or_an_ingress_class() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Seccomp) }, TargetVersion = new KubernetesVersion(1, 19) }, [("manifest.yaml", Markup.Parse(Seccomp).Text)]);

    private const string NginxClass = """
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata:
          name: nginx
        spec:
          controller: k8s.io/ingress-nginx
        ---

        """;

    private const string Ingress = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          annotations:
            [|kubernetes.io/ingress.class|]: nginx   # the old controller reads this
            example.com/owner: shop
        spec:
          # one host
          rules:
          - host: shop.example.com
        """;

    /// <summary>The annotation becomes the spec's first key when an IngressClass of that name is among the inputs
    /// (here the document before it); a comment beside the annotation goes with its line, one above the key stays.</summary>
    [Fact]
    public Task Moves_the_ingress_class_into_the_spec_when_the_class_is_among_the_inputs() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", NginxClass + Ingress) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", NginxClass + """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          annotations:
            example.com/owner: shop
        spec:
          # one host
          ingressClassName: nginx
          rules:
          - host: shop.example.com
        """)]);

    // networking.k8s.io/v1beta1 has the field from 1.18 (its IngressClass too); the only annotation takes its key along, the quotes stay, CRLF stays CRLF.
    [Fact]
    public Task Moves_a_quoted_ingress_class_of_a_v1beta1_ingress_at_1_18_in_a_crlf_file() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: networking.k8s.io/v1beta1
        kind: IngressClass
        metadata:
          name: nginx
        spec:
          controller: k8s.io/ingress-nginx
        ---
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata:
          name: shop
          annotations:
            [|kubernetes.io/ingress.class|]: "nginx"
        spec:
          backend:
            serviceName: shop
            servicePort: 80
        """) }, TargetVersion = new KubernetesVersion(1, 18), NewLine = "\r\n" }, [("manifest.yaml", """
        apiVersion: networking.k8s.io/v1beta1
        kind: IngressClass
        metadata:
          name: nginx
        spec:
          controller: k8s.io/ingress-nginx
        ---
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata:
          name: shop
        spec:
          ingressClassName: "nginx"
          backend:
            serviceName: shop
            servicePort: 80
        """)]);

    /// <summary>No IngressClass by that name among the inputs: a controller that reads the annotation may have none, and
    /// the field would then name no class. The look-alike with the class is the test above.</summary>
    [Fact]
    public async Task Offers_no_ingress_class_fix_without_an_ingress_class_of_that_name()
    {
        var input = NginxClass.Replace("name: nginx", "name: traefik", StringComparison.Ordinal) + Ingress;
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", input) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", Markup.Parse(input).Text)]);
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Ingress) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", Markup.Parse(Ingress).Text)]);
    }

    // extensions/v1beta1 is not given the field here (its move to networking.k8s.io/v1 is KL1006/KL1007's fix).
    [Fact]
    public async Task Offers_no_ingress_class_fix_for_an_extensions_v1beta1_ingress()
    {
        var input = NginxClass + Ingress.Replace("networking.k8s.io/v1\nkind: Ingress", "extensions/v1beta1\nkind: Ingress", StringComparison.Ordinal);
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", input) }, TargetVersion = new KubernetesVersion(1, 18) }, [("manifest.yaml", Markup.Parse(input).Text)]);
    }

    /// <summary>The apiserver refuses an Ingress created with both (ValidateIngressCreate, pkg/apis/networking/validation):
    /// with the same class in the spec the annotation just goes; with another class there is no fix.</summary>
    [Fact]
    public async Task Removes_the_annotation_when_the_spec_names_the_same_class_and_nothing_when_another()
    {
        var same = NginxClass + Ingress.Replace("  # one host\n", "  ingressClassName: nginx\n", StringComparison.Ordinal);
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", same) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", NginxClass + """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: shop
              annotations:
                example.com/owner: shop
            spec:
              ingressClassName: nginx
              rules:
              - host: shop.example.com
            """)]);
        var other = same.Replace("ingressClassName: nginx", "ingressClassName: public", StringComparison.Ordinal);
        await Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", other) }, TargetVersion = new KubernetesVersion(1, 22) }, [("manifest.yaml", Markup.Parse(other).Text)]);
    }
}
