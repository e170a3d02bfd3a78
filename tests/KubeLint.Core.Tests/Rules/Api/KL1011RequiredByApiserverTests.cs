using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1011RequiredByApiserverAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>KL1011: fields the apiserver's validation code requires beyond the schema's required lists.
/// Each test names the Kubernetes function it follows.</summary>
public class KL1011RequiredByApiserverTests
{
    public static readonly TheoryData<int> Minors = [9, 16, 22, 36];

    private static KubernetesVersion V(int minor) => new(1, minor);

    // ---- pkg/apis/core/validation: validateContainers / validateInitContainers (validateContainerCommon) ----

    [Theory]
    [MemberData(nameof(WorkloadManifests.ValidatedKinds), MemberType = typeof(WorkloadManifests))]
    public Task ValidateContainers_image_required_in_every_pod_template(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: setup
          [|image|]: ""
        - name: ready
          image: busybox:1
        containers:
        - name: [|app|]
          command: [run]
        - name: sidecar
          image: proxy:1
        """), V(22));

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateContainers_image_required_in_a_pod(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: [|app|]
          - name: proxy
            [|image|]:
          - name: ok
            image: nginx:1
        """, V(minor),
        "spec.containers[0].image: Required value; set the image the container runs",
        "spec.containers[1].image: Required value; set the image the container runs");

    // At 1.7 the schema itself requires image: KL1005 reports the absent one, KL1011 only the empty one.
    [Fact]
    public Task ValidateContainers_absent_image_at_1_7_is_left_to_kl1005() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - {|KL1005:name|}: app
          - name: proxy
            [|image|]: ""
        """)], V(7), null, new KL1005RequiredFieldMissingAnalyzer());

    // Ephemeral containers are forbidden on create and in templates (another check): no image finding for them.
    [Fact]
    public Task ValidateContainers_ephemeral_containers_are_not_checked() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: nginx:1
          ephemeralContainers:
          - name: debug
        """, V(36));

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateContainers_containers_must_not_be_empty(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              [|containers|]: []
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: ok
        spec:
          containers:
          - name: app
            image: nginx:1
        """, V(minor),
        "spec.template.spec.containers: Required value; list at least one container");

    // ---- validateEnvVarValueFrom, validateConfigMapKeySelector, validateSecretKeySelector, validateObjectFieldSelector,
    //      validateContainerResourceFieldSelector ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateEnvVarValueFrom_needs_a_source_and_selectors_their_keys(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: nginx:1
            env:
            - name: NONE
              [|valueFrom|]: {}
            - name: CM
              valueFrom:
                configMapKeyRef: {name: cfg, [|key|]: ""}
            - name: SECRET
              valueFrom:
                secretKeyRef:
                  name: creds
                  [|key|]:
            - name: FIELD
              valueFrom:
                fieldRef: {[|fieldPath|]: ""}
            - name: RES
              valueFrom:
                resourceFieldRef: {[|resource|]: ""}
            - name: OK1
              valueFrom:
                fieldRef: {fieldPath: metadata.name}
            - name: OK2
              valueFrom:
                configMapKeyRef: {name: cfg, key: mode}
            - name: OK3
              value: plain
        """, V(minor),
        "spec.containers[0].env[0].valueFrom: Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`; say where the value comes from, or set `value` instead",
        "spec.containers[0].env[1].valueFrom.configMapKeyRef.key: Required value; name the ConfigMap key to read",
        "spec.containers[0].env[2].valueFrom.secretKeyRef.key: Required value; name the Secret key to read",
        "spec.containers[0].env[3].valueFrom.fieldRef.fieldPath: Required value; name the pod field to read, e.g. metadata.name",
        "spec.containers[0].env[4].valueFrom.resourceFieldRef.resource: Required value; name the resource to read, e.g. limits.cpu");

    // ---- validateConfigMapVolumeSource, validateSecretVolumeSource, validatePersistentClaimVolumeSource,
    //      validateHostPathVolumeSource, validateNFSVolumeSource ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Volume_sources_need_their_names_and_paths(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: nginx:1
          volumes:
          - name: cm
            [|configMap|]: {}
          - name: sec
            [|secret|]: {defaultMode: 0400}
          - name: claim
            persistentVolumeClaim: {[|claimName|]: ""}
          - name: host
            hostPath:
              [|path|]:
          - name: share
            nfs: {[|server|]: "", path: /exports}
          - name: defaulted
            configMap:
          - name: ok-cm
            configMap: {name: cfg}
          - name: ok-secret
            secret: {secretName: creds}
          - name: ok-nfs
            nfs: {server: nfs.local, path: /exports}
        """, V(minor),
        "spec.volumes[0].configMap.name: Required value; name the ConfigMap to mount",
        "spec.volumes[1].secret.secretName: Required value; name the Secret to mount",
        "spec.volumes[2].persistentVolumeClaim.claimName: Required value; name the PersistentVolumeClaim to mount",
        "spec.volumes[3].hostPath.path: Required value; set the node's path to mount",
        "spec.volumes[4].nfs.server: Required value; set the NFS server's host name or address");

    // ---- ValidateEnvFrom, validateConfigMapEnvSource, validateSecretEnvSource ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateEnvFrom_needs_a_named_source(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: nginx:1
            envFrom:
            - [|prefix|]: APP_
            - [|configMapRef|]: {}
            - secretRef: {[|name|]: ""}
            - configMapRef: {name: settings}
            - prefix: DB_
              secretRef: {name: db}
        """, V(minor),
        "spec.containers[0].envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`; name the ConfigMap or Secret whose keys become variables",
        "spec.containers[0].envFrom[1].configMapRef.name: Required value; name the ConfigMap to read",
        "spec.containers[0].envFrom[2].secretRef.name: Required value; name the Secret to read");

    // ---- validateProjectionSources ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateProjectionSources_config_maps_and_secrets_need_a_name(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: nginx:1
          volumes:
          - name: all
            projected:
              sources:
              - [|configMap|]: {items: [{key: a, path: a}]}
              - secret: {[|name|]: ""}
              - configMap: {name: settings}
              - secret: {name: creds}
        """, V(minor),
        "spec.volumes[0].projected.sources[0].configMap.name: Required value; name the ConfigMap to project",
        "spec.volumes[0].projected.sources[1].secret.name: Required value; name the Secret to project");

    // ---- validateContainers on a pod spec left out or null (decoded as an empty spec) ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateContainers_a_missing_pod_spec_has_no_containers(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        [|kind|]: Pod
        metadata:
          name: stub
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            [|spec|]:
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata:
          name: tpl
        [|template|]:
          metadata:
            labels: {app: web}
        """, V(minor),
        "spec.containers: Required value; list at least one container",
        "spec.template.spec.containers: Required value; list at least one container",
        "template.spec.containers: Required value; list at least one container");

    // ---- ValidatePodTemplateSpecForRC ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidatePodTemplateSpecForRC_template_required(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: web
        [|spec|]:
          replicas: 1
          selector: {app: web}
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: ok
        spec:
          selector: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: app
                image: nginx:1
        """, V(minor),
        "spec.template: Required value; give the ReplicationController the pod template it runs");

    // ---- pkg/apis/batch/validation: validateJobSpec (completionMode Indexed, beta from 1.22) ----

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task ValidateJobSpec_indexed_jobs_need_completions(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: indexed
        [|spec|]:
          completionMode: Indexed
          parallelism: 3
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: work
                image: busybox:1
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            [|spec|]:
              completionMode: Indexed
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: work
                    image: busybox:1
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: ok
        spec:
          completionMode: Indexed
          completions: 3
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: work
                image: busybox:1
        """, V(minor),
        "spec.completions: Required value: when completion mode is Indexed; set how many indexes the Job runs (completions)",
        "spec.jobTemplate.spec.completions: Required value: when completion mode is Indexed; set how many indexes the Job runs (completions)");

    // 1.21 has the field behind an alpha gate that is off: the apiserver drops it.
    [Fact]
    public Task ValidateJobSpec_indexed_jobs_are_not_checked_at_1_21() => Verify.VerifyAsync("""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: indexed
        spec:
          completionMode: Indexed
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: work
                image: busybox:1
        """, V(21));

    // ---- ValidateService, validateServicePort ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateService_ports_port_names_and_external_name(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: noports
        [|spec|]:
          selector: {app: web}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: twoports
        spec:
          ports:
          - [|port|]: 80
          - name: https
            port: 443
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: alias
        [|spec|]:
          type: ExternalName
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: dot
        spec:
          type: ExternalName
          [|externalName|]: "."
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: headless
        spec:
          clusterIP: None
          selector: {app: db}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: oneport
        spec:
          ports:
          - port: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: external
        spec:
          type: ExternalName
          externalName: db.example.com.
        """, V(minor),
        "spec.ports: Required value; list the ports the Service exposes, or make it headless (clusterIP: None)",
        "spec.ports[0].name: Required value; name every port: a Service with more than one port needs a name on each",
        "spec.externalName: Required value; set the DNS name the Service aliases",
        "spec.externalName: Required value; set the DNS name the Service aliases");

    // 1.5's schema requires spec.ports: KL1005 reports the absent list, KL1011 the empty one.
    [Fact]
    public Task ValidateService_absent_ports_at_1_5_are_left_to_kl1005() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: a
        {|KL1005:spec|}:
          selector: {app: web}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: b
        spec:
          [|ports|]: []
        """)], V(5), null, new KL1005RequiredFieldMissingAnalyzer());

    // ---- ValidateSecret ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateSecret_typed_secrets_need_their_keys(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: tls
        type: kubernetes.io/tls
        [|data|]:
          tls.crt: LS0t
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: pull
        [|type|]: kubernetes.io/dockerconfigjson
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: cfg
        type: kubernetes.io/dockercfg
        [|stringData|]:
          other: x
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: basic
        type: kubernetes.io/basic-auth
        [|data|]: {}
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ssh
        type: kubernetes.io/ssh-auth
        [|stringData|]:
          ssh-privatekey: ""
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: token
          [|annotations|]:
            owner: me
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ok-tls
        type: kubernetes.io/tls
        data:
          tls.crt: LS0t
        stringData:
          tls.key: "-----BEGIN PRIVATE KEY-----"
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ok-basic
        type: kubernetes.io/basic-auth
        stringData:
          password: ""
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ok-token
          annotations:
            kubernetes.io/service-account.name: builder
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ok-opaque
        type: Opaque
        """, V(minor),
        "data[tls.key]: Required value; add the private key (PEM) under tls.key",
        "data[.dockerconfigjson]: Required value; add the registry credentials (a config.json) under .dockerconfigjson",
        "data[.dockercfg]: Required value; add the registry credentials under .dockercfg",
        "data[username]: Required value; set username or password (or both): a basic-auth Secret needs at least one",
        "data[ssh-privatekey]: Required value; add the private key under ssh-privatekey",
        "metadata.annotations[kubernetes.io/service-account.name]: Required value; name the ServiceAccount the token is for in the kubernetes.io/service-account.name annotation");

    [Fact]
    public Task ValidateSecret_placeholder_type_is_not_checked() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: tls
        type: ${SECRET_TYPE}
        data: {}
        """, V(36));

    // ---- pkg/apis/networking/validation: ValidateIngressSpec, validateHTTPIngressRuleValue, validateHTTPIngressPath,
    //      validateIngressBackend ----

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task ValidateIngressSpec_beta_needs_rules_or_backend(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: empty
        [|spec|]:
          tls: []
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: nopaths
        spec:
          rules:
          - host: a.example.com
            http:
              [|paths|]: []
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: ok
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """, V(minor),
        "spec: Invalid value: either `backend` or `rules` must be specified; route at least one rule, or give a backend",
        "spec.rules[0].http.paths: Required value; route at least one path");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task ValidateIngressSpec_v1_rules_or_default_backend_and_backends(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: empty
        [|spec|]:
          ingressClassName: nginx
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: backends
        spec:
          [|defaultBackend|]: {}
          rules:
          - http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: web
                    [|port|]: {}
              - path: /noname
                pathType: Prefix
                backend:
                  service:
                    [|name|]: ""
                    port: {number: 80}
              - path: /ok
                pathType: Prefix
                backend:
                  service:
                    name: web
                    port: {name: http}
        """, V(minor),
        "spec: Invalid value: either `defaultBackend` or `rules` must be specified; route at least one rule, or give a defaultBackend",
        "spec.defaultBackend: Invalid value: \"\": resource or service backend is required; point the backend at a service (name and port) or a resource",
        "spec.rules[0].http.paths[0].backend: Required value: port name or number is required; give the service port's number or name",
        "spec.rules[0].http.paths[1].backend.service.name: Required value; name the Service to route to");

    // pathType: required by validateHTTPIngressPath for networking.k8s.io/v1 (no default); the schema requires it from 1.22 (KL1005).
    [Fact]
    public Task ValidateHTTPIngressPath_path_type_required_in_v1_before_the_schema_says_so() => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - [|path|]: /
                backend:
                  service: {name: web, port: {number: 80}}
              - path: /ok
                pathType: Prefix
                backend:
                  service: {name: web, port: {number: 80}}
        """, new KubernetesVersion(1, 19),
        "spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified; say how the path matches: Prefix, Exact or ImplementationSpecific");

    [Fact]
    public Task ValidateHTTPIngressPath_absent_path_type_from_1_22_is_left_to_kl1005() => Verify.VerifyAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - path: /
                backend:
                  service: {name: web, port: {number: 80}}
        """, V(36));

    // ---- pkg/apis/rbac/validation: ValidatePolicyRule, ValidateRoleBinding, ValidateRoleBindingSubject ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidatePolicyRule_verbs_api_groups_and_resources(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
        rules:
        - [|verbs|]: []
          apiGroups: [""]
          resources: [pods]
        - [|resources|]: [pods]
          verbs: [get]
        - [|apiGroups|]: [""]
          verbs: [get]
        - apiGroups: [apps]
          resources: [deployments]
          verbs: [get]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: metrics
        rules:
        - nonResourceURLs: [/metrics]
          verbs: [get]
        """, V(minor),
        "rules[0].verbs: Required value: verbs must contain at least one value; list the verbs the rule allows, e.g. [get, list, watch]",
        "rules[1].apiGroups: Required value: resource rules must supply at least one api group; list the API groups of the resources, \"\" for the core group",
        "rules[2].resources: Required value: resource rules must supply at least one resource; list the resources the rule applies to, e.g. [pods]");

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidateRoleBindingSubject_service_accounts_of_cluster_bindings_need_a_namespace(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: builders
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          [|name|]: ""
        subjects:
        - kind: ServiceAccount
          name: [|builder|]
        - kind: ServiceAccount
          name: deployer
          namespace: ci
        - kind: User
          name: jane
          apiGroup: rbac.authorization.k8s.io
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: local
          namespace: ci
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: reader
        subjects:
        - kind: ServiceAccount
          name: builder
        """, V(minor),
        "roleRef.name: Required value; name the role to bind",
        "subjects[0].namespace: Required value; give the service account's namespace: a cluster-wide binding has none of its own");

    // ---- ValidatePersistentVolumeClaimSpec, ValidatePersistentVolumeSpec ----

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidatePersistentVolumeClaimSpec_access_modes_and_storage(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        [|spec|]:
          storageClassName: fast
          [|resources|]: {}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: ok
        spec:
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 1Gi
        """, V(minor),
        "spec.accessModes: Required value: at least 1 access mode is required; list how the volume is mounted, e.g. [ReadWriteOnce]",
        "spec.resources[storage]: Required value; request the size the claim needs under resources.requests.storage");

    [Theory]
    [MemberData(nameof(Minors))]
    public Task ValidatePersistentVolumeSpec_access_modes_capacity_and_source(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: nothing
        [|spec|]:
          [|capacity|]: {}
          [|accessModes|]: []
          storageClassName: fast
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: ok
        spec:
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          nfs: {server: nfs.local, path: /exports}
        """, V(minor),
        "spec: Required value: must specify a volume type; say where the volume lives (nfs, csi, hostPath, local …)",
        "spec.capacity: Required value; give the volume's size under capacity.storage",
        "spec.accessModes: Required value; list how the volume may be mounted, e.g. [ReadWriteOnce]");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task ValidatePersistentVolumeSpec_local_volumes_need_node_affinity(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: local
        spec:
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          [|local|]: {path: /mnt/disks/ssd1}
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: ok
        spec:
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          local: {path: /mnt/disks/ssd1}
          nodeAffinity:
            required:
              nodeSelectorTerms:
              - matchExpressions:
                - {key: kubernetes.io/hostname, operator: In, values: [node-1]}
        """, V(minor),
        "spec.nodeAffinity: Required value: Local volume requires node affinity; pin the volume to its node with nodeAffinity.required");

    // A custom resource that shares a built-in kind's name is not the apiserver's to validate.
    [Fact]
    public Task Custom_resources_named_like_built_in_kinds_are_not_checked() => Verify.VerifyAsync("""
        apiVersion: example.com/v1
        kind: Service
        metadata:
          name: mine
        spec: {}
        """, V(36));
}
