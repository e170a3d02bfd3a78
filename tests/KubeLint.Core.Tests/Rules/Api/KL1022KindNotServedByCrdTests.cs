using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1022: a custom resource whose kind or version the CRDs among the inputs do not serve. The apiserver's REST mapping
/// (apimachinery pkg/api/meta/restmapper.go DefaultRESTMapper.RESTMapping) knows a CRD's kind only at the versions it
/// lists with served: true, and answers "no matches for kind … in version …" otherwise. A kind far from every kind of
/// the group stays KL1010 (a CRD outside the inputs may define it).
/// </summary>
public class KL1022KindNotServedByCrdTests
{
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
          - {name: v1alpha1, served: false, storage: false, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
        """;

    private static string Widget(string apiVersion = "example.com/v1", string kind = "Widget") =>
        $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: w\n";

    private static Task Fires(int minor, string resource, params string[] messages) =>
        ApiRuleVerifier<KL1022KindNotServedByCrdAnalyzer>.VerifyMessagesAsync([("crd.yaml", Crd), ("widget.yaml", resource)], new KubernetesVersion(1, minor), messages);

    private static Task Quiet(int minor, string resource) =>
        ApiRuleVerifier<KL1022KindNotServedByCrdAnalyzer>.VerifyAsync([("crd.yaml", Crd), ("widget.yaml", resource)], new KubernetesVersion(1, minor));

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_served_version_and_kind(int minor) => Quiet(minor, Widget());

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task A_version_the_crd_does_not_list(int minor) => Fires(minor, Widget(apiVersion: "[|example.com/v2|]"),
        "apiVersion: no matches for kind \"Widget\" in version \"example.com/v2\"; CustomResourceDefinition widgets.example.com (crd.yaml) serves Widget as example.com/v1; use one of those, or add v2 to its versions");

    [Fact]
    public Task A_version_listed_with_served_false() => Fires(22, Widget(apiVersion: "[|example.com/v1alpha1|]"),
        "apiVersion: no matches for kind \"Widget\" in version \"example.com/v1alpha1\"; CustomResourceDefinition widgets.example.com (crd.yaml) lists v1alpha1 with served: false; set served: true there, or use example.com/v1");

    [Fact]
    public Task A_kind_in_the_wrong_case() => Fires(36, Widget(kind: "[|widget|]"),
        "kind: no matches for kind \"widget\" in version \"example.com/v1\"; did you mean \"Widget\"? Kinds are case-sensitive, and CustomResourceDefinition widgets.example.com (crd.yaml) defines Widget in example.com, not widget");

    [Fact]
    public Task A_kind_one_edit_away() => Fires(36, Widget(kind: "[|Widgte|]"),
        "kind: no matches for kind \"Widgte\" in version \"example.com/v1\"; did you mean \"Widget\"? Kinds are case-sensitive, and CustomResourceDefinition widgets.example.com (crd.yaml) defines Widget in example.com, not Widgte");

    // Another CRD of the group, not among the inputs, may define Gadget: left to KL1010's info.
    [Fact]
    public Task A_kind_far_from_the_groups_kinds_is_not_reported() => Quiet(36, Widget(kind: "Gadget"));

    [Fact]
    public Task A_kind_far_from_the_groups_kinds_stays_KL1010() => ApiRuleVerifier<KL1010UnknownKindAnalyzer>.VerifyAsync([("crd.yaml", Crd), ("widget.yaml", """
        apiVersion: example.com/v1
        kind: [|Gadget|]
        metadata:
          name: w
        """)], new KubernetesVersion(1, 36));

    // One fact, one finding: KL1010 is quiet where KL1022 speaks.
    [Fact]
    public Task KL1010_is_quiet_for_a_version_not_served() => ApiRuleVerifier<KL1010UnknownKindAnalyzer>.VerifyAsync(
        [("crd.yaml", Crd), ("widget.yaml", Widget(apiVersion: "example.com/v2"))], new KubernetesVersion(1, 36));

    [Fact]
    public Task A_group_no_crd_among_the_inputs_defines() => Quiet(36, Widget(apiVersion: "other.example.org/v1"));

    // A v1beta1 spec.version is served; a v1 copy of the CRD among the inputs adds v2 (the later copy, for example.com/v2).
    [Fact]
    public Task Two_copies_of_the_crd_each_serve_their_versions() => ApiRuleVerifier<KL1022KindNotServedByCrdAnalyzer>.VerifyAsync([
        ("a-crd-v1beta1.yaml", """
            apiVersion: apiextensions.k8s.io/v1beta1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.example.com
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              version: v1
            """),
        ("b-crd-v1.yaml", Crd.Replace("name: v1alpha1, served: false", "name: v2, served: true", StringComparison.Ordinal)),
        ("v1.yaml", Widget()),
        ("v2.yaml", Widget(apiVersion: "example.com/v2")),
    ], new KubernetesVersion(1, 16));
}
