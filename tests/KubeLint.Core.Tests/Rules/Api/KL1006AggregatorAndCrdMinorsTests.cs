using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// apiregistration.k8s.io APIService and apiextensions.k8s.io CustomResourceDefinition on 1.7–1.10, whose OpenAPI
/// definitions there lack x-kubernetes-group-version-kind: tools/SchemaGen (ApiTableGenerator.GroupOfPackage) finds
/// them by their Go package paths, grouped as the packages' register.go name them (kubernetes/kubernetes,
/// staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/register.go and
/// staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/register.go, GroupName).
/// </summary>
public class KL1006AggregatorAndCrdMinorsTests
{
    private const string ApiServiceV1Beta1 = """
        apiVersion: [|apiregistration.k8s.io/v1beta1|]
        kind: APIService
        metadata:
          name: v1beta1.metrics.k8s.io
        spec:
          group: metrics.k8s.io
          version: v1beta1
          groupPriorityMinimum: 100
          versionPriority: 100
          service: {name: metrics-server, namespace: kube-system}
        """;

    private const string ApiServiceV1 = """
        apiVersion: [|apiregistration.k8s.io/v1|]
        kind: APIService
        metadata:
          name: v1beta1.metrics.k8s.io
        spec:
          group: metrics.k8s.io
          version: v1beta1
          groupPriorityMinimum: 100
          versionPriority: 100
          service: {name: metrics-server, namespace: kube-system}
        """;

    private const string CrdV1Beta1 = """
        apiVersion: [|apiextensions.k8s.io/v1beta1|]
        kind: CustomResourceDefinition
        metadata:
          name: crontabs.stable.example.com
        spec:
          group: stable.example.com
          version: v1
          scope: Namespaced
          names: {plural: crontabs, singular: crontab, kind: CronTab}
        """;

    private const string CrdV1Beta1Head = "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: crontabs.stable.example.com\n"
        + "spec:\n  group: stable.example.com\n  version: v1\n  scope: Namespaced\n  names: {plural: crontabs, singular: crontab, kind: CronTab}\n";

    private static string Plain(string text) => text.Replace("[|", string.Empty).Replace("|]", string.Empty);

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public Task An_apiregistration_v1beta1_APIService_is_served_from_1_7(int minor) =>
        ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyAsync(Plain(ApiServiceV1Beta1), new KubernetesVersion(1, minor));

    [Fact]
    public async Task An_apiregistration_v1beta1_APIService_is_not_served_on_1_6()
    {
        await ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync(ApiServiceV1Beta1, new KubernetesVersion(1, 6),
    "apiregistration.k8s.io/v1beta1 APIService needs 1.7; Kubernetes 1.6 serves no APIService");
    }

    [Fact]
    public Task An_apiregistration_v1_APIService_is_served_from_1_10() =>
        ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyAsync(Plain(ApiServiceV1), new KubernetesVersion(1, 10));

    [Fact]
    public async Task An_apiregistration_v1_APIService_is_not_served_on_1_9()
    {
        await ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync(ApiServiceV1, new KubernetesVersion(1, 9),
    "apiregistration.k8s.io/v1 APIService needs 1.10; on 1.9 use apiregistration.k8s.io/v1beta1");
    }

    /// <summary>1.7 served it too, though its OpenAPI document holds no apiextensions definitions: 1.8's stands in
    /// (tools/SchemaGen, ApiTableGenerator.StandInForMissingCrdDefinitions).</summary>
    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public Task An_apiextensions_v1beta1_CustomResourceDefinition_is_served_on_1_7_to_1_10(int minor) =>
        ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyAsync(Plain(CrdV1Beta1), new KubernetesVersion(1, minor));

    /// <summary>spec.validation came with 1.8 (feature gate CustomResourceValidation): on 1.7 it is an unknown field,
    /// and the look-alike on 1.8 is not.</summary>
    [Fact]
    public async Task A_validation_schema_is_unknown_to_1_7_and_known_to_1_8()
    {
        const string withValidation = CrdV1Beta1Head + "  [|validation|]:\n    openAPIV3Schema: {type: object}\n";
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync(withValidation, new KubernetesVersion(1, 7));
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync(Plain(withValidation), new KubernetesVersion(1, 8));
    }

    [Fact]
    public async Task An_apiextensions_v1beta1_CustomResourceDefinition_is_not_served_on_1_6()
    {
        await ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync(CrdV1Beta1, new KubernetesVersion(1, 6),
    "apiextensions.k8s.io/v1beta1 CustomResourceDefinition needs 1.7; Kubernetes 1.6 serves no CustomResourceDefinition");
    }

    [Fact]
    public async Task An_apiextensions_v1beta1_CustomResourceDefinition_is_not_served_on_1_22()
    {
        // apiextensions.k8s.io/v1 has spec.versions only, no spec.version (its OpenAPI documents, schemas/api).
        await ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync(CrdV1Beta1, new KubernetesVersion(1, 22),
            "apiextensions.k8s.io/v1beta1 CustomResourceDefinition was removed in 1.22; the closest is apiextensions.k8s.io/v1, available since 1.16, which has no spec.version");
    }
}
