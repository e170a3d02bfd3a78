using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2002NodePortClaimedTwiceAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2002NodePortClaimedTwiceTests
{
    private const string Web = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: a
        spec:
          type: NodePort
          ports:
          - port: 80
            nodePort: 30080
        """;

    [Fact]
    public Task Fires_on_the_later_claim_across_namespaces_and_files() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("a.yaml", Web), ("b.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: other
          namespace: b
        spec:
          type: LoadBalancer
          ports:
          - port: 8080
            nodePort: [|30080|]
          - port: 53
            protocol: UDP
            nodePort: 30081
        """) },
    });

    [Fact]
    public void Names_the_first_claim_as_related_location()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", Web);
        folder.Write("b.yaml", Web.Replace("name: web", "name: web2"));
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["b.yaml", "a.yaml"]).Diagnostics, d => d.Id == "KL2002");

        Assert.Equal("b.yaml", finding.Location.Path);
        var related = Assert.Single(finding.AdditionalLocations);
        Assert.Equal(("a.yaml", 10, 15), (related.Path, related.Start.Line, related.Start.Column));
        Assert.Contains("Service/web (a.yaml(10,15))", finding.Message);
    }

    [Fact]
    public Task Does_not_fire_for_other_protocols_or_the_same_service_written_twice() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("a.yaml", Web), ("copy.yaml", Web), ("udp.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          type: NodePort
          ports:
          - port: 53
            protocol: UDP
            nodePort: 30080
        """) },
    });
}
