using System.Text.RegularExpressions;
using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// The issue's acceptance: the article's kube-dns Deployment (the add-on template of early 2018,
/// with priorityClassName, tolerations and the ConfigMap volume's optional still in).
/// </summary>
public class KubeDnsAcceptanceTests
{
    private static KubeAnalyzer[] OtherApiAnalyzers =>
    [
        new KL1002UnknownFieldAnalyzer(), new KL1003WrongValueTypeAnalyzer(), new KL1004ValueNotInClosedSetAnalyzer(),
        new KL1005RequiredFieldMissingAnalyzer(), new KL1006ApiNotServedAnalyzer(), new KL1007DeprecatedApiAnalyzer(),
        new KL1008AlphaApiAnalyzer(), new KL1009DeprecatedAnnotationAnalyzer(), new KL1010UnknownKindAnalyzer(),
    ];

    // <<KLxxxx:text>> marks where a rule may fire; each test keeps the marks it expects.
    private const string Template = """
        apiVersion: <<KL1006:<<KL1007:extensions/v1beta1>>>>
        kind: Deployment
        metadata:
          name: kube-dns
          namespace: kube-system
          labels:
            k8s-app: kube-dns
            kubernetes.io/cluster-service: "true"
            addonmanager.kubernetes.io/mode: Reconcile
        spec:
          strategy:
            rollingUpdate:
              maxSurge: 10%
              maxUnavailable: 0
          selector:
            matchLabels:
              k8s-app: kube-dns
          template:
            metadata:
              labels:
                k8s-app: kube-dns
              annotations:
                <<KL1009:scheduler.alpha.kubernetes.io/critical-pod>>: ''
            spec:
              <<KL1001:priorityClassName>>: system-cluster-critical
              <<KL1001:tolerations>>:
              - key: "CriticalAddonsOnly"
                operator: "Exists"
              volumes:
              - name: kube-dns-config
                configMap:
                  name: kube-dns
                  <<KL1001:optional>>: true
              containers:
              - name: kubedns
                image: gcr.io/google_containers/k8s-dns-kube-dns-amd64:1.14.8
                resources:
                  limits:
                    memory: 170Mi
                  requests:
                    cpu: 100m
                    memory: 70Mi
                livenessProbe:
                  httpGet:
                    path: /healthcheck/kubedns
                    port: 10054
                    scheme: HTTP
                  initialDelaySeconds: 60
                  timeoutSeconds: 5
                  successThreshold: 1
                  failureThreshold: 5
                readinessProbe:
                  httpGet:
                    path: /readiness
                    port: 8081
                    scheme: HTTP
                  initialDelaySeconds: 3
                  timeoutSeconds: 5
                args:
                - --domain=cluster.local.
                - --dns-port=10053
                - --config-dir=/kube-dns-config
                - --v=2
                env:
                - name: PROMETHEUS_PORT
                  value: "10055"
                ports:
                - containerPort: 10053
                  name: dns-local
                  protocol: UDP
                - containerPort: 10055
                  name: metrics
                  protocol: TCP
                volumeMounts:
                - name: kube-dns-config
                  mountPath: /kube-dns-config
              - name: dnsmasq
                image: gcr.io/google_containers/k8s-dns-dnsmasq-nanny-amd64:1.14.8
                args:
                - -v=2
                - --cache-size=1000
                ports:
                - containerPort: 53
                  name: dns
                  protocol: UDP
                resources:
                  requests:
                    cpu: 150m
                    memory: 20Mi
              dnsPolicy: Default
              serviceAccountName: kube-dns
        """;

    [Fact]
    public Task At_1_5_exactly_the_three_fields_the_article_commented_out() =>
        ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyMessagesWithAsync(
            [("kube-dns.yaml", Keep(Template, "KL1001"))],
            new KubernetesVersion(1, 5),
            [
                "spec.template.spec.priorityClassName is not available in Kubernetes 1.5; it was added in 1.8",
                "spec.template.spec.tolerations is not available in Kubernetes 1.5; it was added in 1.6",
                "spec.template.spec.volumes[0].configMap.optional is not available in Kubernetes 1.5; it was added in 1.6",
            ],
            OtherApiAnalyzers);

    [Fact]
    public Task At_1_11_the_fields_are_fine_and_the_api_version_is_deprecated() =>
        ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyWithAsync([("kube-dns.yaml", Keep(Template, "KL1007"))], new KubernetesVersion(1, 11), null, OtherApiAnalyzers);

    [Fact]
    public async Task At_1_16_the_api_version_is_gone_and_the_critical_pod_annotation_too()
    {
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyWithAsync([("kube-dns.yaml", Keep(Template, "KL1006", "KL1009"))], new KubernetesVersion(1, 16), null, OtherApiAnalyzers);
        await ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync(
            [("kube-dns.yaml", Keep(Template, "KL1006"))],
            new KubernetesVersion(1, 16),
            "extensions/v1beta1 Deployment was removed in 1.16; use apps/v1, available since 1.9");
    }

    /// <summary>Turns the marks of <paramref name="ids"/> into markup and drops the others.</summary>
    private static string Keep(string template, params string[] ids)
    {
        var text = template;
        string previous;
        do
        {
            previous = text;
            text = Regex.Replace(text, @"<<(KL\d{4}):((?:(?!<<|>>).)*)>>", m => ids.Contains(m.Groups[1].Value) ? $"{{|{m.Groups[1].Value}:{m.Groups[2].Value}|}}" : m.Groups[2].Value);
        }
        while (text != previous);
        return text;
    }
}
