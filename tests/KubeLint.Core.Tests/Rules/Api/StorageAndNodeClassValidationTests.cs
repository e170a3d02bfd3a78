using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// StorageClass (pkg/apis/storage/validation/validation.go: validateProvisioner, validateParameters) and
/// RuntimeClass (pkg/apis/node/validation/validation.go: ValidateRuntimeClass, the handler a DNS label).
/// Each failing document has a valid look-alike.
/// </summary>
public class StorageAndNodeClassValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string StorageClass(string name) => $$"""
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: {{name}}}
        """;

    // validateProvisioner: IsQualifiedName of the lower-cased provisioner (so upper case is fine).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_provisioner_that_is_not_a_qualified_name(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{StorageClass("bad")}}}
        provisioner: [|"ebs csi"|]
        ---
        {{{StorageClass("good")}}}
        provisioner: Kubernetes.io/AWS-EBS
        """, V(minor),
        "provisioner: Invalid value: \"ebs csi\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); give the provisioner's name as its driver registers it, e.g. kubernetes.io/aws-ebs or ebs.csi.aws.com (letters, digits, '-', '_', '.', one optional '/')");

    // validateProvisioner: an empty provisioner (absent is KL1005's, from the schema).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_an_empty_provisioner(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{StorageClass("bad")}}}
        [|provisioner|]: ""
        ---
        {{{StorageClass("good")}}}
        provisioner: ebs.csi.aws.com
        """, V(minor),
        "provisioner: Required value; name the volume plugin or CSI driver that provisions volumes, e.g. ebs.csi.aws.com");

    private static string RuntimeClass(string apiVersion, string name) => $$"""
        apiVersion: {{apiVersion}}
        kind: RuntimeClass
        metadata: {name: {{name}}}
        """;

    // ValidateRuntimeClass: NameIsDNSLabel(handler), v1beta1 (1.14) and v1 (1.20).
    [Theory]
    [InlineData("node.k8s.io/v1beta1", 16)]
    [InlineData("node.k8s.io/v1", 22)]
    [InlineData("node.k8s.io/v1", 36)]
    public Task KL1012_fires_on_a_runtime_handler_that_is_not_a_dns_label(string apiVersion, int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{RuntimeClass(apiVersion, "bad")}}}
        handler: [|Kata_QEMU|]
        ---
        {{{RuntimeClass(apiVersion, "good")}}}
        handler: kata-qemu
        """, V(minor),
        "handler: Invalid value: \"Kata_QEMU\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; name the CRI handler as the container runtime's configuration does (lower-case letters, digits and '-', e.g. runc or kata)");

    // validateParameters: no empty parameter name (checked once there are at most 512 parameters); an empty value is fine.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_empty_parameter_name(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{StorageClass("bad")}}}
        provisioner: ebs.csi.aws.com
        parameters:
          [|""|]: gp3
        ---
        {{{StorageClass("good")}}}
        provisioner: ebs.csi.aws.com
        parameters:
          type: gp3
          iops: ""
        """, V(minor),
        "parameters: Invalid value: \"\": field can not be empty.; give the parameter a name, or remove it");

    // validateParameters: keys and values together at most 256 KiB.
    [Fact]
    public Task KL1014_fires_on_parameters_larger_than_256_KiB() => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{StorageClass("bad")}}}
        provisioner: ebs.csi.aws.com
        [|parameters|]:
          a: {{{new string('x', 200 * 1024)}}}
          b: {{{new string('y', 100 * 1024)}}}
        ---
        {{{StorageClass("good")}}}
        provisioner: ebs.csi.aws.com
        parameters:
          a: {{{new string('x', 200 * 1024)}}}
        """, V(36),
        "parameters: Too long: must have at most 262144 bytes; the provisioner's parameters (keys and values together) must fit in 256 KiB: move large settings elsewhere");

    private static string CsiDriver(string name) => $$"""
        apiVersion: storage.k8s.io/v1
        kind: CSIDriver
        metadata: {name: {{name}}}
        spec:
        """;

    // validateFSGroupPolicy: on from 1.20 (dropped by 1.19's apiserver); CSIDriver v1 is 1.18's.
    [Theory]
    [InlineData(19, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public async Task KL1013_fires_on_an_unknown_fs_group_policy_from_1_20(int minor, bool fires)
    {
        var marked = fires ? "[|ReadWrite|]" : "ReadWrite";
        await ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyAsync($$$"""
            {{{CsiDriver("bad.example.com")}}}
              fsGroupPolicy: {{{marked}}}
            ---
            {{{CsiDriver("good.example.com")}}}
              fsGroupPolicy: File
            """, V(minor));
    }

    [Fact]
    public Task KL1013_names_the_supported_fs_group_policies() => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{CsiDriver("bad.example.com")}}}
          fsGroupPolicy: [|ReadWrite|]
        """, V(36),
        "spec.fsGroupPolicy: Unsupported value: \"ReadWrite\": supported values: \"File\", \"None\", \"ReadWriteOnceWithFSType\"; give File, None or ReadWriteOnceWithFSType (the default)");

    // validateTokenRequests: each audience once (an absent one is the empty audience), from 1.21.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_token_audience_requested_twice(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($$$"""
        {{{CsiDriver("bad.example.com")}}}
          tokenRequests:
          - audience: vault
          - audience: [|vault|]
          - expirationSeconds: 3600
          - [|expirationSeconds|]: 7200
        ---
        {{{CsiDriver("good.example.com")}}}
          tokenRequests:
          - audience: vault
          - audience: gcp
          - expirationSeconds: 3600
        """, V(minor),
        "spec.tokenRequests[1].audience: Duplicate value: \"vault\"; request one token per audience",
        "spec.tokenRequests[3].audience: Duplicate value: \"\"; request one token per audience");

    // validateTokenRequests: an expiration of at least 10 minutes and at most 2^32 seconds.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_token_expiration_out_of_range(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{CsiDriver("bad.example.com")}}}
          tokenRequests:
          - {audience: vault, expirationSeconds: [|599|]}
          - {audience: gcp, expirationSeconds: [|4294967297|]}
        ---
        {{{CsiDriver("good.example.com")}}}
          tokenRequests:
          - {audience: vault, expirationSeconds: 600}
          - {audience: gcp, expirationSeconds: 4294967296}
        """, V(minor),
        "spec.tokenRequests[0].expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes; give 600 seconds or more",
        "spec.tokenRequests[1].expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds; give at most 4294967296 seconds");

    // validateVolumeLifecycleModes: Persistent or Ephemeral.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1004_fires_on_an_unknown_volume_lifecycle_mode(int minor) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyAsync($$$"""
        apiVersion: storage.k8s.io/{{{(minor < 18 ? "v1beta1" : "v1")}}}
        kind: CSIDriver
        metadata: {name: bad.example.com}
        spec:
          volumeLifecycleModes: [Persistent, [|Inline|]]
        ---
        apiVersion: storage.k8s.io/{{{(minor < 18 ? "v1beta1" : "v1")}}}
        kind: CSIDriver
        metadata: {name: good.example.com}
        spec:
          volumeLifecycleModes: [Persistent, Ephemeral]
        """, V(minor));

    private static string Attachment(string apiVersion, string name) => $$"""
        apiVersion: {{apiVersion}}
        kind: VolumeAttachment
        metadata: {name: {{name}}}
        spec:
          attacher: ebs.csi.aws.com
          nodeName: node-1
        """;

    // validateVolumeAttachmentSource: exactly one of persistentVolumeName and inlineVolumeSpec (read from 1.16).
    [Theory]
    [InlineData("storage.k8s.io/v1beta1", 16)]
    [InlineData("storage.k8s.io/v1", 22)]
    [InlineData("storage.k8s.io/v1", 36)]
    public Task KL1011_fires_on_a_volume_attachment_without_a_source(string apiVersion, int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Attachment(apiVersion, "bad")}}}
          [|source|]: {}
        ---
        {{{Attachment(apiVersion, "empty")}}}
          source: {[|persistentVolumeName|]: ""}
        ---
        {{{Attachment(apiVersion, "good")}}}
          source: {persistentVolumeName: pv-1}
        """, V(minor),
        "spec.source: Required value: must specify exactly one of inlineVolumeSpec and persistentVolumeName; name the PersistentVolume to attach (persistentVolumeName), or give its spec inline",
        "spec.source.persistentVolumeName: Required value: must specify non empty persistentVolumeName; name the PersistentVolume to attach");

    [Theory]
    [InlineData("storage.k8s.io/v1beta1", 16)]
    [InlineData("storage.k8s.io/v1", 36)]
    public Task KL1015_fires_on_a_volume_attachment_with_both_sources(string apiVersion, int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Attachment(apiVersion, "bad")}}}
          source:
            persistentVolumeName: pv-1
            [|inlineVolumeSpec|]: {csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}, accessModes: [ReadWriteOnce]}
        ---
        {{{Attachment(apiVersion, "good")}}}
          source:
            inlineVolumeSpec: {csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}, accessModes: [ReadWriteOnce]}
        """, V(minor),
        "spec.source: Forbidden: must specify exactly one of inlineVolumeSpec and persistentVolumeName; keep persistentVolumeName or inlineVolumeSpec, not both");

    // ValidateVolumeAttachmentV1: the attacher a CSI driver name, for v1 only (v1beta1 takes any attacher).
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_v1_attacher_that_is_no_csi_driver_name(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        apiVersion: storage.k8s.io/v1
        kind: VolumeAttachment
        metadata: {name: bad}
        spec:
          attacher: [|ebs_csi|]
          nodeName: node-1
          source: {persistentVolumeName: pv-1}
        ---
        apiVersion: storage.k8s.io/v1beta1
        kind: VolumeAttachment
        metadata: {name: beta}
        spec:
          attacher: ebs_csi
          nodeName: node-1
          source: {persistentVolumeName: pv-1}
        ---
        apiVersion: storage.k8s.io/v1
        kind: VolumeAttachment
        metadata: {name: good}
        spec:
          attacher: EBS.csi.aws.com
          nodeName: node-1
          source: {persistentVolumeName: pv-1}
        """, V(minor),
        "spec.attacher: Invalid value: \"ebs_csi\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give the CSI driver's name as it registers (a DNS subdomain, e.g. ebs.csi.aws.com)");
}
