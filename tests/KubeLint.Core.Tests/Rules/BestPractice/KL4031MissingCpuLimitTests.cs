using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4031MissingCpuLimitTests
{
    private const string Enable = "rules:\n  KL4031: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_where_the_limit_belongs(string kind) => Verify(kind, """
        initContainers:
        - name: migrate
          image: migrate:1
          [|resources|]:
            requests: {cpu: 100m}
        containers:
        - name: [|web|]
          image: nginx:1.27
        - name: api
          image: api:1
          resources:
            [|limits|]:
              memory: 128Mi
        """);

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_with_a_cpu_limit(string kind) => Verify(kind, """
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
    public void A_pod_level_cpu_limit_covers_every_container() => Verify("Deployment", """
        resources:
          limits: {cpu: "2"}
        containers:
        - name: web
          image: nginx:1.27
        """);

    [Fact]
    public void A_pod_level_limit_without_cpu_does_not() => Verify("Deployment", """
        resources:
          limits: {memory: 1Gi}
        containers:
        - name: [|web|]
          image: nginx:1.27
        """);

    [Fact]
    public void Ephemeral_containers_are_not_checked() => Verify("Pod", """
        containers:
        - name: [|web|]
          image: nginx:1.27
        ephemeralContainers:
        - name: debugger
          image: busybox:1.36
        """);

    [Fact]
    public void Honours_ignored_containers() => RuleVerifier.Verify(
        ["KL4031"],
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            containers:
            - name: [|web|]
              image: nginx:1.27
            - name: istio-proxy
              image: proxyv2:1.24
            """))],
        config: "rules:\n  KL4031: {severity: info, ignoredContainers: [istio-proxy]}\n");

    [Fact]
    public void Says_which_container_at_info_severity()
    {
        var findings = LintDeployment(Enable);

        var finding = Assert.Single(findings);
        Assert.Equal("Container \"web\" has no CPU limit; under load it can take the CPU time of its node's other pods", finding.Message);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.Equal((12, 15), (finding.Location.Start.Line, finding.Location.Start.Column));
    }

    // The same manifest as above: only the configuration differs.
    [Fact]
    public void Is_off_by_default() => Assert.Empty(LintDeployment(config: null));

    private static void Verify(string kind, string podSpec) =>
        RuleVerifier.Verify(["KL4031"], [("manifest.yaml", WorkloadManifests.Wrap(kind, podSpec))], config: Enable);

    /// <summary>The KL4031 findings on a Deployment whose one container has no CPU limit.</summary>
    private static List<Diagnostic> LintDeployment(string? config)
    {
        using var folder = new TempFolder();
        folder.Write("manifest.yaml", WorkloadManifests.Wrap("Deployment", "containers:\n- name: web\n  image: nginx:1.27\n"));
        if (config is not null)
        {
            folder.Write(".kubelint.yaml", config);
        }

        return RuleVerifier.Lint(folder.Path, ["manifest.yaml"]).Diagnostics.Where(d => d.Id == "KL4031").ToList();
    }
}
