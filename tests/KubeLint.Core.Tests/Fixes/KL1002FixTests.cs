using KubeLint.Core.Tests.Infrastructure;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1002UnknownFieldAnalyzer, KubeLint.Core.Rules.Api.KL1002UnknownFieldFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1002's fix: a mistyped key renamed to the one field it is closest to, its quotes kept.</summary>
public class KL1002FixTests
{
    [Fact]
    public Task Renames_plain_quoted_and_flow_keys() => Fix.VerifyFixAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          [|replcias|]: 2  # two for a drain
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
                [|'imagePullPolcy'|]: Always
                ports: [{[|contianerPort|]: 80}]
        """, """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2  # two for a drain
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
                'imagePullPolicy': Always
                ports: [{containerPort: 80}]
        """);

    private const string NoSafeRename = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
            [|imagePulPolicy|]: Always
            imagePullPolicy: IfNotPresent
            [|colour|]: blue
        """;

    /// <summary>Not to a key the mapping already has (that would be a duplicate key), nor without a suggestion.</summary>
    [Fact]
    public Task Offers_no_rename_to_an_existing_key_or_without_a_suggestion() =>
        Fix.VerifyFixAsync(NoSafeRename, Markup.Parse(NoSafeRename).Text);
}
