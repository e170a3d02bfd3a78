using System.Globalization;
using KubeLint.Core.Api;
using KubeLint.Core.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace KubeLint.Core.Tests.Api;

/// <summary>
/// Audits every kind of schemas/api/index.tsv (as ApiCatalog.Default reads it, and so as KL1006 sees it) against
/// ../shared/kubernetes-deprecations/pluto-versions.yaml (component: k8s), read here on its own: where pluto gives a
/// removed-in, the documents' last minor is the one before it; where it gives a replacement-available-in, the
/// replacement's first minor is that one; where it gives a deprecated-in, the kind is documented by then. What KubeLint
/// serves must follow both sources (documented, and before pluto's removed-in); each place where they disagree is
/// listed below with how it is resolved, so a regeneration that moves any first or last minor fails here.
/// </summary>
public class ServedMinorsAgreeWithPlutoTests
{
    /// <summary>The newest OpenAPI document in ../shared; a removed-in after it cannot show in the documents.</summary>
    private const int NewestDocument = 36;

    /// <summary>
    /// Where pluto and the documents (Kubernetes' own api/openapi-spec) disagree, and how KubeLint resolves each.
    /// </summary>
    private static readonly string[] KnownDisagreements =
    [
        // The documents keep a version one or more minors after pluto's removed-in: the spec is generated with every
        // version compiled in, including ones served only when --runtime-config re-enables them (apps/v1beta1,
        // apps/v1beta2 and extensions/v1beta1 workloads were no longer served by default in 1.16 and deleted in 1.18).
        // Resolved: served ends before pluto's removed-in (ApiKind.Served), as the default apiserver serves them.
        "apps/v1beta1 Deployment: documents to 1.17, pluto removed-in 1.16",
        "apps/v1beta1 StatefulSet: documents to 1.17, pluto removed-in 1.16",
        "apps/v1beta2 DaemonSet: documents to 1.17, pluto removed-in 1.16",
        "apps/v1beta2 Deployment: documents to 1.17, pluto removed-in 1.16",
        "apps/v1beta2 ReplicaSet: documents to 1.17, pluto removed-in 1.16",
        "apps/v1beta2 StatefulSet: documents to 1.17, pluto removed-in 1.16",
        "extensions/v1beta1 DaemonSet: documents to 1.17, pluto removed-in 1.16",
        "extensions/v1beta1 Deployment: documents to 1.17, pluto removed-in 1.16",
        "extensions/v1beta1 NetworkPolicy: documents to 1.17, pluto removed-in 1.16",
        "extensions/v1beta1 PodSecurityPolicy: documents to 1.17, pluto removed-in 1.16",
        "extensions/v1beta1 ReplicaSet: documents to 1.17, pluto removed-in 1.16",
        "rbac.authorization.k8s.io/v1alpha1 ClusterRole: documents to 1.22, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 ClusterRoleBinding: documents to 1.22, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 Role: documents to 1.22, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 RoleBinding: documents to 1.22, pluto removed-in 1.22",
        "scheduling.k8s.io/v1alpha1 PriorityClass: documents to 1.22, pluto removed-in 1.17",

        // pluto's removed-in is in or after the newest document: nothing to compare yet.
        // (resource.k8s.io/v1beta1 removed-in 1.36 with the 1.36 document still listing it.)
        "resource.k8s.io/v1beta1 DeviceClass: documents to 1.36, pluto removed-in 1.36",
        "resource.k8s.io/v1beta1 ResourceClaim: documents to 1.36, pluto removed-in 1.36",
        "resource.k8s.io/v1beta1 ResourceClaimTemplate: documents to 1.36, pluto removed-in 1.36",
        "resource.k8s.io/v1beta1 ResourceSlice: documents to 1.36, pluto removed-in 1.36",

        // The documents drop a version before pluto's removed-in: Kubernetes' own document wins (a version absent
        // from the spec is not served), so served ends with the documents.
        "admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicy: documents to 1.31, pluto removed-in 1.33",
        "admissionregistration.k8s.io/v1alpha1 ValidatingAdmissionPolicyBinding: documents to 1.31, pluto removed-in 1.33",
        "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema: documents to 1.25, pluto removed-in 1.29",
        "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration: documents to 1.25, pluto removed-in 1.29",

        // The replacement is documented before pluto's replacement-available-in: served from the documents' first
        // minor (it is also served at pluto's minor, which the test checks on its own).
        "networking.k8s.io/v1 NetworkPolicy: documents from 1.7, pluto replacement-available-in 1.8",
        "storage.k8s.io/v1 CSIDriver: documents from 1.18, pluto replacement-available-in 1.19",

        // pluto's deprecated-in precedes the version's first document (its deprecated-in copies v1beta1's).
        // Resolved: KL1007 only reports minors that serve the kind (ApiKind.IsDeprecatedIn), so 1.26 on.
        "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema: documents from 1.26, pluto deprecated-in 1.24",

        // In no document: file kinds (audit policies and events, which the apiserver reads from disk), List kinds
        // (never written as manifests' kinds here), a kind that never existed under that name (FlowControl), and
        // apps/v1beta1 ReplicaSet, which Kubernetes never had (apps/v1beta1 has no ReplicaSet; apps/v1beta2 did).
        // Resolved: KubeLint treats them as file kinds, served until pluto's removed-in (ApiKind.IsApiKind).
        "apps/v1beta1 ReplicaSet: in no document, pluto removed-in 1.16",
        "audit.k8s.io/v1alpha1 Event: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1alpha1 EventList: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1alpha1 Policy: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1alpha1 PolicyList: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1beta1 Event: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1beta1 EventList: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1beta1 Policy: in no document, pluto removed-in 1.24",
        "audit.k8s.io/v1beta1 PolicyList: in no document, pluto removed-in 1.24",
        "autoscaling/v2beta1 HorizontalPodAutoscalerList: in no document, pluto removed-in 1.25",
        "autoscaling/v2beta2 HorizontalPodAutoscalerList: in no document, pluto removed-in 1.26",
        "batch/v1beta1 CronJobList: in no document, pluto removed-in 1.25",
        "flowcontrol.apiserver.k8s.io/v1beta1 FlowControl: in no document, pluto removed-in 1.26",
        "policy/v1beta1 PodDisruptionBudgetList: in no document, pluto removed-in 1.25",
        "rbac.authorization.k8s.io/v1alpha1 ClusterRoleBindingList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 ClusterRoleList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 RoleBindingList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1alpha1 RoleList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1beta1 ClusterRoleBindingList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1beta1 ClusterRoleList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1beta1 RoleBindingList: in no document, pluto removed-in 1.22",
        "rbac.authorization.k8s.io/v1beta1 RoleList: in no document, pluto removed-in 1.22",
    ];

    [SharedDataFact]
    public void Every_kinds_first_and_last_minor_agrees_with_pluto_or_is_a_known_disagreement()
    {
        var catalog = ApiCatalog.Default;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in ReadPluto())
        {
            var kind = catalog.Find(entry.ApiVersion, entry.Kind);
            Assert.True(kind is not null, $"{entry.ApiVersion} {entry.Kind} is in pluto but not in schemas/api/index.tsv");
            Assert.Equal(entry.RemovedIn, kind.RemovedIn);
            if (!kind.IsApiKind)
            {
                found.Add($"{kind}: in no document, pluto removed-in {V(entry.RemovedIn)}");
                continue;
            }

            var documented = kind.Documented;
            if (entry.RemovedIn is { } removed)
            {
                // Served as the default apiserver serves it: documented, and not from pluto's removed-in on.
                Assert.Equal(Math.Min(documented.Last, removed - 1), kind.Served.Last);
                if (documented.Last != Math.Min(removed - 1, NewestDocument))
                {
                    found.Add($"{kind}: documents to {V(documented.Last)}, pluto removed-in {V(removed)}");
                }
            }

            if (entry.DeprecatedIn is { } deprecated && documented.First > deprecated)
            {
                found.Add($"{kind}: documents from {V(documented.First)}, pluto deprecated-in {V(deprecated)}");
            }

            if (entry.Replacement is { } replacementApiVersion && entry.ReplacementAvailableIn is { } available)
            {
                var replacement = catalog.Find(replacementApiVersion, entry.Kind);
                Assert.True(replacement is not null, $"{kind}'s replacement {replacementApiVersion} is not in schemas/api/index.tsv");
                Assert.True(replacement.IsServedIn(available), $"{replacement} is not served in {V(available)}, where pluto makes it {kind}'s replacement");
                if (replacement.Documented.First != available)
                {
                    found.Add($"{replacement}: documents from {V(replacement.Documented.First)}, pluto replacement-available-in {V(available)}");
                }
            }
        }

        Assert.Equal(KnownDisagreements.Order(StringComparer.Ordinal), found);
    }

    [SharedDataFact]
    public void The_aggregator_and_apiextensions_kinds_are_served_from_their_first_documents()
    {
        // The kinds whose 1.7–1.10 definitions lack x-kubernetes-group-version-kind (tools/SchemaGen,
        // ApiTableGenerator.GroupOfPackage); before that fix they began at 1.11.
        var catalog = ApiCatalog.Default;
        Assert.Equal("1.7–1.21", catalog.Find("apiregistration.k8s.io/v1beta1", "APIService")!.Served.ToString());
        Assert.Equal("1.10–1.36", catalog.Find("apiregistration.k8s.io/v1", "APIService")!.Served.ToString());
        Assert.Equal("1.7–1.21", catalog.Find("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition")!.Served.ToString()); // 1.7: 1.8's definition stands in
        Assert.Equal("1.16–1.36", catalog.Find("apiextensions.k8s.io/v1", "CustomResourceDefinition")!.Served.ToString());
    }

    private static string V(int? minor) => minor is { } m ? "1." + m.ToString(CultureInfo.InvariantCulture) : "none";

    private static List<(string ApiVersion, string Kind, int? DeprecatedIn, int? RemovedIn, string? Replacement, int? ReplacementAvailableIn)> ReadPluto()
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(SharedData.Path(Path.Combine("kubernetes-deprecations", "pluto-versions.yaml"))))
        {
            stream.Load(reader);
        }

        var result = new List<(string, string, int?, int?, string?, int?)>();
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var entry in ((YamlSequenceNode)root.Children[new YamlScalarNode("deprecated-versions")]).Children.OfType<YamlMappingNode>())
        {
            string? Get(string key) =>
                entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

            if (Get("component") == "k8s" && Get("version") is { } apiVersion && Get("kind") is { } kind)
            {
                result.Add((apiVersion, kind, Minor(Get("deprecated-in")), Minor(Get("removed-in")), Get("replacement-api"), Minor(Get("replacement-available-in"))));
            }
        }

        return result;
    }

    /// <summary><c>v1.16.0</c> → 16.</summary>
    private static int? Minor(string? version) =>
        version is null ? null : int.Parse(version.TrimStart('v').Split('.')[1], CultureInfo.InvariantCulture);
}
