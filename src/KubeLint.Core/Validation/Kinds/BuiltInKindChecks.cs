using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation.Admission;
using KubeLint.Core.Validation.Batch;
using KubeLint.Core.Validation.Core;
using KubeLint.Core.Validation.Discovery;
using KubeLint.Core.Validation.Networking;
using KubeLint.Core.Validation.Node;
using KubeLint.Core.Validation.Rbac;
using KubeLint.Core.Validation.Storage;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Kinds;

/// <summary>
/// The apiserver's checks of the built-in kinds that have no other home among the KL101x rules
/// (NetworkPolicy's peers and port ranges, LimitRange, Namespace, StorageClass, CSIDriver, VolumeAttachment, PersistentVolume and its claim,
/// IngressClass, RuntimeClass, Endpoints, EndpointSlice, admission webhook configurations, ResourceQuota, RBAC roles and bindings,
/// Service names and IP families, docker registry Secrets, Job failure and success policies),
/// one file per kind. Each KL101x rule registers <see cref="Report"/> for <see cref="Kinds"/> with its class,
/// so objects of other kinds never reach these checks.
/// </summary>
internal static class BuiltInKindChecks
{
    /// <summary>The kinds some check here concerns.</summary>
    public static readonly string[] Kinds =
    [
        "NetworkPolicy", "LimitRange", "Namespace", "StorageClass", "IngressClass", "RuntimeClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ResourceQuota",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "PersistentVolume", "PersistentVolumeClaim", "CSIDriver", "EndpointSlice", "Endpoints", "VolumeAttachment",
        "Service", "Secret", "Job", "CronJob",
    ];

    /// <summary>Runs the checks of the object's kind and reports, with <paramref name="rule"/>, those of class <paramref name="wanted"/>.</summary>
    public static void Report(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, ApiserverProblem wanted)
    {
        var obj = ctx.Object;
        var findings = new KindFindings(wanted, ctx.TargetMinor());
        switch (obj.Kind)
        {
            case "NetworkPolicy" when obj.Group is "networking.k8s.io" or "extensions":
                NetworkPolicyChecks.Check(obj.Root, findings);
                break;
            case "IngressClass" when obj.Group == "networking.k8s.io":
                IngressClassChecks.Check(obj.Root, findings);
                break;
            case "LimitRange" when obj.Group.Length == 0:
                LimitRangeChecks.Check(obj.Root, findings);
                break;
            case "ResourceQuota" when obj.Group.Length == 0:
                ResourceQuotaChecks.Check(obj.Root, findings);
                break;
            case "Role" or "ClusterRole" when obj.Group == "rbac.authorization.k8s.io":
                RbacChecks.CheckRole(obj.Root, obj.Kind == "Role", findings);
                break;
            case "RoleBinding" or "ClusterRoleBinding" when obj.ApiVersion is "rbac.authorization.k8s.io/v1" or "rbac.authorization.k8s.io/v1beta1":
                RbacChecks.CheckBinding(obj.Root, findings);
                break;
            case "Service" when obj.Group.Length == 0:
                ServiceChecks.Check(obj.Root, findings);
                break;
            case "Secret" when obj.Group.Length == 0:
                SecretChecks.Check(obj.Root, findings);
                break;
            case "Job" or "CronJob" when obj.Group == "batch":
                JobChecks.Check(obj.Root, obj.Kind == "CronJob", findings);
                break;
            case "Namespace" when obj.Group.Length == 0:
                NamespaceChecks.Check(obj.Root, findings);
                break;
            case "PersistentVolume" when obj.Group.Length == 0:
                PersistentVolumeChecks.Check(obj.Root, findings);
                break;
            case "PersistentVolumeClaim" when obj.Group.Length == 0:
                PersistentVolumeClaimChecks.Check(obj.Root, findings);
                break;
            case "Endpoints" when obj.Group.Length == 0:
                EndpointsChecks.Check(obj.Root, findings);
                break;
            case "EndpointSlice" when obj.Group == "discovery.k8s.io":
                EndpointSliceChecks.Check(obj.Root, findings);
                break;
            case "VolumeAttachment" when obj.Group == "storage.k8s.io":
                VolumeAttachmentChecks.Check(obj.Root, obj.ApiVersion == "storage.k8s.io/v1", findings);
                break;
            case "CSIDriver" when obj.Group == "storage.k8s.io":
                CsiDriverChecks.Check(obj.Root, findings);
                break;
            case "StorageClass" when obj.Group == "storage.k8s.io":
                StorageClassChecks.Check(obj.Root, findings);
                break;
            case "ValidatingWebhookConfiguration" or "MutatingWebhookConfiguration" when obj.ApiVersion is "admissionregistration.k8s.io/v1" or "admissionregistration.k8s.io/v1beta1":
                WebhookChecks.Check(obj.Root, obj.ApiVersion == "admissionregistration.k8s.io/v1", findings);
                break;
            case "RuntimeClass" when obj.Group == "node.k8s.io" && obj.ApiVersion != "node.k8s.io/v1alpha1":
                RuntimeClassChecks.Check(obj.Root, findings);
                break;
        }

        foreach (var finding in findings.Items)
        {
            if (finding.Related is { } related)
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix, related);
            }
            else
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
            }
        }
    }

    /// <summary>A written string the apiserver would check (see <see cref="ApiserverRules.WrittenText"/>).</summary>
    internal static YScalar? Text(YNode? node) => ApiserverRules.WrittenText(node);

    /// <summary>Where a finding about a list item that lacks something points: its first key, or the item when it is empty.</summary>
    internal static YNode Anchor(YMapping item) => item.Count > 0 ? item.Entries[0].Key : item;
}
