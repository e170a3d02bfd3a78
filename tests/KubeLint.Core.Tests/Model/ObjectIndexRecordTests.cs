using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Model;

/// <summary>The index's records carry what the cross-object rules read of other objects, at the places the trees give.</summary>
public class ObjectIndexRecordTests
{
    private const string Manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web, tier: front}
            spec:
              containers:
              - name: web
                ports:
                - {name: http, containerPort: 8080}
                - {containerPort: 53, protocol: UDP}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          type: NodePort
          clusterIP: 10.96.0.10
          ports:
          - {name: http, port: 80, nodePort: 30080}
          - {port: 81, nodePort: 0}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: db, namespace: shop}
        spec:
          type: NodePort
          clusterIP: None
          ports:
          - {port: 5432, nodePort: 30432}
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: shop}
        spec:
          scaleTargetRef: {kind: Deployment, name: web}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        automountServiceAccountToken: false
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default}
        """;

    [Fact]
    public void A_pod_source_keeps_its_labels_claim_selector_ports_and_places()
    {
        var index = Index();
        var web = Assert.Single(index.PodSources);
        Assert.Same(index.Find("Deployment", "shop", "web"), web.Object);
        Assert.Equal("app=web", web.ClaimSelector!.ToString());
        Assert.Equal(["app=web", "tier=front"], web.Labels.Select(l => $"{l.Key}={l.Value}"));
        Assert.False(web.IsBarePod);
        Assert.Equal((6, 3), At(web.SelectorAnchor)); // spec.selector's key
        Assert.Equal((10, 7), At(web.LabelsAnchor)); // the template's labels key
        Assert.Equal((12, 7), At(web.ContainersAnchor!));
        Assert.Equal([("http", "TCP", 15), (null, "UDP", 16)], web.Ports.Select(p => (p.Name, p.Protocol, p.Location.Start.Line)));
        Assert.Equal(3, web.Object.Replicas);
        Assert.Equal("tier=front", string.Join(",", web.Object.TemplateLabels!.Where(l => l.Key == "tier").Select(l => $"{l.Key}={l.Value}")));
        Assert.Equal((1, 1), At(web.Object.RootLocation));
        Assert.Equal((3, 18), At(web.Object.NameLocation!));
    }

    [Fact]
    public void A_service_keeps_its_ports_node_port_claims_and_cluster_ips()
    {
        var index = Index();
        var web = index.Find("Service", "shop", "web")!.Service!;
        Assert.True(web.AllocatesNodePorts);
        Assert.False(web.IsHeadless);
        Assert.Equal([("http", "80"), (null, "81")], web.Ports!.Select(p => (p.Name, p.Port)));
        Assert.Equal((24, 3), At(web.PortsKey!));
        Assert.Equal([(30080, "TCP", 25, 38)], web.NodePorts.Select(n => (n.Port, n.Protocol, n.Location.Start.Line, n.Location.Start.Column))); // nodePort 0 claims none
        Assert.Equal(["10.96.0.10"], web.ClusterIps.Select(c => c.Address.ToString()));
        Assert.Equal((23, 3), At(web.ClusterIpAnchor));

        // The look-alike: headless, so the same type allocates no node port.
        var db = index.Find("Service", "shop", "db")!.Service!;
        Assert.True(db.IsHeadless);
        Assert.False(db.AllocatesNodePorts);
        Assert.Empty(db.ClusterIps);
    }

    [Fact]
    public void Other_kinds_keep_what_their_readers_compare()
    {
        var index = Index();
        Assert.Equal(new ScaleTargetRecord("Deployment", "web"), index.Find("HorizontalPodAutoscaler", "shop", "web")!.ScaleTarget);
        Assert.Null(index.Find("Deployment", "shop", "web")!.ScaleTarget);
        Assert.True(index.Find("ServiceAccount", "shop", "default")!.OptsOutOfTokenMount);
        Assert.False(index.Find("ServiceAccount", "default", "default")!.OptsOutOfTokenMount);
        Assert.Equal(["shop/web", "shop/db"], index.OfKind("Service").Select(s => $"{s.EffectiveNamespace}/{s.Name}"));
        Assert.Equal("s.yaml", index.Records[0].FilePath);
    }

    [Theory]
    [InlineData("matchLabels: {app: web}", "app=web", true)]
    [InlineData("matchLabels: {app: db}", "app=db", false)]
    [InlineData("matchExpressions: [{key: tier, operator: In, values: [front, back]}]", "tier in (front,back)", true)]
    [InlineData("matchExpressions: [{key: tier, operator: NotIn, values: [front]}]", "tier notin (front)", false)]
    [InlineData("matchExpressions: [{key: app, operator: Exists}]", "app", true)]
    [InlineData("matchExpressions: [{key: app, operator: DoesNotExist}]", "!app", false)]
    public void Terms_match_and_read_as_the_selector_they_come_from(string yaml, string shown, bool matches)
    {
        using var folder = new TempFolder();
        folder.Write("s.yaml", $"apiVersion: v1\nkind: Selector\nmetadata: {{name: s}}\nselector: {{{yaml}}}\n");
        var selector = LabelSelector.FromLabelSelector(EngineRun.Lint(folder.Path, ["s.yaml"]).Workspace.Objects[0].Root["selector"])!;
        var terms = SelectorTerms.Of(selector);
        var labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" };
        Assert.Equal(shown, terms.ToString());
        Assert.Equal(selector.ToString(), terms.ToString());
        Assert.Equal(matches, terms.Matches(labels));
        Assert.Equal(selector.Matches(labels), terms.Matches(labels));
    }

    private static ObjectIndex Index()
    {
        using var folder = new TempFolder();
        folder.Write("s.yaml", Manifests);
        return EngineRun.Lint(folder.Path, ["s.yaml"]).Workspace.Index;
    }

    private static (int Line, int Column) At(KubeLint.Core.Diagnostics.Location location) => (location.Start.Line, location.Start.Column);
}
