using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1009's fix: the critical-pod annotation replaced by priorityClassName: system-cluster-critical.</summary>
public class KL1009FixTests
{
    private static readonly KubernetesVersion V1_16 = new(1, 16);

    [Fact]
    public void Replaces_the_annotation_of_a_template_with_the_priority_class() => FixVerifier.Verify("KL1009", """
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
        """, """
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
        """, V1_16);

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
    public void Removes_an_annotations_key_left_empty_in_a_crlf_file() => FixVerifier.Verify("KL1009", Pod, """
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
        """, V1_16, newLine: "\r\n");

    [Fact]
    public void Keeps_a_priority_class_already_named() => FixVerifier.Verify("KL1009", Pod.Replace("spec:\n", "spec:\n  priorityClassName: node-critical\n"), """
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
        """, V1_16);

    /// <summary>Before 1.17 the system- classes are admitted only in kube-system: elsewhere no fix at 1.16, the fix at 1.17.</summary>
    [Fact]
    public void Fixes_outside_kube_system_only_from_1_17()
    {
        var elsewhere = Pod.Replace("  namespace: kube-system\n", "  namespace: shop\n");
        FixVerifier.Verify("KL1009", elsewhere, Markup.Parse(elsewhere).Text, V1_16);
        FixVerifier.Verify("KL1009", elsewhere, """
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
            """, new KubernetesVersion(1, 17));
    }

    private const string Seccomp = """
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
        """;

    /// <summary>The seccomp annotation's value maps to a profile field case by case: no fix (the look-alike annotation stays too).</summary>
    [Fact]
    public void Offers_no_fix_for_other_annotations() => FixVerifier.Verify("KL1009", Seccomp, Markup.Parse(Seccomp).Text, new KubernetesVersion(1, 19));
}
