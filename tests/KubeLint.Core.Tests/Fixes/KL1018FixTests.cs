using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1018UnknownBuiltInKindAnalyzer, KubeLint.Core.Rules.Api.KL1018UnknownBuiltInKindFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1018's fix: a kind its apiVersion lacks renamed to the one kind of that apiVersion it misspells.</summary>
public class KL1018FixTests
{
    [Fact]
    public Task Fixes_the_case_of_a_kind_and_an_unambiguous_misspelling_in_each_document() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: v1
        kind: [|configmap|]   # as kubectl create would not write it
        metadata:
          name: settings
        data:
          mode: fast
        ---
        apiVersion: apps/v1
        kind: [|"Deploymnet"|]
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
        """) }, NewLine = "\r\n" }, [("manifest.yaml", """
        apiVersion: v1
        kind: ConfigMap   # as kubectl create would not write it
        metadata:
          name: settings
        data:
          mode: fast
        ---
        apiVersion: apps/v1
        kind: "Deployment"
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: web:1
        """)]);

    private const string Unrelated = """
        apiVersion: v1
        kind: [|Widget|]
        metadata:
          name: w
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fine
        """;

    /// <summary>A kind close to no kind of its apiVersion is not guessed; the valid ConfigMap beside it is left alone.</summary>
    [Fact]
    public Task Guesses_no_kind_that_nothing_is_close_to() => Fix.VerifyFixAsync(Unrelated, Markup.Parse(Unrelated).Text);
}
