using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3005OverlappingSelectorsTests
{
    [Fact]
    public void Fires_at_a_bare_pod_that_a_replica_set_adopts() => RuleVerifier.Verify("KL3005", """
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
          [|labels|]:
            app: web
            role: debug
        spec:
          containers: [{name: sh, image: busybox}]
        """);

    [Fact]
    public void Fires_once_for_two_controllers_claiming_the_same_pods() => RuleVerifier.Verify("KL3005", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web-canary}
        spec:
          [|selector|]: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """);

    [Fact]
    public void Fires_at_the_wider_selector_when_only_it_matches() => RuleVerifier.Verify("KL3005", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web, track: stable}}
          template:
            metadata: {labels: {app: web, track: stable}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: all-web}
        spec:
          serviceName: web
          [|selector|]: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        """);

    [Fact]
    public void Does_not_fire_across_namespaces_for_distinct_labels_or_for_jobs() => RuleVerifier.Verify("KL3005", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: a}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: b}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: a}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              containers: [{name: api, image: nginx}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: a}
        spec:
          template:
            metadata: {labels: {app: web}}
            spec:
              restartPolicy: Never
              containers: [{name: m, image: migrate}]
        """);
}
