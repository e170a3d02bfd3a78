using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3008StatefulSetServiceAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3008StatefulSetServiceTests
{
    private static string StatefulSet(string name, string serviceName) => $$$"""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: {{{name}}}}
        spec:
          serviceName: {{{serviceName}}}
          selector: {matchLabels: {app: {{{name}}}}}
          template:
            metadata: {labels: {app: {{{name}}}}}
            spec:
              containers: [{name: db, image: postgres}]
        """;

    [Fact]
    public Task Fires_when_the_service_is_missing_or_not_headless() => Verify.VerifyAsync(StatefulSet("db", "{|#0:db-headles|}") + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: db-headless}
        spec:
          clusterIP: None
          selector: {app: db}
        ---

        """ + StatefulSet("cache", "[|cache|]") + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: cache}
        spec:
          selector: {app: cache}
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("StatefulSet/db names serviceName \"db-headles\", but no Service of that name is among the inputs in namespace \"default\"; its pods get no stable DNS names"));

    [Fact]
    public Task Does_not_fire_for_a_headless_service() => Verify.VerifyAsync(StatefulSet("db", "db") + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          clusterIP: None
          selector: {app: db}
        """);
}
