using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Rules.CrossObject;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// One fact, one finding: each of these rejections is within reach of two of the apiserver rules (and of
/// KL4019), and exactly one reports it — a missing field is KL1011's, a repeat KL1016's, two fields that
/// exclude each other KL1015's, a bound KL1014's.
/// </summary>
public class ApiserverRulesOverlapTests
{
    private static KubeAnalyzer[] OtherAnalyzers =>
    [
        new KL1012InvalidNameOrKeyAnalyzer(), new KL1013InvalidValueAnalyzer(), new KL1014ValueOutOfRangeAnalyzer(),
        new KL1015MutuallyExclusiveFieldsAnalyzer(), new KL1016DuplicateEntryAnalyzer(),
        new KL1017InconsistentFieldsAnalyzer(), new KL1018UnknownBuiltInKindAnalyzer(),
        new KL4019UnsafeRollingUpdateAnalyzer(), new KL3004ServicePortMismatchAnalyzer(),
    ];

    [Fact]
    public Task Each_rejection_is_reported_once_by_the_rule_of_its_class() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithSeveritiesAsync([("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: svc}
        spec:
          ports:
          - {|KL1011:port|}: 80
          - {|KL1011:port|}: 81
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: ext}
        {|KL1011:spec|}:
          type: ExternalName
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cm}
        data: {a: b}
        binaryData: {{|KL1016:a|}: YQ==}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          selector: {matchLabels: {app: ds}}
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: {|KL1015:1|}, maxUnavailable: 1}
          template:
            metadata: {labels: {app: ds}}
            spec:
              containers: [{name: c, image: "i:1"}]
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: {name: pdb}
        spec:
          minAvailable: 1
          {|KL1015:maxUnavailable|}: 1
          selector: {matchLabels: {app: ds}}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: job}
        {|KL1011:spec|}:
          completionMode: Indexed
          template:
            spec:
              restartPolicy: Never
              containers: [{name: c, image: "i:1"}]
              volumes:
              - {name: v, emptyDir: {}}
              - {name: {|KL1016:v|}, emptyDir: {}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: dep}
        spec:
          selector: {matchLabels: {app: d}}
          strategy:
            rollingUpdate: {maxSurge: 0, maxUnavailable: {|KL4019:0|}}
          template:
            metadata: {labels: {app: d}}
            spec:
              containers: [{name: c, image: "i:1"}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: dep2}
        spec:
          selector: {matchLabels: {app: d2}}
          strategy:
            rollingUpdate: {maxUnavailable: {|KL1014:150%|}}
          template:
            metadata: {labels: {app: d2}}
            spec:
              containers: [{name: c, image: "i:1"}]
        """)], new KubernetesVersion(1, 36),
        new Dictionary<string, DiagnosticSeverity> { ["KL4019"] = DiagnosticSeverity.Error }, // both bounds 0: the apiserver refuses it
        OtherAnalyzers);

    // A port referred to by a string is a value: KL1013's, not KL1012's (which checks the names ports are
    // given); a name the apiserver refuses cannot be declared either, so KL4021 stays silent about it.
    [Fact]
    public Task Ports_named_by_strings_are_reported_once_as_values() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: svc}
        spec:
          ports:
          - {name: a, port: 80, targetPort: {|KL1013:"8080"|}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: "i:1"
            ports: [{name: http, containerPort: 80}]
            readinessProbe: {httpGet: {port: {|KL1013:"8080"|}}}
            livenessProbe: {tcpSocket: {port: {|KL1013:Web_Port|}}}
            startupProbe: {tcpSocket: {port: {|KL4021:admin|}}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: i}
        spec:
          defaultBackend: {service: {name: s, port: {name: {|KL1013:"8080"|}}}}
        """)], new KubernetesVersion(1, 36), null, [.. OtherAnalyzers, new KL4021ProbeUndeclaredPortAnalyzer()]);
}
