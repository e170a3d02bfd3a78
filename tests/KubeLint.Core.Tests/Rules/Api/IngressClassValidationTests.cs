using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// An IngressClass as pkg/apis/networking/validation/validation.go validates it: validateIngressClassSpec (the
/// controller required, a domain-prefixed path: validation.IsDomainPrefixedPath) and
/// validateIngressClassParametersReference (kind and name path segments; a namespace exactly when scope is
/// Namespace, from 1.22). The kind is 1.18's, so the middle and new minors are tested. Each failing document
/// has a valid look-alike.
/// </summary>
public class IngressClassValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string IngressClass(string name) => $$"""
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata: {name: {{name}}}
        spec:
        """;

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_controller_that_is_not_a_domain_prefixed_path(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{IngressClass("bad")}}}
          controller: [|nginx|]
        ---
        {{{IngressClass("bad-host")}}}
          controller: [|Example.com/ingress|]
        ---
        {{{IngressClass("bad-path")}}}
          controller: [|"example.com/my ingress"|]
        ---
        {{{IngressClass("good")}}}
          controller: k8s.io/ingress-nginx
        """, V(minor),
        "spec.controller: Invalid value: \"nginx\": must be a domain-prefixed path (such as \"acme.io/foo\"); write the controller as a domain you own, '/', and a name, e.g. example.com/ingress-controller",
        "spec.controller: Invalid value: \"Example.com\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; write the domain part in lower case, e.g. example.com/ingress-controller",
        "spec.controller: Invalid value: \"my ingress\": Invalid path: must consist of letters, digits and the characters /-._~%!$&'()*+,;=:; write the path part without spaces or other characters a URL path cannot hold");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_empty_controller_and_a_namespaced_reference_without_namespace(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{IngressClass("bad")}}}
          [|controller|]: ""
          parameters:
            apiGroup: k8s.example.com
            kind: IngressParameters
            name: external
            [|scope|]: Namespace
        ---
        {{{IngressClass("good")}}}
          controller: example.com/ingress
          parameters:
            apiGroup: k8s.example.com
            kind: IngressParameters
            name: external
            scope: Namespace
            namespace: ingress
        """, V(minor),
        "spec.controller: Required value; name the controller that implements the class, e.g. example.com/ingress-controller",
        "spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'; give the namespace the parameters object lives in");

    // A cluster-scoped reference (scope Cluster, or unset: defaulted to Cluster) may not name a namespace.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_a_namespace_for_cluster_scoped_parameters(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{IngressClass("bad")}}}
          controller: example.com/ingress
          parameters:
            kind: IngressParameters
            name: external
            [|namespace|]: ingress
        ---
        {{{IngressClass("good")}}}
          controller: example.com/ingress
          parameters:
            kind: IngressParameters
            name: external
            scope: Cluster
        """, V(minor),
        "spec.parameters.namespace: Forbidden: `parameters.scope` is set to 'Cluster'; remove namespace, or set scope: Namespace for a namespaced parameters object");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_parameters_name_with_a_slash(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{IngressClass("bad")}}}
          controller: example.com/ingress
          parameters:
            kind: IngressParameters
            name: [|team/external|]
        ---
        {{{IngressClass("good")}}}
          controller: example.com/ingress
          parameters:
            kind: IngressParameters
            name: team-external
        """, V(minor),
        "spec.parameters.name: Invalid value: \"team/external\": may not contain '/' or '%'; a kind or name cannot hold '/' or '%', nor be '.' or '..'");

    // validateIngressClassSpec: controller is required although the schema leaves it optional.
    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_ingress_class_without_a_controller(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata: {name: bad}
        [|spec|]:
          parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb}
        ---
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata: {name: bad-null}
        spec:
          [|controller|]:
        ---
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata: {name: good}
        spec:
          controller: example.com/ingress-controller
          parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb}
        """, V(minor),
        "spec.controller: Required value; name the controller that implements the class, e.g. example.com/ingress-controller",
        "spec.controller: Required value; name the controller that implements the class, e.g. example.com/ingress-controller");

    // validateIngressClassParametersReference: scope Cluster or Namespace, read from 1.22 (the field is dropped before,
    // although 1.21's schema has it, so 1.21 is quiet).
    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public async Task KL1013_fires_on_an_unknown_parameters_scope_from_1_22(int minor, bool fires)
    {
        var marked = fires ? "[|Global|]" : "Global";
        await ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyAsync($$$"""
            {{{IngressClass("bad")}}}
              controller: k8s.io/ingress-nginx
              parameters: {kind: IngressParameters, name: external-lb, scope: {{{marked}}}}
            ---
            {{{IngressClass("good")}}}
              controller: k8s.io/ingress-nginx
              parameters: {kind: IngressParameters, name: external-lb, scope: Cluster}
            """, V(minor));
    }

    [Fact]
    public Task KL1013_says_which_scopes_are_supported() => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{IngressClass("bad")}}}
          controller: k8s.io/ingress-nginx
          parameters: {kind: IngressParameters, name: external-lb, scope: [|Global|]}
        """, V(36),
        "spec.parameters.scope: Unsupported value: \"Global\": supported values: \"Cluster\", \"Namespace\"; give Cluster (a cluster-scoped parameters object) or Namespace (with its namespace)");
}
