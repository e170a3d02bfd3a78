using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1004ValueNotInClosedSetTests
{
    [Fact]
    public void Fires_on_values_outside_the_set() => RuleVerifier.Verify("KL1004", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          restartPolicy: [|Sometimes|]
          containers:
          - name: web
            image: nginx
            imagePullPolicy: [|always|]
            ports:
            - containerPort: 80
              protocol: [|tcp|]
        """, new KubernetesVersion(1, 36));

    [Fact]
    public void Fires_on_values_newer_than_the_target() => RuleVerifier.Verify("KL1004", """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes: [ReadWriteOnce, [|ReadWriteOncePod|]]
          resources:
            requests: {storage: 1Gi}
        """, new KubernetesVersion(1, 22));

    [Fact]
    public void Fires_at_1_5_on_a_dns_policy_from_1_6() => RuleVerifier.Verify("KL1004", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          dnsPolicy: [|ClusterFirstWithHostNet|]
          containers:
          - name: web
            image: nginx
        """, new KubernetesVersion(1, 5));

    [Fact]
    public void Does_not_fire_on_accepted_values() => RuleVerifier.Verify("KL1004", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          sessionAffinity: ClientIP
          selector: {app: web}
          ports:
          - port: 80
            protocol: UDP
        """, new KubernetesVersion(1, 9));
}
