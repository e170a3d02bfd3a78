using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// PersistentVolumes and claims as pkg/apis/core/validation/validation.go validates them: ValidatePersistentVolumeSpec
/// (capacity holds storage alone, above zero; one volume source, counted as for pod volumes; storageClassName a DNS
/// subdomain), pkg/volume/validation/pv_validation.go checkMountOption (the mount-options annotation on types that take
/// none), ValidatePersistentVolumeClaimSpec (the storage request above zero, storageClassName a DNS subdomain); and
/// ValidateStatefulSetSpec, which leaves volumeClaimTemplates alone. Each failing document has a valid look-alike.
/// </summary>
public class PersistentVolumeValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Volume(string name, string annotations = "") => $$"""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: {{name}}{{annotations}}
        spec:
          accessModes: [ReadWriteOnce]
        """;

    private const string Nfs = "  nfs: {server: nfs.example.com, path: /exports/disk}";

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_capacity_other_than_storage(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Volume("other")}}}
          capacity: {[|size|]: 10Gi}
        {{{Nfs}}}
        ---
        {{{Volume("extra")}}}
          capacity: {storage: 10Gi, [|iops|]: "3000"}
        {{{Nfs}}}
        ---
        {{{Volume("good")}}}
          capacity: {storage: 10Gi}
        {{{Nfs}}}
        """, V(minor),
        "spec.capacity: Unsupported value: [\"size\"]: supported values: \"storage\"; a PersistentVolume's capacity is its size alone: give storage (e.g. storage: 10Gi) and nothing else",
        "spec.capacity: Unsupported value: [\"storage\", \"iops\"]: supported values: \"storage\"; a PersistentVolume's capacity is its size alone: give storage (e.g. storage: 10Gi) and nothing else");

    // ValidatePositiveQuantityValue of the capacity and of a claim's storage request.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_zero_capacity_or_storage_request(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Volume("zero")}}}
          capacity: {storage: [|"0"|]}
        {{{Nfs}}}
        ---
        {{{Volume("good")}}}
          capacity: {storage: 1Mi}
        {{{Nfs}}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: zero}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: [|0|]}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: good}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
        """, V(minor),
        "spec.capacity[storage]: Invalid value: \"0\": must be greater than zero; give the volume's size, e.g. 10Gi",
        "spec.resources[storage]: Invalid value: \"0\": must be greater than zero; request the size the claim needs, e.g. 10Gi");

    // ValidatePersistentVolumeSpec counts the sources in its own order (nfs after hostPath, csi last) and reports each
    // after the first; flexVolume is counted but never refused itself, so only a source after it is.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_a_second_volume_source(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Volume("two")}}}
          capacity: {storage: 10Gi}
          [|nfs|]: {server: nfs.example.com, path: /exports/disk}
          hostPath: {path: /mnt/disk}
        ---
        {{{Volume("flex-then-csi")}}}
          capacity: {storage: 10Gi}
          [|csi|]: {driver: ebs.csi.aws.com, volumeHandle: vol-1}
          flexVolume: {driver: example.com/flex}
        ---
        {{{Volume("nfs-then-flex")}}}
          capacity: {storage: 10Gi}
          flexVolume: {driver: example.com/flex}
        {{{Nfs}}}
        ---
        {{{Volume("null-source")}}}
          capacity: {storage: 10Gi}
          hostPath:
        {{{Nfs}}}
        """, V(minor),
        "spec.nfs: Forbidden: may not specify more than 1 volume type; a PersistentVolume has one source: keep hostPath or nfs, or make two volumes",
        "spec.csi: Forbidden: may not specify more than 1 volume type; a PersistentVolume has one source: keep flexVolume or csi, or make two volumes");

    // checkMountOption: the annotation on a type outside its list; spec.mountOptions is never checked by the apiserver.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_the_mount_options_annotation_of_a_host_path_volume(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Volume("bad", "\n  annotations: {[|volume.beta.kubernetes.io/mount-options|]: noatime}")}}}
          capacity: {storage: 10Gi}
          hostPath: {path: /mnt/disk}
        ---
        {{{Volume("nfs", "\n  annotations: {volume.beta.kubernetes.io/mount-options: nfsvers=4.1}")}}}
          capacity: {storage: 10Gi}
        {{{Nfs}}}
        ---
        {{{Volume("field")}}}
          capacity: {storage: 10Gi}
          hostPath: {path: /mnt/disk}
          mountOptions: [noatime]
        """, V(minor),
        "metadata.annotations.volume.beta.kubernetes.io/mount-options: Forbidden: may not specify mount options for this volume type; this volume type takes no mount options: remove the annotation");

    // ValidateClassName (NameIsDNSSubdomain) for both kinds; an empty class asks for none and passes.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_storage_class_name_that_is_not_a_dns_subdomain(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Volume("bad")}}}
          capacity: {storage: 10Gi}
          storageClassName: [|Fast_SSD|]
        {{{Nfs}}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: bad}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
          storageClassName: [|Fast_SSD|]
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: good}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
          storageClassName: fast-ssd.example
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: static}
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
          storageClassName: ""
        """, V(minor),
        "spec.storageClassName: Invalid value: \"Fast_SSD\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; name an existing StorageClass (a lower-case DNS subdomain)",
        "spec.storageClassName: Invalid value: \"Fast_SSD\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; name an existing StorageClass (a lower-case DNS subdomain)");

    // ValidateStatefulSetSpec does not validate volumeClaimTemplates: a template without access modes or storage is created.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task No_error_on_a_claim_template_without_access_modes_or_storage(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          serviceName: web
          volumeClaimTemplates:
          - metadata: {name: data}
            spec:
              resources: {requests: {storage: "0"}}
              storageClassName: Fast_SSD
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - {name: web, image: nginx:1.27}
        """)], V(minor), null, new KL1014ValueOutOfRangeAnalyzer(), new KL1012InvalidNameOrKeyAnalyzer());
}
