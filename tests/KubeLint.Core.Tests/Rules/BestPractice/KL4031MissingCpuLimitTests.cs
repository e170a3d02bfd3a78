using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4031MissingCpuLimitAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4031MissingCpuLimitTests
{
    private const string Enable = "rules:\n  KL4031: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_where_the_limit_belongs(string kind) => Run(
        kind,
        """
        initContainers:
        - name: migrate
          image: migrate:1
          {|#0:resources|}:
            requests: {cpu: 100m}
        containers:
        - name: {|#1:web|}
          image: nginx:1.27
        - name: api
          image: api:1
          resources:
            {|#2:limits|}:
              memory: 128Mi
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("migrate"),
        Verify.Diagnostic().WithLocation(1).WithArguments("web").WithSeverity(DiagnosticSeverity.Info),
        Verify.Diagnostic(KL4031MissingCpuLimitAnalyzer.Rule).WithLocation(2)
            .WithMessage("Container \"api\" has no CPU limit; under load it can take the CPU time of its node's other pods"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_with_a_cpu_limit(string kind) => Run(kind, """
        initContainers:
        - name: migrate
          image: migrate:1
          resources:
            limits: {cpu: 100m}
        containers:
        - name: web
          image: nginx:1.27
          resources:
            limits:
              cpu: "1"
        """);

    [Fact]
    public Task A_pod_level_cpu_limit_covers_every_container() => Run("Deployment", """
        resources:
          limits: {cpu: "2"}
        containers:
        - name: web
          image: nginx:1.27
        """);

    [Fact]
    public Task A_pod_level_limit_without_cpu_does_not() => Run(
        "Deployment",
        """
        resources:
          limits: {memory: 1Gi}
        containers:
        - name: {|#0:web|}
          image: nginx:1.27
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("web"));

    [Fact]
    public Task Ephemeral_containers_are_not_checked() => Run("Pod", """
        containers:
        - name: [|web|]
          image: nginx:1.27
        ephemeralContainers:
        - name: debugger
          image: busybox:1.36
        """);

    [Fact]
    public Task Honours_ignored_containers() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
                containers:
                - name: [|web|]
                  image: nginx:1.27
                - name: istio-proxy
                  image: proxyv2:1.24
                """)),
        },
        Configuration = "rules:\n  KL4031: {severity: info, ignoredContainers: [istio-proxy]}\n",
    });

    // The same manifest as the enabled run beside it: only the configuration differs.
    [Fact]
    public async Task Is_off_by_default()
    {
        var manifest = WorkloadManifests.Wrap("Deployment", """
            containers:
            - name: [|web|]
              image: nginx:1.27
            """);
        Assert.DoesNotContain(EngineRun.LintText(Markup.Parse(manifest).Text), d => d.Id == "KL4031");
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync(manifest));
        Assert.Contains("KL4031 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest) }, Configuration = Enable });
    }

    private static Task Run(string kind, string podSpec, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", WorkloadManifests.Wrap(kind, podSpec)) }, Configuration = Enable };
        test.ExpectedDiagnostics.AddRange(expected);
        return Verify.VerifyAsync(test);
    }
}
