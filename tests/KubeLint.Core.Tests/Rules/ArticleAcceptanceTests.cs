using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

/// <summary>The article's manifests (samples/article) get the findings a reviewer of the article would
/// write: untagged images, passwords written as literal values, bare Pods (MySQL's above all), no probes,
/// no resources — each at its exact line and column, and nothing else from those rules.</summary>
public class ArticleAcceptanceTests
{
    private static readonly string[] ReviewerRules = ["KL4001", "KL4002", "KL4003", "KL4004", "KL4005", "KL4013", "KL4014"];

    private static readonly Lazy<IReadOnlyList<Diagnostic>> Findings = new(() =>
        EngineRun.Lint(RepoPaths.Root, ["samples/article"]).Diagnostics);

    [Fact]
    public void The_two_container_pod() => AssertFindings("app-wordpress.yml",
    [
        (26, 7, "KL4014"),                                                      // kind: Pod — MySQL and WordPress in a bare Pod
        (33, 11, "KL4002"), (33, 11, "KL4003"), (33, 11, "KL4004"), (33, 11, "KL4005"), // mysql: no resources, no probes
        (34, 12, "KL4001"),                                                     // image: mysql
        (43, 14, "KL4013"),                                                     // MYSQL_PASSWORD written in the manifest
        (45, 11, "KL4002"), (45, 11, "KL4003"), (45, 11, "KL4004"), (45, 11, "KL4005"), // wordpress: no resources, no probes
        (46, 12, "KL4001"),                                                     // image: wordpress
        (53, 14, "KL4013"),                                                     // WORDPRESS_DB_PASSWORD written in the manifest
    ]);

    [Fact]
    public void The_replica_set_and_its_bare_mysql_pod() => AssertFindings("app-wordpress2.yml",
    [
        (41, 15, "KL4002"), (41, 15, "KL4003"), (41, 15, "KL4004"), (41, 15, "KL4005"),
        (42, 16, "KL4001"),
        (49, 18, "KL4013"),
        (54, 7, "KL4014"),                                                      // the MySQL Pod beside the ReplicaSet
        (62, 11, "KL4002"), (62, 11, "KL4003"), (62, 11, "KL4004"), (62, 11, "KL4005"),
        (63, 12, "KL4001"),
        (72, 14, "KL4013"),
    ]);

    [Fact]
    public void The_deployment_after_the_fixes() => AssertFindings("app-wordpress3.yml",
    [
        // Tags (wordpress:fpm, mysql:5.7) and secretKeyRef passwords: those findings are gone.
        (39, 15, "KL4002"), (39, 15, "KL4003"), (39, 15, "KL4004"), (39, 15, "KL4005"),
        (55, 7, "KL4014"),
        (63, 11, "KL4002"), (63, 11, "KL4003"), (63, 11, "KL4004"), (63, 11, "KL4005"),
    ]);

    [Fact]
    public void The_httpd_pod() => AssertFindings("svc-httpd.yml",
    [
        (3, 7, "KL4014"),
        (10, 11, "KL4002"), (10, 11, "KL4003"), (10, 11, "KL4004"), (10, 11, "KL4005"),
        (11, 12, "KL4001"),
    ]);

    [Fact]
    public void The_kube_dns_add_on_only_misses_a_few_probes_and_memory_limits() => AssertFindings("kube-dns.yaml",
    [
        (150, 15, "KL4004"), (182, 9, "KL4003"),                                // dnsmasq
        (196, 15, "KL4004"), (215, 9, "KL4003"),                                // sidecar
    ]);

    [Fact]
    public void The_random_root_password_switch_is_not_a_password() =>
        Assert.DoesNotContain(Findings.Value, d => d.Id == "KL4013" && d.Location.Start.Line is 37 or 66 or 67);

    [Fact]
    public void The_kube_dns_add_on_has_no_best_practice_or_security_warning() =>
        Assert.DoesNotContain(Findings.Value, d => d.Location.Path.EndsWith("kube-dns.yaml", StringComparison.Ordinal)
            && d.Id.StartsWith("KL4", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning);

    private static void AssertFindings(string file, (int Line, int Column, string Rule)[] expected)
    {
        var actual = Findings.Value
            .Where(d => d.Location.Path == $"samples/article/{file}" && ReviewerRules.Contains(d.Id))
            .Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column} {d.Id}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => $"{e.Line}:{e.Column} {e.Rule}").Order(StringComparer.Ordinal), actual);
    }
}
