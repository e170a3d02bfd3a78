using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1012InvalidNameOrKeyAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Finalizer names (KL1012): a Namespace's <c>spec.finalizers</c> (pkg/apis/core/validation/validation.go:
/// ValidateNamespace → validateFinalizerName) and every object's <c>metadata.finalizers</c> (apimachinery
/// ValidateFinalizers → ValidateFinalizerName: a qualified name; for built-in kinds also core ValidateObjectMeta →
/// validateKubeFinalizerName: a name without a domain must be standard). Each failing document has a valid look-alike.
/// </summary>
public class FinalizerValidationTests
{
    private const string QualifiedNameWording = "must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/')";

    private static KubernetesVersion V(int minor) => new(1, minor);

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_namespace_spec_finalizer_that_is_not_standard_or_qualified(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Namespace
        metadata: {name: bad}
        spec:
          finalizers: [[|cleanup|], [|"example.com/clean up"|]]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: good}
        spec:
          finalizers: [kubernetes, example.com/cleanup]
        """, V(minor),
        "spec.finalizers: Invalid value: \"cleanup\": name is neither a standard finalizer name nor is it fully qualified; qualify it with a domain you own (example.com/cleanup); only 'kubernetes' stands alone here",
        $"spec.finalizers: Invalid value: \"example.com/clean up\": {QualifiedNameWording}; name the finalizer with a domain you own, e.g. example.com/cleanup");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_metadata_finalizer_of_a_built_in_kind(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: bad
          finalizers: [kubernetes.io/pvc-protection, [|cleanup|], [|"bad name"|]]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: good
          finalizers: [example.com/cleanup, foregroundDeletion, orphan]
        """, V(minor),
        "metadata.finalizers[1]: Invalid value: \"cleanup\": name is neither a standard finalizer name nor is it fully qualified; qualify it with the domain of the controller that removes it (example.com/cleanup); only kubernetes, orphan and foregroundDeletion stand alone",
        $"metadata.finalizers: Invalid value: \"bad name\": {QualifiedNameWording}; name the finalizer with a domain you own, e.g. example.com/cleanup");

    // A custom resource's finalizers go through apimachinery's check only: an unqualified name is accepted.
    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task KL1012_checks_only_the_qualified_name_of_a_custom_resource_finalizer(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: bad
          finalizers: [cleanup, [|"bad name"|]]
        """, V(minor),
        $"metadata.finalizers: Invalid value: \"bad name\": {QualifiedNameWording}; name the finalizer with a domain you own, e.g. example.com/cleanup");
}
