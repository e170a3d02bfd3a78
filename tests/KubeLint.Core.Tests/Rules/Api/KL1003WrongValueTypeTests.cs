using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1003WrongValueTypeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1003WrongValueTypeTests
{
    [Fact]
    public Task Fires_on_unquoted_numbers_and_booleans_in_string_maps() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          labels:
            version: [|1.0|]
            enabled: [|yes|]
            quoted: "1.0"
        data:
          port: [|8080|]
        """, new KubernetesVersion(1, 36));

    [Fact]
    public Task Fires_on_a_string_for_an_integer_and_a_map_for_a_list() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: [|"3"|]
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                [|name|]: web
                image: nginx
        """, new KubernetesVersion(1, 16));

    [Fact]
    public Task Names_an_unfilled_template_placeholder() => Verify.VerifyMessagesAsync(
        "apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: x\nspec:\n  replicas: {[|{replicas}|]}\n", new KubernetesVersion(1, 9),
        "spec.replicas must be an integer, not an object (an unfilled {{…}} template placeholder?)");

    [Fact]
    public Task Fires_at_1_5_on_a_boolean_for_a_string() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx
            env:
            - name: DEBUG
              value: [|true|]
        """, new KubernetesVersion(1, 5));

    [Fact]
    public Task Does_not_fire_on_right_types_int_or_string_and_quantities() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {version: "1.0", on: "yes"}
        spec:
          replicas: 3.0
          strategy:
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx
                ports:
                - containerPort: 0x50
                resources:
                  limits: {cpu: 1, memory: 1.5Gi}
                  requests: {cpu: 0.5}
                livenessProbe:
                  httpGet: {port: http, path: /}
        """, new KubernetesVersion(1, 22));
}
