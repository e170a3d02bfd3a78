using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0005InvalidNameTests
{
    [Fact]
    public void Fires_at_an_invalid_object_name() => RuleVerifier.Verify("KL0005", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: [|Web_Front|]
        """);

    [Fact]
    public void Service_names_must_start_with_a_letter() => RuleVerifier.Verify("KL0005", """
        apiVersion: v1
        kind: Service
        metadata:
          name: [|"1web"|]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: 1web
        """);

    [Fact]
    public void Namespace_names_may_not_hold_dots_but_other_names_may() => RuleVerifier.Verify("KL0005", """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: [|team.a|]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: team.a
        """);

    [Fact]
    public void Names_over_the_length_limit_fire() => RuleVerifier.Verify("KL0005", $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: [|{new string('a', 64)}|]
        """);

    [Fact]
    public void Fires_at_label_keys_values_annotation_keys_and_selectors() => RuleVerifier.Verify("KL0005", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            [|-app|]: web
            tier: [|front end|]
            [|Example.COM/team|]: shop
          annotations:
            [|/no-prefix|]: x
            example.com/fine: "any value at all: allowed"
        spec:
          selector:
            matchLabels:
              app: [|"web!"|]
          template:
            metadata:
              labels:
                [|bad key|]: web
        """);

    [Fact]
    public void Service_selectors_are_checked_as_labels() => RuleVerifier.Verify("KL0005", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: [|we b|]
        """);

    [Fact]
    public void Does_not_fire_for_valid_names_rbac_names_or_template_placeholders() => RuleVerifier.Verify("KL0005", """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:web
          labels:
            app.kubernetes.io/name: web
            example.com/empty: ""
            version: v1.2_3-rc.1
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: $SERVICE_NAME
          labels:
            app: "{{ .Values.app }}"
        """);
}
