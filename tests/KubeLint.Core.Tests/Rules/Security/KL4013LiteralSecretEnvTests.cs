using KubeLint.Core.Rules.Security;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4013LiteralSecretEnvAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4013LiteralSecretEnvTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_literal_values_of_secret_names(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env:
          - name: DB_PASSWORD
            value: {|#0:hunter2|}
          - name: apiKey
            value: [|"abc123"|]
          - name: GITHUB_TOKEN
            value: [|ghp_x|]
          - name: AWS_SECRET_ACCESS_KEY
            value: [|wJalrXUt|]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Environment variable \"DB_PASSWORD\" of container \"app\" looks like a secret but its value is written in the manifest; use valueFrom.secretKeyRef"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_references_switches_and_other_names(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef: {name: db, key: password}
          - name: MYSQL_RANDOM_ROOT_PASSWORD
            value: "yes"
          - name: PASSWORD_FILE
            value: /run/secrets/db
          - name: TOKEN_URL
            value: https://auth.example.com/token
          - name: AWS_ACCESS_KEY_ID
            value: AKIAEXAMPLE
          - name: CACHE_KEY
            value: users
          - name: PWD
            value: /app
          - name: ADMIN_PASSWORD
            value: $(PASSWORD_FROM_SECRET)
          - name: EMPTY_SECRET
            value: ""
        """));

    [Theory]
    [InlineData("MYSQL_ROOT_PASSWORD", true)]
    [InlineData("ROOTPASSWORD", true)]
    [InlineData("db.pass", true)]
    [InlineData("clientSecret", true)]
    [InlineData("PRIVATE_KEY", true)]
    [InlineData("SECRET_NAME", false)]
    [InlineData("KEY", false)]
    [InlineData("MONKEY", false)]
    [InlineData("PASSWORD_MIN_LENGTH", false)]
    [InlineData("TOKENIZER", false)]
    [InlineData("ETCD_INITIAL_CLUSTER_TOKEN", false)]
    [InlineData("ETCD_DISCOVERY_TOKEN", true)]
    public void Secret_names(string name, bool expected) => Assert.Equal(expected, SecretNames.LooksSecret(name));

    [Fact]
    public Task Ignored_names_are_not_reported() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Pod", """
            containers:
            - name: app
              image: app:1
              env:
              - name: DEMO_PASSWORD
                value: demo
              - name: DB_PASSWORD
                value: [|s3cret|]
            """)) },
        Configuration = "rules:\n  KL4013:\n    ignoredNames: [demo_password]\n",
    });
}
