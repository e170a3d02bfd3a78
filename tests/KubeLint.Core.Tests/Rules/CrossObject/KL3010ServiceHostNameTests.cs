using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>
/// KL3010–KL3013: host names resolved as a pod's resolver does. The name forms follow the DNS
/// specification for Services and pods (kubernetes/dns docs/specification.md: <c>&lt;service&gt;.&lt;ns&gt;.svc.&lt;zone&gt;</c>,
/// <c>&lt;hostname&gt;.&lt;subdomain&gt;.&lt;ns&gt;.svc.&lt;zone&gt;</c>, <c>a-b-c-d.&lt;ns&gt;.pod.&lt;zone&gt;</c>) and the
/// kubelet's search path (pkg/kubelet/network/dns/dns.go, generateSearchesForDNSClusterFirst:
/// <c>&lt;ns&gt;.svc.&lt;domain&gt;</c>, <c>svc.&lt;domain&gt;</c>, <c>&lt;domain&gt;</c>).
/// </summary>
public class KL3010ServiceHostNameTests
{
    private static readonly string[] Rules = ["KL3010", "KL3011", "KL3012", "KL3013"];

    /// <summary>A Service <c>orders</c> (port 5432) in namespace shop, and a headless <c>cassandra</c> with a three-pod StatefulSet.</summary>
    private const string Services = """
        apiVersion: v1
        kind: Service
        metadata: {name: orders, namespace: shop}
        spec:
          ports: [{port: 5432}]
          selector: {app: orders}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: cassandra, namespace: shop}
        spec:
          clusterIP: None
          ports: [{port: 9042}]
          selector: {app: cassandra}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: cassandra, namespace: shop}
        spec:
          serviceName: cassandra
          replicas: 3
          selector: {matchLabels: {app: cassandra}}
          template:
            metadata: {labels: {app: cassandra}}
            spec:
              containers: [{name: cassandra, image: cassandra}]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: web}

        """;

    private static string Pod(string body, string ns = "shop") => $$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: app{{(ns.Length > 0 ? ", namespace: " + ns : string.Empty)}}}
        spec:
          containers:
          - name: app
            image: app
        {{body}}
        """;

    [Fact]
    public void Every_name_form_of_a_service_resolves() => Verify(Services + "---\n" + Pod("""
            env:
            - {name: DB_HOST, value: orders}
            - {name: DB_ADDR, value: orders.shop}
            - {name: DB_SERVER, value: orders.shop.svc}
            - {name: DB_URL, value: orders.shop.svc.cluster.local}
            - {name: CACHE_URL, value: "orders:5432"}
            - {name: DB_URI, value: "orders.shop.svc.cluster.local."}
            - {name: DB_ENDPOINT, value: "orders:5432"}
            - {name: DB_DSN, value: "postgres://app:s3cret@orders.shop:5432/orders?sslmode=disable"}
            - {name: CALLBACK, value: "http://orders.shop.svc:5432/path"}
            - {name: SEEDS, value: "cassandra-0.cassandra.shop.svc.cluster.local,cassandra-2.cassandra:9042"}
            - {name: KUBE_HOST, value: kubernetes.default.svc}
            args: ["--db-host=orders", "--upstream=orders.shop:5432", "--db-server", "orders", "http://orders:5432/healthz"]
        """));

    [Fact]
    public void A_typo_is_a_warning_that_names_the_service_meant() => Verify(Services + "---\n" + Pod("""
            env:
            - {name: DB_HOST, value: [|order|]}
            - {name: DB_URL, value: "postgres://app@{|KL3010:order.shop|}:5432/orders"}
            args: ["--database-host={|KL3010:order.shop.svc|}"]
        """));

    [Fact]
    public void Messages_name_the_service_the_namespace_and_the_domain()
    {
        var findings = Lint(Services + "---\n" + Pod("""
                env:
                - {name: A_HOST, value: order}
                - {name: B_HOST, value: orders.web}
                - {name: C_HOST, value: orders.shop.svc.cluster.lcoal}
                - {name: D_HOST, value: "orders.shop:5433"}
                - {name: E_HOST, value: "cassandra-3.cassandra.shop.svc"}
                - {name: F_HOST, value: payments}
            """, ns: "web"));
        Assert.Equal(
            [
                "KL3013 host name \"order\" in env A_HOST of container \"app\" looks like a Service reference, but no Service \"order\" is among the inputs in the pod's namespace \"web\"",
                "KL3010 host name \"orders.web\" in env B_HOST of container \"app\" names no Service in the pod's namespace \"web\"; Service \"orders\" is in namespace \"shop\": write orders.shop",
                "KL3011 host name \"orders.shop.svc.cluster.lcoal\" in env C_HOST of container \"app\" ends in \"cluster.lcoal\", which is not the cluster domain \"cluster.local\" (Kubernetes' default): it will not resolve; write orders.shop.svc.cluster.local (Service \"orders\" in namespace \"shop\")",
                "KL3012 port 5433 of host name \"orders.shop\" in env D_HOST of container \"app\": Service \"orders\" (namespace \"shop\") exposes 5432, so connections to 5433 fail",
                "KL3010 host name \"cassandra-3.cassandra.shop.svc\" in env E_HOST of container \"app\" names no pod of headless Service \"cassandra\"; StatefulSet \"cassandra\" names its pods cassandra-0 … cassandra-2",
                "KL3013 host name \"payments\" in env F_HOST of container \"app\" looks like a Service reference, but no Service \"payments\" is among the inputs in the pod's namespace \"web\"",
            ],
            findings.Select(d => $"{d.Id} {d.Message}"));
    }

    [Fact]
    public void A_close_name_in_the_pods_namespace_is_a_did_you_mean()
    {
        var findings = Lint(Services.Replace("name: orders,", "name: orders-db,", StringComparison.Ordinal) + "---\n" + Pod("""
                env:
                - {name: DB_HOST, value: order-db}
            """));
        Assert.Equal(["KL3010 host name \"order-db\" in env DB_HOST of container \"app\" names no Service in the pod's namespace \"shop\"; did you mean Service \"orders-db\"?"], findings.Select(d => $"{d.Id} {d.Message}"));
    }

    [Fact]
    public void A_port_the_service_does_not_expose_is_reported_at_the_port() => Verify(Services + "---\n" + Pod("""
            env:
            - {name: DB_HOST, value: "orders:{|KL3012:5433|}"}
            - {name: DB_OK, value: "orders:5432"}
            - {name: DB_URL, value: "postgres://orders.shop.svc.cluster.local:{|KL3012:15432|}/orders"}
            - {name: PEERS, value: "cassandra-0.cassandra:7000"}
            args: ["--upstream=orders.shop:{|KL3012:80|}"]
        """));

    [Fact]
    public void Headless_service_pods_resolve_through_their_statefulset_and_other_ordinals_do_not() => Verify(Services + "---\n" + Pod("""
            env:
            - {name: SEED_HOST, value: cassandra-0.cassandra.shop.svc.cluster.local}
            - {name: PEER_HOST, value: cassandra-2.cassandra}
            - {name: BAD_HOST, value: [|cassandra-3.cassandra.shop|]}
            - {name: WRONG_HOST, value: [|cassandr-0.cassandra.shop.svc|]}
            - {name: POD_HOST, value: 10-1-2-3.shop.pod.cluster.local}
            - {name: POD_TYPO_HOST, value: {|KL3011:10-1-2-3.shop.pod.clster.local|}}
        """));

    [Fact]
    public void Block_scalars_are_pointed_at_as_a_whole_and_huge_ordinals_do_not_overflow() => Verify(Services + "---\n" + Pod("""
            env:
            - name: FOLDED_HOST
              value: [|>-
                order|]
            - {name: BIG_HOST, value: [|cassandra-99999999999999999999999.cassandra.shop|]}
        """));

    [Fact]
    public void Look_alikes_stay_silent() => Verify(Services + "---\n" + Pod("""
            env:
            - {name: DB_HOST, value: orders.example.com}
            - {name: DB_ADDR, value: 10.0.0.12}
            - {name: DB_ENDPOINT, value: "10.0.0.12:5432"}
            - {name: DB_URL, value: "https://api.example.com:8443/v1"}
            - {name: DESCRIPTION, value: "connects to order and then to orders"}
            - {name: MESSAGE_TEXT, value: order}
            - {name: DB_NAME, value: order}
            - {name: CACHE_HOST, value: redis.cache}
            - {name: LISTEN_ADDR, value: "localhost:5432"}
            - {name: FROM_ENV_HOST, value: "$(OTHER_HOST)"}
            - {name: LB_URL, value: "http://order.shop.svc.clusterset.local:5432"}
            - {name: FEATURE_SERVICE, value: "true"}
            - {name: SENTRY_DSN, value: order}
            - {name: EXPORT_URL, value: json}
            - {name: SCRIPT, value: "until nc -z order 5432; do sleep 1; done"}
            command: ["sh", "-c", "echo waiting for order:5432 and image nginx:1; sleep 5"]
            args: ["order", "nginx:1.25", "--verbose", "--timeout=30s", "--log-level=info"]
        """));

    [Fact]
    public void Configmap_values_a_pod_reads_are_resolved_at_their_own_line()
    {
        var configMap = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop}
            data:
              DB_HOST: [|order|]
              DB_PORT: "5432"
              GREETING: hello order
              CACHE_URL: "redis://{|KL3013:cache|}:6379"
            ---

            """;
        var pod = Pod("""
                envFrom:
                - configMapRef: {name: settings}
                env:
                - name: SAME_HOST
                  valueFrom:
                    configMapKeyRef: {name: settings, key: DB_HOST}
            """);
        Verify(Services + "---\n" + configMap + pod);
    }

    [Fact]
    public void Secret_looking_keys_are_not_echoed()
    {
        var findings = Lint(Services + "---\n" + Pod("""
                env:
                - {name: API_TOKEN, value: "https://order.shop:5432/"}
            """));
        var finding = Assert.Single(findings);
        Assert.Equal("KL3010", finding.Id);
        Assert.DoesNotContain("order.shop", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(value not shown)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespaces_come_from_the_manifest_the_namespace_option_or_nowhere()
    {
        // Written namespaces: a Service elsewhere is named.
        Assert.Equal(["KL3010"], Lint(Services + "---\n" + Pod("    env: [{name: DB_HOST, value: orders}]", ns: "web")).Select(d => d.Id));

        // A pod that names no namespace is applied somewhere not known: the Service in shop may be its own.
        Assert.Empty(Lint(Services + "---\n" + Pod("    env: [{name: DB_HOST, value: orders}]", ns: string.Empty)));

        // Both defaulted: the same namespace, so a typo is found.
        var defaulted = Services.Replace(", namespace: shop", string.Empty, StringComparison.Ordinal);
        Verify(defaulted + "---\n" + Pod("    env: [{name: DB_HOST, value: [|order|]}]", ns: string.Empty));

        // --namespace shop puts the pod beside the Service.
        Assert.Empty(Lint(Services + "---\n" + Pod("    env: [{name: DB_HOST, value: orders}]", ns: string.Empty), options: o => o with { Namespace = "shop" }));
        Assert.Equal(["KL3010"], Lint(Services + "---\n" + Pod("    env: [{name: DB_HOST, value: orders}]", ns: string.Empty), options: o => o with { Namespace = "web" }).Select(d => d.Id));
    }

    [Fact]
    public void A_name_that_matches_nothing_is_info_unless_the_inputs_are_complete()
    {
        var text = Services + "---\n" + Pod("    env: [{name: QUEUE_HOST, value: rabbitmq}]");
        Assert.Equal([DiagnosticSeverity.Info], Lint(text).Select(d => d.Severity));
        Assert.Equal([DiagnosticSeverity.Warning], Lint(text, options: o => o with { Complete = true }).Select(d => d.Severity));
    }

    [Fact]
    public void The_cluster_domain_of_the_profile_is_the_reference()
    {
        var markup = Services + "---\n" + Pod("""
                env:
                - {name: A_HOST, value: [|orders.shop.svc.cluster.local|]}
                - {name: B_HOST, value: orders.shop.svc.corp.internal}
            """);

        // Unknown domain: only a near miss of cluster.local is wrong; corp.internal may be the cluster's.
        Assert.Empty(Lint(Markup.Parse(markup).Text));

        var domain = new Dictionary<string, string> { [ClusterProperties.For(ClusterFacts.ClusterDomain)] = "corp.internal" };
        Verify(markup.Replace("[|", "{|KL3011:", StringComparison.Ordinal).Replace("|]", "|}", StringComparison.Ordinal), o => o with { Properties = domain });
        var finding = Assert.Single(Lint(Markup.Parse(markup).Text, o => o with { Properties = domain }));
        Assert.Contains("\"cluster.local\", which is not the cluster domain \"corp.internal\" (--cluster-domain)", finding.Message, StringComparison.Ordinal);
    }

    private static void Verify(string markup, Func<LintOptions, LintOptions>? options = null)
    {
        var (text, spans) = Markup.Parse(markup);
        var expected = spans.Select(s => $"{s.RuleId ?? "KL3010"} app.yaml({s.Span.Start.Line},{s.Span.Start.Column},{s.Span.End.Line},{s.Span.End.Column})").Order(StringComparer.Ordinal);
        var actual = Lint(text, options).Select(d => $"{d.Id} {d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Column},{d.Location.End.Line},{d.Location.End.Column})").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static List<Diagnostic> Lint(string text, Func<LintOptions, LintOptions>? options = null)
    {
        using var folder = new TempFolder();
        folder.Write("app.yaml", text);
        var run = new LintOptions { Paths = ["app.yaml"], WorkingDirectory = folder.Path };
        return new LintEngine().Run(options?.Invoke(run) ?? run).Diagnostics
            .Where(d => Rules.Contains(d.Id))
            .OrderBy(d => d.Location.Start.Line).ThenBy(d => d.Location.Start.Column)
            .ToList();
    }

}
