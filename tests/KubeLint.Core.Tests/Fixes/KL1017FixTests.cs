using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1017InconsistentFieldsAnalyzer, KubeLint.Core.Rules.Api.KL1017InconsistentFieldsFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1017's fix for a controller's template restartPolicy other than Always: the field removed, so it defaults to Always.</summary>
public class KL1017FixTests
{
    [Fact]
    public Task Removes_a_restart_policy_a_deployment_refuses_keeping_the_comments_around() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
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
              # copied from the Job
              restartPolicy: [|OnFailure|]   # not for a Deployment
              containers:
              - name: web
                image: web:1
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
            spec:
              restartPolicy: Always
              containers:
              - name: agent
                image: agent:1
        """) }, NewLine = "\r\n" }, [("manifest.yaml", """
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
              # copied from the Job
              containers:
              - name: web
                image: web:1
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
            spec:
              restartPolicy: Always
              containers:
              - name: agent
                image: agent:1
        """)]);

    private const string Flow = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
          template:
            metadata:
              labels: {app: db}
            spec: {restartPolicy: [|Never|], containers: [{name: db, image: "db:1"}]}
        """;

    /// <summary>Inside a flow mapping a removal would have to rewrite the commas: no fix.</summary>
    [Fact]
    public Task Offers_no_fix_inside_a_flow_mapping() => Fix.VerifyFixAsync(Flow, Markup.Parse(Flow).Text);
}
