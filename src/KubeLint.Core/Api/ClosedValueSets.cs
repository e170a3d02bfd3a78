using KubeLint.Core.Collections;

namespace KubeLint.Core.Api;

/// <summary>One accepted value and the first minor that accepts it by default.</summary>
internal sealed record ClosedValue(string Value, int Since = 5);

/// <summary>
/// The values a field accepts, keyed by the object that holds the field (the tables' object name,
/// e.g. <c>Container</c>) and the field. The published OpenAPI documents carry no <c>enum</c>s, so
/// this table is curated: each set is the one the field's description in the Kubernetes API
/// reference names ("One of Always, Never, IfNotPresent", later "Possible enum values"), and a
/// value's <see cref="ClosedValue.Since"/> is the minor from which clusters accept it without
/// switching on a feature gate (the Kubernetes release notes and feature-gate table).
/// </summary>
internal static class ClosedValueSets
{
    private static readonly ClosedValue[] Protocols = [new("TCP"), new("UDP"), new("SCTP", 19)]; // SCTP: alpha 1.12, on by default from 1.19
    private static readonly ClosedValue[] PullPolicies = [new("Always"), new("Never"), new("IfNotPresent")];
    private static readonly ClosedValue[] AccessModes = [new("ReadWriteOnce"), new("ReadOnlyMany"), new("ReadWriteMany"), new("ReadWriteOncePod", 27)]; // alpha 1.22, beta (on) 1.27
    private static readonly ClosedValue[] UpdateStrategies = [new("RollingUpdate"), new("OnDelete")];
    private static readonly ClosedValue[] TaintEffects = [new("NoSchedule"), new("PreferNoSchedule"), new("NoExecute")];
    private static readonly ClosedValue[] SelectorOperators = [new("In"), new("NotIn"), new("Exists"), new("DoesNotExist")];
    private static readonly ClosedValue[] TrafficPolicies = [new("Cluster"), new("Local")];
    private static readonly ClosedValue[] RetentionPolicies = [new("Retain"), new("Delete")];
    private static readonly ClosedValue[] WebhookFailurePolicies = [new("Ignore"), new("Fail")];
    private static readonly ClosedValue[] WebhookMatchPolicies = [new("Exact"), new("Equivalent")];
    private static readonly ClosedValue[] WebhookSideEffects = [new("Unknown"), new("None"), new("Some"), new("NoneOnDryRun")];

    // Object name, then field (see NestedDictionary).
    private static readonly Dictionary<string, Dictionary<string, ClosedValue[]>> Sets = ByObject(new()
    {
        ["Container.imagePullPolicy"] = PullPolicies,
        ["EphemeralContainer.imagePullPolicy"] = PullPolicies,
        ["Container.terminationMessagePolicy"] = [new("File"), new("FallbackToLogsOnError")],
        ["PodSpec.restartPolicy"] = [new("Always"), new("OnFailure"), new("Never")],
        ["PodSpec.dnsPolicy"] = [new("ClusterFirst"), new("Default"), new("ClusterFirstWithHostNet", 6), new("None", 10)], // None: alpha 1.9, beta (on) 1.10
        ["PodSpec.preemptionPolicy"] = [new("PreemptLowerPriority"), new("Never")],
        ["ServiceSpec.type"] = [new("ClusterIP"), new("NodePort"), new("LoadBalancer"), new("ExternalName")],
        ["ServiceSpec.sessionAffinity"] = [new("None"), new("ClientIP")],
        ["ServiceSpec.externalTrafficPolicy"] = TrafficPolicies,
        ["ServiceSpec.internalTrafficPolicy"] = TrafficPolicies,
        ["ServiceSpec.ipFamilyPolicy"] = [new("SingleStack"), new("PreferDualStack"), new("RequireDualStack")],
        ["ServicePort.protocol"] = Protocols,
        ["ContainerPort.protocol"] = Protocols,
        ["EndpointPort.protocol"] = Protocols,
        ["NetworkPolicyPort.protocol"] = Protocols,
        ["DeploymentStrategy.type"] = [new("Recreate"), new("RollingUpdate")],
        ["DaemonSetUpdateStrategy.type"] = UpdateStrategies,
        ["StatefulSetUpdateStrategy.type"] = UpdateStrategies,
        ["StatefulSetSpec.podManagementPolicy"] = [new("OrderedReady"), new("Parallel")],
        ["Toleration.operator"] = [new("Exists"), new("Equal")],
        ["Toleration.effect"] = TaintEffects,
        ["Taint.effect"] = TaintEffects,
        ["NodeSelectorRequirement.operator"] = [.. SelectorOperators, new("Gt"), new("Lt")],
        ["LabelSelectorRequirement.operator"] = SelectorOperators,
        ["CronJobSpec.concurrencyPolicy"] = [new("Allow"), new("Forbid"), new("Replace")],
        ["HTTPIngressPath.pathType"] = [new("Exact"), new("Prefix"), new("ImplementationSpecific")],
        ["PersistentVolumeClaimSpec.accessModes"] = AccessModes,
        ["PersistentVolumeSpec.accessModes"] = AccessModes,
        ["PersistentVolumeClaimSpec.volumeMode"] = [new("Filesystem"), new("Block")],
        ["PersistentVolumeSpec.volumeMode"] = [new("Filesystem"), new("Block")],
        ["PersistentVolumeSpec.persistentVolumeReclaimPolicy"] = [new("Retain"), new("Recycle"), new("Delete")],
        ["StorageClass.reclaimPolicy"] = [new("Retain"), new("Delete")],
        ["StorageClass.volumeBindingMode"] = [new("Immediate"), new("WaitForFirstConsumer")],
        ["HTTPGetAction.scheme"] = [new("HTTP"), new("HTTPS")],
        ["SeccompProfile.type"] = [new("RuntimeDefault"), new("Unconfined"), new("Localhost")],

        // pkg/apis/core/validation/validation.go: validateTopologySpreadConstraints' supportedScheduleActions. The field is
        // alpha (EvenPodsSpread, off: dropped) in 1.16–1.17, beta and on from 1.18.
        ["TopologySpreadConstraint.whenUnsatisfiable"] = [new("DoNotSchedule"), new("ScheduleAnyway")],

        // HorizontalPodAutoscaler (pkg/apis/autoscaling/validation/validation.go): validateMetricSpec's validMetricSourceTypes
        // (External from 1.10; ContainerResource's source is dropped until HPAContainerMetrics' beta in 1.27), validateMetricTarget,
        // validateScalingRules' validSelectPolicyTypes and validateScalingPolicy's validPolicyTypes.
        ["MetricSpec.type"] = [new("Object"), new("Pods"), new("Resource"), new("External", 10), new("ContainerResource", 27)],
        ["MetricTarget.type"] = [new("Utilization"), new("Value"), new("AverageValue")],
        ["HPAScalingRules.selectPolicy"] = [new("Max"), new("Min"), new("Disabled")],
        ["HPAScalingPolicy.type"] = [new("Pods"), new("Percent")],

        // pkg/apis/scheduling/validation/validation.go: ValidatePriorityClass → ValidatePreemptionPolicy, the set of PodSpec.preemptionPolicy.
        ["PriorityClass.preemptionPolicy"] = [new("PreemptLowerPriority"), new("Never")],

        // pkg/apis/core/validation/validation.go: validateHostPathType's supportedHostPathTypes; "" (HostPathUnset) is accepted too.
        ["HostPathVolumeSource.type"] = [new(""), new("DirectoryOrCreate"), new("Directory"), new("FileOrCreate"), new("File"), new("Socket"), new("CharDevice"), new("BlockDevice")],

        // pkg/apis/batch/validation/validation.go: validateJobSpec's supportedCompletionModes (the field is new in 1.21).
        ["JobSpec.completionMode"] = [new("NonIndexed"), new("Indexed")],

        // pkg/apis/policy/validation/validation.go: ValidatePodDisruptionBudgetSpec's supportedUnhealthyPodEvictionPolicies (the field is new in 1.26).
        ["PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy"] = [new("IfHealthyBudget"), new("AlwaysAllow")],

        // pkg/apis/apps/validation/validation.go: ValidatePersistentVolumeClaimRetentionPolicyType (the policy is new in 1.23).
        ["StatefulSetPersistentVolumeClaimRetentionPolicy.whenDeleted"] = RetentionPolicies,
        ["StatefulSetPersistentVolumeClaimRetentionPolicy.whenScaled"] = RetentionPolicies,

        // pkg/apis/rbac/validation/validation.go: ValidateRoleBinding (roleRef.kind Role or ClusterRole, roleRef.apiGroup the rbac group,
        // which pkg/apis/rbac/v1/defaults.go SetDefaults_RoleBinding writes when it is empty) and ValidateRoleBindingSubject (subject kinds).
        // A ClusterRoleBinding's roleRef.kind Role is KL1017's.
        ["RoleRef.kind"] = [new("Role"), new("ClusterRole")],
        ["RoleRef.apiGroup"] = [new(""), new("rbac.authorization.k8s.io")],
        ["Subject.kind"] = [new("ServiceAccount"), new("User"), new("Group")],

        // pkg/apis/admissionregistration/validation/validation.go: validateValidatingWebhook and validateMutatingWebhook
        // (validateWebhook before 1.15 split the type) check failurePolicy against supportedFailurePolicies, matchPolicy
        // (1.15's field) against supportedMatchPolicies, sideEffects (1.12's) against supportedSideEffectClasses (v1 narrows
        // it to None and NoneOnDryRun: WebhookChecks, KL1013), reinvocationPolicy (1.15's) against supportedReinvocationPolicies;
        // validateRuleWithOperations each operation against supportedOperations, validateRule scope (1.14's) against validScopes.
        ["Webhook.failurePolicy"] = WebhookFailurePolicies,
        ["ValidatingWebhook.failurePolicy"] = WebhookFailurePolicies,
        ["MutatingWebhook.failurePolicy"] = WebhookFailurePolicies,
        ["ValidatingWebhook.matchPolicy"] = WebhookMatchPolicies,
        ["MutatingWebhook.matchPolicy"] = WebhookMatchPolicies,
        ["Webhook.sideEffects"] = WebhookSideEffects,
        ["ValidatingWebhook.sideEffects"] = WebhookSideEffects,
        ["MutatingWebhook.sideEffects"] = WebhookSideEffects,
        ["MutatingWebhook.reinvocationPolicy"] = [new("Never"), new("IfNeeded")],
        ["RuleWithOperations.operations"] = [new("*"), new("CREATE"), new("UPDATE"), new("DELETE"), new("CONNECT")],
        ["RuleWithOperations.scope"] = [new("*"), new("Cluster"), new("Namespaced")],

        // pkg/apis/networking/validation/validation.go: ValidateNetworkPolicySpec's allowedPolicyTypes (the field is 1.8's). An
        // IngressClass's parameters.scope is IngressClassChecks' (KL1013): 1.21's schema has the field, its apiserver drops it.
        ["NetworkPolicySpec.policyTypes"] = [new("Ingress"), new("Egress")],

        // pkg/apis/storage/validation/validation.go: validateVolumeLifecycleModes (the field is 1.16's, beta and on). fsGroupPolicy,
        // dropped in 1.19, is CsiDriverChecks' (KL1013).
        ["CSIDriverSpec.volumeLifecycleModes"] = [new("Persistent"), new("Ephemeral")],
    });

    /// <summary>The closed set of a field, or null when its values are open.</summary>
    public static ClosedValue[]? Find(string objectName, string field) => Sets.Find(objectName, field);

    private static Dictionary<string, Dictionary<string, ClosedValue[]>> ByObject(Dictionary<string, ClosedValue[]> flat)
    {
        var sets = new Dictionary<string, Dictionary<string, ClosedValue[]>>(StringComparer.Ordinal);
        foreach (var (path, values) in flat)
        {
            var dot = path.IndexOf('.');
            sets.Inner(path[..dot]).Add(path[(dot + 1)..], values);
        }

        return sets;
    }
}
