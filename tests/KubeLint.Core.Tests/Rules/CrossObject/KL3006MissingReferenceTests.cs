using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3006MissingReferenceAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3006MissingReferenceTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          serviceAccountName: [|app-sa|]
          volumes:
          - name: config
            configMap: {name: [|app-config|]}
          - name: maybe
            configMap: {name: optional-config, optional: true}
          - name: data
            persistentVolumeClaim: {claimName: [|app-data|]}
          - name: present
            secret: {secretName: app-tls}
          containers:
          - name: app
            image: app
            envFrom:
            - secretRef: {name: [|app-env|]}
            env:
            - name: PASSWORD
              valueFrom:
                secretKeyRef: {name: [|db|], key: password}
            - name: TOKEN
              valueFrom:
                secretKeyRef: {name: token, key: t, optional: true}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: app-tls}
        """;

    [Fact]
    public Task Fires_at_each_reference_missing_from_the_inputs() => Verify.VerifyAsync(Pod);

    [Fact]
    public void Is_info_unless_the_inputs_are_declared_complete()
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Markup.Parse(Pod).Text);
        Assert.All(EngineRun.Lint(folder.Path, ["pod.yaml"]).Diagnostics.Where(d => d.Id == "KL3006"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));

        var complete = new KubeLint.Core.Engine.LintEngine().Run(new KubeLint.Core.Engine.LintOptions { Paths = ["pod.yaml"], WorkingDirectory = folder.Path, Complete = true });
        var findings = complete.Diagnostics.Where(d => d.Id == "KL3006").ToList();
        Assert.Equal(5, findings.Count);
        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public Task Checks_ingress_backends_and_autoscaler_targets() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{name: http, port: 80}]
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: web}
        spec:
          defaultBackend:
            service: {name: web, port: {number: 80}}
          rules:
          - http:
              paths:
              - path: /api
                pathType: Prefix
                backend:
                  service: {name: [|api|], port: {number: 80}}
              - path: /admin
                pathType: Prefix
                backend:
                  service: {name: web, port: {number: {|#0:8080|}}}
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {name: http}}
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: [|web|]}
          minReplicas: 1
          maxReplicas: 3
        """,
        Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage("Ingress/web refers to port 8080 of Service \"web\", which the Service does not declare (it has http (80))"));

    [Fact]
    public void A_port_missing_from_a_present_service_is_a_warning()
    {
        var finding = Assert.Single(EngineRun.LintText("""
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              ports: [{name: http, port: 80}]
            ---
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata: {name: web}
            spec:
              backend: {serviceName: web, servicePort: https}
            """), d => d.Id == "KL3006");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("the port named https of Service \"web\"", finding.Message);
    }

    [Fact]
    public Task A_stateful_set_volume_named_after_a_claim_template_is_not_a_reference() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              serviceAccountName: default
              volumes:
              - name: data
                persistentVolumeClaim: {claimName: data}
              containers: [{name: db, image: postgres}]
          volumeClaimTemplates:
          - metadata: {name: data}
            spec: {accessModes: [ReadWriteOnce]}
        """);
}
