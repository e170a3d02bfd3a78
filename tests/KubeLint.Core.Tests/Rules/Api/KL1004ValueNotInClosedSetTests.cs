using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1004ValueNotInClosedSetAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1004ValueNotInClosedSetTests
{
    [Fact]
    public Task Fires_on_values_outside_the_set() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          restartPolicy: [|Sometimes|]
          containers:
          - name: web
            image: nginx
            imagePullPolicy: [|always|]
            ports:
            - containerPort: 80
              protocol: [|tcp|]
        """, new KubernetesVersion(1, 36));

    [Fact]
    public Task Fires_on_values_newer_than_the_target() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes: [ReadWriteOnce, [|ReadWriteOncePod|]]
          resources:
            requests: {storage: 1Gi}
        """, new KubernetesVersion(1, 22));

    [Fact]
    public Task Fires_at_1_5_on_a_dns_policy_from_1_6() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          dnsPolicy: [|ClusterFirstWithHostNet|]
          containers:
          - name: web
            image: nginx
        """, new KubernetesVersion(1, 5));

    // The sets read in the validation code: validateHostPathType (pkg/apis/core/validation/validation.go), validateJobSpec's
    // completion modes (pkg/apis/batch/validation/validation.go), ValidatePodDisruptionBudgetSpec's eviction policies
    // (pkg/apis/policy/validation/validation.go), ValidatePersistentVolumeClaimRetentionPolicyType (pkg/apis/apps/validation/validation.go).
    [Fact]
    public Task Fires_on_host_path_types_completion_modes_eviction_and_retention_policies_outside_their_sets() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx
          volumes:
          - name: logs
            hostPath:
              path: /var/log
              type: [|Dir|]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          completionMode: [|Parallel|]
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: busybox
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          unhealthyPodEvictionPolicy: [|Never|]
          selector:
            matchLabels: {app: web}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
          persistentVolumeClaimRetentionPolicy:
            whenDeleted: [|Keep|]
            whenScaled: Delete
          template:
            metadata:
              labels: {app: db}
            spec:
              containers:
              - name: db
                image: postgres
        """, new KubernetesVersion(1, 36));

    [Fact]
    public Task Does_not_fire_on_host_path_types_completion_modes_eviction_and_retention_policies_in_their_sets() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: logs
        spec:
          capacity: {storage: 1Gi}
          accessModes: [ReadWriteOnce]
          hostPath:
            path: /var/log
            type: ""
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx
          volumes:
          - name: logs
            hostPath:
              path: /var/log
              type: DirectoryOrCreate
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          completionMode: Indexed
          completions: 3
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: busybox
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          unhealthyPodEvictionPolicy: AlwaysAllow
          selector:
            matchLabels: {app: web}
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
          persistentVolumeClaimRetentionPolicy:
            whenDeleted: Retain
            whenScaled: Delete
          template:
            metadata:
              labels: {app: db}
            spec:
              containers:
              - name: db
                image: postgres
        """, new KubernetesVersion(1, 36));

    // pkg/apis/rbac/validation/validation.go: ValidateRoleBinding (roleRef.kind, roleRef.apiGroup) and ValidateRoleBindingSubject
    // (subject kinds), at old, middle and new minors. An empty roleRef.apiGroup is defaulted (pkg/apis/rbac/v1/defaults.go
    // SetDefaults_RoleBinding) and a ClusterRoleBinding bound to a Role is KL1017's.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Fires_on_role_ref_and_subject_kinds_outside_their_sets(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: readers
        roleRef:
          apiGroup: [|rbac|]
          kind: [|Roles|]
          name: reader
        subjects:
        - kind: [|user|]
          name: jane
          apiGroup: rbac.authorization.k8s.io
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: writers
        roleRef:
          apiGroup: ""
          kind: Role
          name: writer
        subjects:
        - kind: User
          name: jane
        - kind: ServiceAccount
          name: build-bot
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: viewers
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: viewer
        subjects:
        - kind: Group
          name: viewers
          apiGroup: rbac.authorization.k8s.io
        """, new KubernetesVersion(1, minor),
        "roleRef.apiGroup: \"rbac\" is not one of rbac.authorization.k8s.io",
        "roleRef.kind: \"Roles\" is not one of Role, ClusterRole",
        "subjects[0].kind: \"user\" is not one of ServiceAccount, User, Group; did you mean \"User\"?");

    [Fact]
    public Task Does_not_fire_on_accepted_values() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          sessionAffinity: ClientIP
          selector: {app: web}
          ports:
          - port: 80
            protocol: UDP
        """, new KubernetesVersion(1, 9));
}
