using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1013InvalidValueAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1013InvalidValueTests
{
    public static readonly TheoryData<int> Minors = [9, 16, 22, 36];

    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string CronJobApi(int minor) => minor >= 21 ? "batch/v1" : "batch/v1beta1";

    // --- quantities: apimachinery pkg/api/resource/quantity.go (ParseQuantity via UnmarshalJSON), every minor ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Quantity_fires_on_strings_ParseQuantity_refuses(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              limits: {memory: [|20MB|], cpu: [|"1 cpu"|]}
              requests: {memory: [|1gi|], cpu: 100m}
          volumes:
          - name: scratch
            emptyDir: {sizeLimit: [|1 GB|]}
        """, V(minor));

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Quantity_accepts_numbers_suffixes_exponents_and_padding(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              limits: {memory: 1e3, cpu: 0.5, ephemeral-storage: " 2Gi "}
              requests: {memory: 128Mi, cpu: "250m", nvidia.com/gpu: 1}
          volumes:
          - name: scratch
            emptyDir: {sizeLimit: 1G}
          - name: templated
            emptyDir: {sizeLimit: "${SIZE}"}
        """, V(minor));

    [Fact]
    public Task Quantity_message_names_the_map_entry_as_the_apiserver_does() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ResourceQuota
        metadata:
          name: q
        spec:
          hard:
            requests.memory: [|10 Gi|]
            pods: "10"
        """, V(36),
        "spec.hard[requests.memory]: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'; \"10 Gi\" does not: write a number with an optional suffix such as 500m, 128Mi or 1Gi (case-sensitive, no space, no B)");

    [Fact]
    public Task Quantity_fires_in_every_workload_kind_and_names_the_container_path() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          resources:
            limits:
              memory: [|512mb|]
        """), V(22),
        "spec.template.spec.containers[0].resources.limits[memory]: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'; \"512mb\" does not: write a number with an optional suffix such as 500m, 128Mi or 1Gi (case-sensitive, no space, no B)");

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Quantity_fires_in_each_kind(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          resources:
            requests: {memory: [|1.5 Gi|], cpu: 1}
        """), V(22));

    // --- base64: encoding/json fills []byte with base64.StdEncoding, every minor ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Base64_fires_on_secret_data_that_is_not_padded_standard_base64(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
        data:
          good: aGVsbG8=
          folded: |
            aGVs
            bG8=
          empty: ""
          plain: [|hunter2!|]
          unpadded: [|aGVsbG8|]
          urlsafe: [|a-_b|]
        stringData:
          password: hunter2!
        """, V(minor));

    [Fact]
    public Task Base64_message_gives_the_decoder_offset() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: blobs
        binaryData:
          logo.png: [|"iVBO RK"|]
        data:
          note: not base64 and fine
        """, V(16),
        "binaryData[logo.png]: illegal base64 data at input byte 4; write it base64-encoded, padded with '=' (e.g. base64 -w0); a Secret also takes plain text in stringData");

    // --- CronJob schedule: pkg/apis/batch/validation/validation.go validateScheduleFormat ---

    private static string CronJob(int minor, string schedule, string extra = "") => $$"""
        apiVersion: {{CronJobApi(minor)}}
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: {{schedule}}
        {{extra}}  jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: job
                    image: job:1
        """;

    [Theory]
    [InlineData(9, "[|\"61 * * * *\"|]")]
    [InlineData(16, "[|\"0 24 * * *\"|]")]
    [InlineData(22, "[|\"0 0 0 * *\"|]")]
    [InlineData(36, "[|\"0 0 * 13 *\"|]")]
    [InlineData(36, "[|\"0 0 * * 7\"|]")]
    [InlineData(36, "[|\"0 0 * * funday\"|]")]
    [InlineData(36, "[|\"5-1 * * * *\"|]")]
    [InlineData(36, "[|\"*/0 * * * *\"|]")]
    [InlineData(36, "[|\"1/2/3 * * * *\"|]")]
    [InlineData(36, "[|\"0 0 * * * *\"|]")]
    [InlineData(36, "[|\"0 0 * *\"|]")]
    [InlineData(36, "[|\"@fortnightly\"|]")]
    [InlineData(36, "[|\"@every 5 minutes\"|]")]
    [InlineData(22, "[|\"-1 * * * *\"|]")]
    public Task Schedule_fires_on_what_the_cron_parser_refuses(int minor, string schedule) =>
        Verify.VerifyAsync(CronJob(minor, schedule), V(minor));

    [Theory]
    [InlineData(9, "\"*/5 * * * *\"")]
    [InlineData(9, "\"0 0 * *\"")] // the old parser was given "0 " + the schedule, so four fields passed
    [InlineData(16, "\"0 0 1,15 * MON-FRI\"")]
    [InlineData(22, "\"@hourly\"")]
    [InlineData(22, "\"CRON_TZ=Europe/Paris 0 3 * * *\"")] // robfig/cron v3 reads the prefix; only a warning before 1.29
    [InlineData(28, "\"TZ=UTC 0 3 * * *\"")]
    [InlineData(36, "\"@every 1h30m\"")]
    [InlineData(36, "\"0 0 ? * sun\"")]
    [InlineData(36, "\"5/15 * * * *\"")]
    [InlineData(36, "\"0  0  *  *  *\"")]
    [InlineData(36, "\"{{ .Values.schedule }}\"")]
    public Task Schedule_accepts_what_the_parser_reads(int minor, string schedule) =>
        Verify.VerifyAsync(CronJob(minor, schedule), V(minor));

    [Fact]
    public Task Schedule_message_quotes_the_parser() => Verify.VerifyMessagesAsync(CronJob(36, "[|\"61 * * * *\"|]"), V(36),
        "spec.schedule: Invalid value: \"61 * * * *\": end of range (61) above maximum (59): 61; write five fields (minute hour day-of-month month day-of-week) or a descriptor such as @daily");

    [Fact]
    public Task Schedule_counts_fields_after_the_old_parser_era() => Verify.VerifyMessagesAsync(CronJob(22, "[|\"0 0 * *\"|]"), V(22),
        "spec.schedule: Invalid value: \"0 0 * *\": expected exactly 5 fields, found 4: 0 0 * *; write five fields (minute hour day-of-month month day-of-week) or a descriptor such as @daily");

    // validateScheduleFormat: TZ in the schedule refused on create from 1.29 (kubernetes#116252).
    [Fact]
    public Task Schedule_with_TZ_fires_from_1_29() => Verify.VerifyMessagesAsync(CronJob(29, "[|\"CRON_TZ=UTC 0 3 * * *\"|]"), V(29),
        "spec.schedule: Invalid value: \"CRON_TZ=UTC 0 3 * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead; remove the TZ=/CRON_TZ= prefix and set spec.timeZone");

    [Fact]
    public Task Schedule_with_TZ_fires_at_1_36_and_not_without_it() => Verify.VerifyAsync(CronJob(36, "[|\"TZ=UTC 0 3 * * *\"|]") + "\n---\n" + CronJob(36, "\"0 3 * * *\"", "  timeZone: Etc/UTC\n"), V(36));

    // Before robfig/cron v3 (1.22) the prefix is just a sixth field.
    [Fact]
    public Task Schedule_with_TZ_is_a_field_too_many_before_1_22() => Verify.VerifyMessagesAsync(CronJob(16, "[|\"TZ=UTC 0 3 * * *\"|]"), V(16),
        "spec.schedule: Invalid value: \"TZ=UTC 0 3 * * *\": expected exactly 5 fields, found 6: TZ=UTC 0 3 * * *; write five fields (minute hour day-of-month month day-of-week) or a descriptor such as @daily");

    // --- CronJob timeZone: validateTimeZone, from 1.25 ---

    [Fact]
    public Task TimeZone_fires_on_malformed_names_from_1_25() => Verify.VerifyMessagesAsync(
        CronJob(25, "\"0 3 * * *\"", "  timeZone: [|Europe/ Paris|]\n") + "\n---\n" + CronJob(36, "\"0 3 * * *\"", "  timeZone: [|../etc/passwd|]\n"), V(36),
        "spec.timeZone: Invalid value: \"Europe/ Paris\": unknown time zone Europe/ Paris; did you mean Europe/Paris? Use an IANA time zone name (tz database 2025b); names are case-sensitive",
        "spec.timeZone: Invalid value: \"../etc/passwd\": unknown time zone ../etc/passwd; use an IANA time zone name such as Etc/UTC or Europe/Paris (tz database 2025b)");

    [Theory]
    [InlineData(25)]
    [InlineData(36)]
    public Task TimeZone_accepts_well_formed_names(int minor) => Verify.VerifyAsync(
        CronJob(minor, "\"0 3 * * *\"", "  timeZone: Etc/GMT+5\n") + "\n---\n" + CronJob(minor, "\"0 3 * * *\"", "  timeZone: America/Argentina/Buenos_Aires\n"), V(minor));

    // At 1.24 the field is alpha and dropped unless enabled: nothing is validated.
    [Fact]
    public Task TimeZone_is_not_checked_at_1_24() => Verify.VerifyAsync(CronJob(24, "\"0 3 * * *\"", "  timeZone: Europe/ Paris\n"), V(24));

    // --- IP addresses and CIDRs ---

    private static string Service(string spec) => "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n" + spec;

    // pkg/apis/core/validation/validation.go: ValidateService, every minor.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Service_ips_fire_on_what_is_no_address(int minor) => Verify.VerifyAsync(Service("""
          type: LoadBalancer
          clusterIP: [|10.0.0|]
          externalIPs: [203.0.113.7, [|203.0.113.256|], "2001:db8::1", [|"fe80::1%eth0"|]]
          loadBalancerSourceRanges: [10.0.0.0/8, " 192.168.0.0/16", [|10.0.0.0/33|], [|10.1.2.3|]]
          selector: {app: web}
          ports:
          - {port: 80}
        """), V(minor));

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Service_ips_accept_addresses_none_and_leading_zeros(int minor) => Verify.VerifyAsync(Service("""
          clusterIP: None
          externalIPs: ["010.0.0.1", "::ffff:10.0.0.1"]
          selector: {app: web}
          ports:
          - {port: 80}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: fixed
        spec:
          clusterIP: 10.96.0.10
          selector: {app: web}
          ports:
          - {port: 80}
        """), V(minor));

    [Fact]
    public Task Service_cluster_ips_list_is_checked_too() => Verify.VerifyMessagesAsync(Service("""
          clusterIPs: [10.96.0.10, [|"2001:db8::zz"|]]
          ipFamilyPolicy: PreferDualStack
          ports:
          - {port: 80}
        """), V(22),
        "spec.clusterIPs[1]: Invalid value: \"2001:db8::zz\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff); give IP addresses, or None for a headless Service");

    // Fields the target does not know are KL1001's: subPathExpr before 1.14, clusterIPs before 1.20, a DaemonSet's maxSurge before 1.21.
    [Fact]
    public Task Fields_unknown_to_the_target_are_left_to_KL1001() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIPs: [not-an-ip]
          ports:
          - {port: 80}
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector: {matchLabels: {app: agent}}
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: "1"}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers:
              - name: app
                image: app:1
                volumeMounts:
                - {name: logs, mountPath: /logs, subPathExpr: ../x}
              volumes:
              - {name: logs, emptyDir: {}}
        """, V(9));

    [Fact]
    public Task Service_message_names_the_source_range() => Verify.VerifyMessagesAsync(Service("""
          type: LoadBalancer
          loadBalancerSourceRanges: [[|10.0.0.0/33|]]
          ports:
          - {port: 80}
        """), V(36),
        "spec.loadBalancerSourceRanges[0]: Invalid value: \"10.0.0.0/33\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64); give address ranges such as 203.0.113.0/24, one per item");

    // pkg/apis/networking/validation/validation.go: ValidateIPBlock (ipBlock exists from 1.8).
    [Theory]
    [MemberData(nameof(Minors))]
    public Task NetworkPolicy_ip_blocks_fire_on_what_is_no_cidr(int minor) => Verify.VerifyAsync("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: np
        spec:
          podSelector: {}
          ingress:
          - from:
            - ipBlock: {cidr: [|10.0.0.0|], except: [10.0.1.0/24, [|10.0.2.0/40|]]}
            - ipBlock: {cidr: 172.16.0.0/12}
          egress:
          - to:
            - ipBlock: {cidr: [|"0.0.0.0/0 "|]}
            - ipBlock: {cidr: "::/0"}
        """, V(minor));

    [Fact]
    public Task NetworkPolicy_message_names_the_peer() => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: np
        spec:
          podSelector: {}
          egress:
          - to:
            - ipBlock: {cidr: 10.0.0.0/8}
            - ipBlock: {cidr: [|any|]}
        """, V(22),
        "spec.egress[0].to[1].ipBlock.cidr: Invalid value: \"any\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64); give an address range such as 10.0.0.0/16");

    // validateHostAliases, every minor with hostAliases (1.7).
    [Theory]
    [MemberData(nameof(Minors))]
    public Task HostAliases_fire_on_what_is_no_address(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          hostAliases:
          - {ip: [|10.0.0.300|], hostnames: [db]}
          - {ip: [|db.local|], hostnames: [db2]}
          - {ip: 10.0.0.3, hostnames: [cache]}
          - {ip: "::1", hostnames: [self]}
          containers:
          - name: app
            image: app:1
        """, V(minor));

    // validateEndpointAddress, every minor.
    [Theory]
    [MemberData(nameof(Minors))]
    public Task Endpoints_fire_on_what_is_no_address(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: external
        subsets:
        - addresses:
          - ip: 10.0.0.5
          notReadyAddresses:
          - ip: [|db.example.com|]
          ports:
          - port: 5432
        """, V(minor),
        "subsets[0].notReadyAddresses[0].ip: Invalid value: \"db.example.com\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff); give the endpoint's IP address");

    // --- downward API: validateObjectFieldSelector, validateContainerResourceFieldSelector ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Env_field_paths_fire_on_what_the_pod_cannot_expose(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            env:
            - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
            - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
            - {name: LABELS, valueFrom: {fieldRef: {fieldPath: [|metadata.labels|]}}}
            - {name: PHASE, valueFrom: {fieldRef: {fieldPath: [|status.phase|]}}}
            - {name: BAD, valueFrom: {fieldRef: {fieldPath: [|spec.containers|]}}}
            - {name: SUB, valueFrom: {fieldRef: {fieldPath: [|"spec.nodeName['x']"|]}}}
            - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory}}}
            - {name: GPU, valueFrom: {resourceFieldRef: {resource: [|limits.nvidia.com/gpu|]}}}
            - {name: HUGE, valueFrom: {resourceFieldRef: {resource: requests.hugepages-2Mi}}}
        """, V(minor));

    // status.podIPs in env from 1.16, status.hostIPs from 1.28.
    [Fact]
    public Task Env_pod_ips_fire_before_1_16() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            env:
            - {name: IPS, valueFrom: {fieldRef: {fieldPath: [|status.podIPs|]}}}
        """, V(9),
        "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: \"status.podIPs\": supported values: \"metadata.name\", \"metadata.namespace\", \"metadata.uid\", \"spec.host\", \"spec.nodeName\", \"spec.serviceAccountName\", \"status.hostIP\", \"status.podIP\"; use one of metadata.name, metadata.namespace, metadata.uid, spec.host, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, or metadata.labels['key'] / metadata.annotations['key']");

    [Theory]
    [InlineData(16, true)]
    [InlineData(22, true)]
    [InlineData(27, true)]
    [InlineData(28, false)]
    [InlineData(36, false)]
    public Task Env_host_ips_need_1_28(int minor, bool fires) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            env:
            - {name: IPS, valueFrom: {fieldRef: {fieldPath: status.podIPs}}}
            - {name: HOSTS, valueFrom: {fieldRef: {fieldPath: HOSTIPS}}}
        """.Replace("HOSTIPS", fires ? "[|status.hostIPs|]" : "status.hostIPs"), V(minor));

    [Fact]
    public Task Env_unknown_field_message_quotes_the_converter() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: app:1
          env:
          - name: X
            valueFrom:
              fieldRef:
                fieldPath: [|metadata.ownerReferences|]
        """), V(36),
        "spec.template.spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: \"metadata.ownerReferences\": error converting fieldPath: field label not supported: metadata.ownerReferences; use one of metadata.name, metadata.namespace, metadata.uid, spec.host, spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP, status.podIPs, or metadata.labels['key'] / metadata.annotations['key']");

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Volume_field_paths_fire_on_what_a_file_cannot_hold(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
          volumes:
          - name: info
            downwardAPI:
              items:
              - {path: labels, fieldRef: {fieldPath: metadata.labels}}
              - {path: app, fieldRef: {fieldPath: "metadata.annotations['a/b']"}}
              - {path: node, fieldRef: {fieldPath: [|spec.nodeName|]}}
              - {path: mem, resourceFieldRef: {containerName: app, resource: limits.memory}}
          - name: projected
            projected:
              sources:
              - downwardAPI:
                  items:
                  - {path: cpu, resourceFieldRef: {containerName: app, resource: [|cpu|]}}
        """, V(minor),
        "spec.volumes[0].downwardAPI.items[2].fieldRef.fieldPath: Unsupported value: \"spec.nodeName\": supported values: \"metadata.annotations\", \"metadata.labels\", \"metadata.name\", \"metadata.namespace\", \"metadata.uid\"; use one of metadata.annotations, metadata.labels, metadata.name, metadata.namespace, metadata.uid, or metadata.labels['key'] / metadata.annotations['key']",
        "spec.volumes[1].projected.sources[0].downwardAPI.items[0].resourceFieldRef.resource: Unsupported value: \"cpu\": supported values: \"limits.cpu\", \"limits.ephemeral-storage\", \"limits.memory\", \"requests.cpu\", \"requests.ephemeral-storage\", \"requests.memory\"; name a container resource such as limits.memory or requests.cpu");

    // --- paths: validateLocalDescendingPath (subPath, from 1.7), validateLocalNonReservedPath (items) ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Paths_fire_on_absolute_paths_and_backsteps(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            volumeMounts:
            - {name: cfg, mountPath: /a, subPath: [|/etc|]}
            - {name: cfg, mountPath: /b, subPath: [|conf/../../x|]}
            - {name: cfg, mountPath: /c, subPath: conf/app..yaml}
            - {name: cfg, mountPath: /d, subPath: ..hidden}
          volumes:
          - name: cfg
            configMap:
              name: cfg
              items:
              - {key: a, path: conf/a.yaml}
              - {key: b, path: [|/abs|]}
              - {key: c, path: [|..data|]}
          - name: sec
            secret:
              secretName: sec
              items:
              - {key: k, path: [|x/../../k|]}
        """, V(minor));

    [Fact]
    public Task Paths_message_for_a_sub_path_expression() => Verify.VerifyMessagesAsync(WorkloadManifests.Wrap("DaemonSet", """
        containers:
        - name: app
          image: app:1
          volumeMounts:
          - name: logs
            mountPath: /logs
            subPathExpr: [|$(POD_NAME)/../other|]
        volumes:
        - name: logs
          emptyDir: {}
        """).Replace("$(POD_NAME)", "pods"), V(22),
        "spec.template.spec.containers[0].volumeMounts[0].subPathExpr: Invalid value: \"pods/../other\": must not contain '..'; give a path inside the volume, relative and without '..'");

    [Fact]
    public Task Paths_sub_path_not_checked_before_1_7() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            volumeMounts:
            - {name: cfg, mountPath: /a, subPath: ../x}
          volumes:
          - {name: cfg, emptyDir: {}}
        """, V(6));

    // --- named ports: IsValidPortName (ValidateService, validateHTTPGetAction/validateTCPSocketAction, ValidateNetworkPolicyPort) ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Ports_fire_on_strings_that_are_no_port_names(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
          - {name: https, port: 443, targetPort: [|"8443"|]}
          - {name: http, port: 80, targetPort: http-web}
          - {name: admin, port: 9000, targetPort: 9000}
          - {name: bad, port: 9001, targetPort: [|Admin_Port|]}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: app
            image: app:1
            ports:
            - {name: http, containerPort: 8080}
            livenessProbe:
              httpGet: {path: /healthz, port: [|"8080"|]}
            readinessProbe:
              tcpSocket: {port: http}
            lifecycle:
              preStop:
                httpGet: {path: /stop, port: [|very-long-port-name|]}
        """, V(minor));

    [Fact]
    public Task Ports_message_suggests_the_number() => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: np
        spec:
          podSelector: {}
          ingress:
          - ports:
            - {port: 443}
            - {port: https}
            - {port: [|"8443"|]}
        """, V(36),
        "spec.ingress[0].ports[2].port: Invalid value: \"8443\": must contain at least one letter (a-z); write the number unquoted (port: 8443) or name a container port");

    // pkg/apis/networking/validation/validation.go: validateIngressBackend (a string servicePort becomes the port name).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task Ingress_v1beta1_service_port_fires_on_what_is_no_port_name(int minor) => Verify.VerifyAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          backend: {serviceName: web, servicePort: [|"80"|]}
          rules:
          - host: example.com
            http:
              paths:
              - {path: /, backend: {serviceName: web, servicePort: http}}
              - {path: /api, backend: {serviceName: api, servicePort: 8080}}
              - {path: /admin, backend: {serviceName: admin, servicePort: [|Admin|]}}
        """, V(minor));

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task Ingress_v1_port_name_fires_on_what_is_no_port_name(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          defaultBackend:
            service: {name: web, port: {name: http}}
          rules:
          - http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {number: 80}}
              - path: /api
                pathType: Prefix
                backend:
                  service: {name: api, port: {name: [|"8080"|]}}
        """, V(minor),
        "spec.rules[0].http.paths[1].backend.service.port.name: Invalid value: \"8080\": must contain at least one letter (a-z); give the number as port.number: 8080");

    // ValidateServiceCIDR (networking.k8s.io/v1 from 1.33).
    [Fact]
    public Task ServiceCidr_fires_on_what_is_no_cidr() => Verify.VerifyAsync("""
        apiVersion: networking.k8s.io/v1
        kind: ServiceCIDR
        metadata:
          name: extra
        spec:
          cidrs: [10.100.0.0/16, [|"2001:db8::/129"|]]
        """, V(36));

    // --- percentages: ValidatePositiveIntOrPercent (Deployment, DaemonSet, PodDisruptionBudget) ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Percentages_fire_on_strings_that_are_none(int minor) => Verify.VerifyAsync($$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {matchLabels: {app: web}}
          strategy:
            rollingUpdate: {maxSurge: [|"25"|], maxUnavailable: 25%}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector: {matchLabels: {app: agent}}
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: [|"x%"|]}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: app, image: app:1}]
        ---
        apiVersion: {{{(minor >= 21 ? "policy/v1" : "policy/v1beta1")}}}
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: [|"50 %"|]
          selector: {matchLabels: {app: web}}
        ---
        apiVersion: {{{(minor >= 21 ? "policy/v1" : "policy/v1beta1")}}}
        kind: PodDisruptionBudget
        metadata:
          name: agent
        spec:
          maxUnavailable: 1
          selector: {matchLabels: {app: agent}}
        """, V(minor));

    // ValidateDeploymentStrategy / ValidateDaemonSetUpdateStrategy look at rollingUpdate only for the RollingUpdate type.
    [Fact]
    public Task Percentages_are_not_checked_for_other_strategies() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {matchLabels: {app: web}}
          strategy:
            type: Recreate
            rollingUpdate: {maxSurge: "25"}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: app, image: app:1}]
        ---
        apiVersion: extensions/v1beta1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          updateStrategy:
            rollingUpdate: {maxUnavailable: "1"}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: app, image: app:1}]
        ---
        apiVersion: extensions/v1beta1
        kind: DaemonSet
        metadata:
          name: agent2
        spec:
          updateStrategy:
            type: RollingUpdate
            rollingUpdate: {maxUnavailable: [|"1"|]}
          template:
            metadata: {labels: {app: agent2}}
            spec:
              containers: [{name: app, image: app:1}]
        """, V(9));

    [Fact]
    public Task Percentages_message() => Verify.VerifyMessagesAsync("""
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          maxUnavailable: [|"1"|]
          selector: {matchLabels: {app: web}}
        """, V(36),
        "spec.maxUnavailable: Invalid value: \"1\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%'); write a count unquoted (maxUnavailable: 1) or a percentage (\"1%\")");

    // --- image whitespace: validateContainersOnlyForPod (kubernetes#47491), Pods only, from 1.8 ---

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Image_whitespace_fires_on_pods(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
          - name: init
            image: [|"busybox:1.36 "|]
          containers:
          - name: app
            image: app:1
        """, V(minor),
        "spec.initContainers[0].image: Invalid value: \"busybox:1.36 \": must not have leading or trailing whitespace; write the image without the surrounding spaces: busybox:1.36");

    [Fact]
    public Task Image_whitespace_is_accepted_in_templates() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        containers:
        - name: app
          image: " app:1"
        """), V(36));

    // networking/validation validateHTTPIngressRuleValue (before 1.18) and validateHTTPIngressPath: a non-empty
    // path must be absolute, whatever the apiVersion.
    [Theory]
    [InlineData(9, "extensions/v1beta1")]
    [InlineData(16, "networking.k8s.io/v1beta1")]
    public Task Ingress_paths_must_be_absolute_before_path_types(int minor, string apiVersion) => Verify.VerifyMessagesAsync($$"""
        apiVersion: {{apiVersion}}
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - path: [|api|]
                backend: {serviceName: web, servicePort: 80}
              - path: /api
                backend: {serviceName: web, servicePort: 80}
              - backend: {serviceName: web, servicePort: 80}
        """, V(minor),
        "spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path; start the path with '/' (/api)");

    // validateHTTPIngressPath (1.18+): Exact and Prefix paths are absolute and free of traversal sequences;
    // ImplementationSpecific ones only absolute when given; a v1 path without pathType is KL1011's.
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task Ingress_exact_and_prefix_paths_are_absolute_without_traversal(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          rules:
          - http:
              paths:
              - {path: [|api|], pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {path: [|/a//b|], pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
              - {path: [|/static/..|], pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {[|pathType|]: Exact, backend: {service: {name: web, port: {number: 80}}}}
              - {path: /api, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {path: "/.well-known", pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              - {path: "/(.*)", pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              - {path: api, backend: {service: {name: web, port: {number: 80}}}}
        """, V(minor),
        "spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path; start the path with '/' (/api)",
        "spec.rules[0].http.paths[1].path: Invalid value: \"/a//b\": must not contain '//'; write the path without it",
        "spec.rules[0].http.paths[2].path: Invalid value: \"/static/..\": cannot end with '/..'; write the path without it",
        "spec.rules[0].http.paths[3].path: Invalid value: \"\": must be an absolute path; an Exact or Prefix path cannot be empty: write at least \"/\"");
}
