using KubeLint.Core.Analysis;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Rules.CrossObject;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Rules.Input;
using KubeLint.Core.Rules.Network;
using KubeLint.Core.Rules.Security;

namespace KubeLint.Core.Engine;

/// <summary>
/// The built-in analyzers, one of each, in the order of their full type names. They are listed, not
/// found by reflection: scanning the assembly's types and activating them cost about 10 ms of every
/// cold start. <c>AnalyzerCatalogTests</c> holds this list to every concrete <see cref="KubeAnalyzer"/>
/// in the assembly, so a new rule cannot be left out.
/// </summary>
internal static class AnalyzerCatalog
{
    public static IReadOnlyList<KubeAnalyzer> CreateBuiltIns() =>
    [
        new KL1001FieldNotInTargetVersionAnalyzer(),
        new KL1002UnknownFieldAnalyzer(),
        new KL1003WrongValueTypeAnalyzer(),
        new KL1004ValueNotInClosedSetAnalyzer(),
        new KL1005RequiredFieldMissingAnalyzer(),
        new KL1006ApiNotServedAnalyzer(),
        new KL1007DeprecatedApiAnalyzer(),
        new KL1008AlphaApiAnalyzer(),
        new KL1009DeprecatedAnnotationAnalyzer(),
        new KL1010UnknownKindAnalyzer(),
        new KL1011RequiredByApiserverAnalyzer(),
        new KL1012InvalidNameOrKeyAnalyzer(),
        new KL1013InvalidValueAnalyzer(),
        new KL1014ValueOutOfRangeAnalyzer(),
        new KL1015MutuallyExclusiveFieldsAnalyzer(),
        new KL1016DuplicateEntryAnalyzer(),
        new KL1017InconsistentFieldsAnalyzer(),
        new KL1018UnknownBuiltInKindAnalyzer(),
        new KL1019CustomResourceSchemaAnalyzer(),
        new KL1020InvalidCrdSchemaAnalyzer(),
        new KL1021CelRuleNotEvaluatedAnalyzer(),
        new KL1022KindNotServedByCrdAnalyzer(),
        new KL4001ImageTagAnalyzer(),
        new KL4002MissingResourceRequestsAnalyzer(),
        new KL4003MissingMemoryLimitAnalyzer(),
        new KL4004MissingReadinessProbeAnalyzer(),
        new KL4005MissingLivenessProbeAnalyzer(),
        new KL4014BarePodAnalyzer(),
        new KL4015SingleReplicaAnalyzer(),
        new KL4017DuplicateEnvVarAnalyzer(),
        new KL4018DuplicateContainerNameOrPortAnalyzer(),
        new KL4019UnsafeRollingUpdateAnalyzer(),
        new KL4020PodDisruptionBudgetAnalyzer(),
        new KL4021ProbeUndeclaredPortAnalyzer(),
        new KL4027NoAntiAffinityAnalyzer(),
        new KL4028AutoscaledWithReplicasAnalyzer(),
        new KL4029JobRestartPolicyAnalyzer(),
        new KL4030DuplicateContainerPortAnalyzer(),
        new KL3001ServiceSelectsNoPodsAnalyzer(),
        new KL3002SelectorDoesNotMatchTemplateAnalyzer(),
        new KL3003SelectorRequiredAnalyzer(),
        new KL3004ServicePortMismatchAnalyzer(),
        new KL3005OverlappingSelectorsAnalyzer(),
        new KL3006MissingReferenceAnalyzer(),
        new KL3007PolicySelectsNothingAnalyzer(),
        new KL3008StatefulSetServiceAnalyzer(),
        new KL3009DuplicateObjectAnalyzer(),
        new KL3010ServiceHostNameAnalyzer(),
        new KL9001ConfigurationAnalyzer(),
        new KL9002CustomRuleCompileError(),
        new KL9003AnalyzerFailed(),
        new KL9004ReservedRuleId(),
        new KL9005FindingsNotShown(),
        new KL9006FixNotApplied(),
        new KL0001InvalidYamlAnalyzer(),
        new KL0002DuplicateKeyAnalyzer(),
        new KL0003NotAnObjectAnalyzer(),
        new KL0004MissingNameAnalyzer(),
        new KL0005InvalidNameAnalyzer(),
        new KL0006HelmChartAnalyzer(),
        new KL0007KustomizeFeatureNotBuiltAnalyzer(),
        new KL0008KustomizationCannotBeBuiltAnalyzer(),
        new KL2001NodePortOutOfRangeAnalyzer(),
        new KL2002NodePortClaimedTwiceAnalyzer(),
        new KL2003NodePortWithoutNodePortsAnalyzer(),
        new KL2004ClusterIpOutsideServiceCidrAnalyzer(),
        new KL2005DuplicateClusterIpAnalyzer(),
        new KL2006ClusterDnsOutsideServiceCidrAnalyzer(),
        new KL2007ClusterDnsMismatchAnalyzer(),
        new KL2008ClusterDomainAnalyzer(),
        new KL2009UnreplacedPlaceholderAnalyzer(),
        new KL2010InvalidPortAnalyzer(),
        new KL2011NodePortExposedAnalyzer(),
        new KL2012LoadBalancerWithoutProviderAnalyzer(),
        new KL4006PrivilegedContainerAnalyzer(),
        new KL4007PrivilegeEscalationAnalyzer(),
        new KL4008RunAsNonRootAnalyzer(),
        new KL4009ReadOnlyRootFilesystemAnalyzer(),
        new KL4010HostNamespacesAnalyzer(),
        new KL4011SensitiveHostPathAnalyzer(),
        new KL4012DangerousCapabilitiesAnalyzer(),
        new KL4013LiteralSecretEnvAnalyzer(),
        new KL4016DefaultServiceAccountAnalyzer(),
        new KL4022NetRawNotDroppedAnalyzer(),
        new KL4023DisallowedRegistryAnalyzer(),
        new KL4024SshPortAnalyzer(),
        new KL4025UnsafeSysctlAnalyzer(),
        new KL4026WritableHostPathMountAnalyzer(),
    ];
}
