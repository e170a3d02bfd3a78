using System.Text;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.Network;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Checks of single fields of other kinds, each from its Kubernetes source: ValidateService (externalName) and
/// initIPFamilyFields (pkg/registry/core/service/storage/alloc.go: SingleStack takes one family and one IP),
/// ValidateObjectMetaAccessor (namespace names), ValidateCrossVersionObjectReference (HPA target path segments),
/// ValidateSecret (docker registry credentials must be a JSON object), validateTimeZone (IANA names) and
/// validateIngressBackend (port numbers, KL2010). Every failing document has a valid look-alike beside it.
/// </summary>
public class ObjectSpecValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_external_name_that_is_no_dns_subdomain(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata: {name: bad}
        spec: {type: ExternalName, externalName: [|my_db.example.com|]}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: good}
        spec: {type: ExternalName, externalName: db.example.com.}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: not-external}
        spec: {type: ClusterIP, externalName: my_db.example.com, ports: [{port: 80}]}
        """, V(minor),
        "spec.externalName: Invalid value: \"my_db.example.com\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give the DNS name the Service aliases, e.g. db.example.com (lower-case letters, digits, '-' and '.'; no '_')");

    private static string DualStackService(string name, string fields) => $$"""
        apiVersion: v1
        kind: Service
        metadata: {name: {{name}}}
        spec:
          selector: {app: web}
          ports: [{port: 80}]
        {{fields}}
        """;

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_single_stack_with_two_families_or_ips(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {DualStackService("bad", "  ipFamilyPolicy: [|SingleStack|]\n  ipFamilies: [IPv4, IPv6]")}
        ---
        {DualStackService("bad-ips", "  ipFamilyPolicy: [|SingleStack|]\n  clusterIP: 10.96.0.10\n  clusterIPs: [10.96.0.10, \"fd00::10\"]")}
        ---
        {DualStackService("good", "  ipFamilyPolicy: PreferDualStack\n  ipFamilies: [IPv4, IPv6]")}
        ---
        {DualStackService("good-single", "  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv6]")}
        """, V(minor),
        "spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified; list one IP family, or set ipFamilyPolicy to PreferDualStack or RequireDualStack",
        "spec.ipFamilyPolicy: Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified; give one cluster IP, or set ipFamilyPolicy to PreferDualStack or RequireDualStack");

    // Dual stack is on by default from 1.21; before, the fields are dropped (and KL1001 speaks for them).
    [Fact]
    public Task KL1017_checks_ip_families_from_1_21() =>
        ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyAsync(DualStackService("old", "  ipFamilyPolicy: SingleStack\n  ipFamilies: [IPv4, IPv6]"), V(20));

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_namespace_that_is_no_dns_label(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: bad, namespace: [|Team_A|]}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: good, namespace: team-a}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: cluster-scoped, namespace: Team_A}
        rules: []
        """, V(minor),
        "metadata.namespace: Invalid value: \"Team_A\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; name an existing namespace: lower-case letters, digits and '-' (e.g. team-a)");

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_autoscaler_target_that_is_no_path_segment(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync("""
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: {name: bad}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: [|apps/Deployment|], name: [|apps/web|]}
          maxReplicas: 5
        ---
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: {name: good}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 5
        """, V(minor),
        "spec.scaleTargetRef.kind: Invalid value: \"apps/Deployment\": may not contain '/' or '%'; name the kind alone, e.g. Deployment; the group goes in apiVersion",
        "spec.scaleTargetRef.name: Invalid value: \"apps/web\": may not contain '/' or '%'; give the workload's name alone, e.g. web; its group goes in apiVersion and its namespace is the autoscaler's");

    private static string Secret(string name, string type, string data) => $$"""
        apiVersion: v1
        kind: Secret
        metadata: {name: {{name}}}
        type: {{type}}
        {{data}}
        """;

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private const string JsonFix = "give a docker config.json: a JSON object such as {\"auths\": {\"registry.example.com\": {\"auth\": \"…\"}}}";

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_registry_credentials_that_are_no_json_object(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$"""
        {{Secret("bad", "kubernetes.io/dockerconfigjson", "stringData:\n  .dockerconfigjson: [|'[{\"auths\": {}}]'|]")}}
        ---
        {{Secret("bad-data", "kubernetes.io/dockerconfigjson", "data:\n  .dockerconfigjson: [|" + B64("{auths: {}}") + "|]")}}
        ---
        {{Secret("bad-cfg", "kubernetes.io/dockercfg", "stringData:\n  .dockercfg: [|\"\"|]")}}
        ---
        {{Secret("good", "kubernetes.io/dockerconfigjson", "data:\n  .dockerconfigjson: " + B64("{\"auths\": {\"registry.example.com\": {\"auth\": \"dXNlcjpwYXNz\"}}}"))}}
        ---
        {{Secret("good-cfg", "kubernetes.io/dockercfg", "stringData:\n  .dockercfg: '{\"registry.example.com\": {\"auth\": \"dXNlcjpwYXNz\"}}'")}}
        ---
        {{Secret("opaque", "Opaque", "stringData:\n  .dockerconfigjson: not json")}}
        """, V(minor),
        "data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\": json: cannot unmarshal array into Go value of type map[string]interface {}; " + JsonFix,
        "data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\": invalid JSON at line 1, column 2; " + JsonFix,
        "data[.dockercfg]: Invalid value: \"<secret contents redacted>\": unexpected end of JSON input; give the legacy ~/.dockercfg content: a JSON object keyed by registry, e.g. {\"registry.example.com\": {\"auth\": \"…\"}}");

    private static string CronJob(string name, string zone) => $$"""
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: {{name}}}
        spec:
          schedule: "0 3 * * *"
          timeZone: {{zone}}
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: web, image: "nginx:1.27"}]
                  restartPolicy: Never
        """;

    // validateTimeZone (from 1.25): time.LoadLocation must know the name; "Local" is refused by name.
    [Theory]
    [InlineData(27)]
    [InlineData(36)]
    public Task KL1013_fires_on_time_zones_the_tz_database_lacks(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
        {CronJob("typo", "[|Europe/Pariss|]")}
        ---
        {CronJob("case", "[|europe/paris|]")}
        ---
        {CronJob("local", "[|Local|]")}
        ---
        {CronJob("zone", "Europe/Paris")}
        ---
        {CronJob("link", "US/Eastern")}
        ---
        {CronJob("utc", "UTC")}
        ---
        {CronJob("offset", "Etc/GMT+5")}
        """, V(minor),
        "spec.timeZone: Invalid value: \"Europe/Pariss\": unknown time zone Europe/Pariss; did you mean Europe/Paris? Use an IANA time zone name (tz database 2025b); names are case-sensitive",
        "spec.timeZone: Invalid value: \"europe/paris\": unknown time zone europe/paris; did you mean Europe/Paris? Use an IANA time zone name (tz database 2025b); names are case-sensitive",
        "spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones; name the zone the schedule is meant in, such as Etc/UTC or Europe/Paris");

    // validateIngressBackend: IsValidPortNum on a backend's port number (0 is "no number", KL1011's).
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL2010_fires_on_an_ingress_backend_port_out_of_range(int minor) => ApiRuleVerifier<KL2010InvalidPortAnalyzer>.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: bad}
        spec:
          defaultBackend: {service: {name: web, port: {number: [|70000|]}}}
          rules:
          - http:
              paths:
              - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: [|80800|]}}}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: good}
        spec:
          rules:
          - http:
              paths:
              - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 65535}}}}
        """, V(minor),
        "number 70000 is outside 1–65535 (0 means unset)",
        "number 80800 is outside 1–65535 (0 means unset)");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task KL2010_fires_on_a_v1beta1_service_port_out_of_range(int minor) => ApiRuleVerifier<KL2010InvalidPortAnalyzer>.VerifyMessagesAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: {name: bad}
        spec:
          backend: {serviceName: web, servicePort: [|65536|]}
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: {name: good}
        spec:
          backend: {serviceName: web, servicePort: 8080}
        """, V(minor),
        "servicePort 65536 is outside 1–65535 (0 means unset)");
}
