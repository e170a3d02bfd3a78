using KubeLint.Core.Tests.Infrastructure;

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
    public void Fires_when_the_service_is_missing_or_not_headless() => RuleVerifier.Verify("KL3008", StatefulSet("db", "[|db-headles|]") + """

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
        """);

    [Fact]
    public void Does_not_fire_for_a_headless_service() => RuleVerifier.Verify("KL3008", StatefulSet("db", "db") + """

        ---
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          clusterIP: None
          selector: {app: db}
        """);
}
