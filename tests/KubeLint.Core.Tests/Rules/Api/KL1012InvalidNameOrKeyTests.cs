using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1012InvalidNameOrKeyAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>KL1012 against the apiserver's validation: each test names the Kubernetes function it
/// follows (pkg/apis/core/validation/validation.go unless said otherwise).</summary>
public class KL1012InvalidNameOrKeyTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Pod(string spec) => WorkloadManifests.Wrap("Pod", spec);

    // validateContainers, validateInitContainers: ValidateDNS1123Label on every container name.
    [Theory]
    [MemberData(nameof(WorkloadManifests.ValidatedKinds), MemberType = typeof(WorkloadManifests))]
    public Task Container_names_must_be_dns_labels_in_every_workload(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: [|Init_1|]
          image: busybox:1
        - name: init-2
          image: busybox:1
        containers:
        - name: [|web.app|]
          image: nginx:1
        - name: web-app
          image: nginx:1
        """), V(22));

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Container_names_at_every_version(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: [|web.app|]
          image: nginx:1
        - name: web-app
          image: nginx:1
        - name: [|"a123456789012345678901234567890123456789012345678901234567890123"|]
          image: nginx:1
        """), V(minor),
        "spec.containers[0].name: Invalid value: \"web.app\": must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit; name the container with lower-case letters, digits and '-', at most 63",
        "spec.containers[2].name: Invalid value: \"a123456789012345678901234567890123456789012345678901234567890123\": must be no more than 63 characters; name the container with lower-case letters, digits and '-', at most 63");

    // validateEphemeralContainers: only once the EphemeralContainers gate is on by default (1.23); before, the field is dropped.
    [Fact]
    public Task Ephemeral_container_names_from_1_23() => Verify.VerifyAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
        ephemeralContainers:
        - name: [|Debug_1|]
          image: busybox:1
        """), V(23));

    [Fact]
    public Task Ephemeral_container_names_are_not_checked_before_1_23() => Verify.VerifyAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
        ephemeralContainers:
        - name: Debug_1
          image: busybox:1
        """), V(22));

    // validateVolumes: ValidateDNS1123Label. A second volume of one name (field.Duplicate) is KL1016's.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Volume_names_must_be_distinct_dns_labels(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
        volumes:
        - name: [|Data_Dir|]
          emptyDir: {}
        - name: cache
          emptyDir: {}
        - name: cache
          emptyDir: {}
        - name: config-1
          emptyDir: {}
        """), V(minor),
        "spec.volumes[0].name: Invalid value: \"Data_Dir\": must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit; name the volume with lower-case letters, digits and '-', at most 63");

    // validateContainerPorts: validation.IsValidPortName (IANA service names).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Container_port_names_must_be_iana_service_names(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          ports:
          - {name: [|HTTP|], containerPort: 80}
          - {name: [|"8443"|], containerPort: 8443}
          - {name: [|metrics-endpoint|], containerPort: 9090}
          - {name: http, containerPort: 8080}
          - {name: metrics-1, containerPort: 9091}
          - {containerPort: 9092}
        """), V(minor),
        "spec.containers[0].ports[0].name: Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-); name the port with at most 15 lower-case letters, digits and '-', with at least one letter",
        "spec.containers[0].ports[1].name: Invalid value: \"8443\": must contain at least one letter (a-z); name the port with at most 15 lower-case letters, digits and '-', with at least one letter",
        "spec.containers[0].ports[2].name: Invalid value: \"metrics-endpoint\": must be no more than 15 characters; name the port with at most 15 lower-case letters, digits and '-', with at least one letter");

    // validateEnv (1.5-1.7): validation.IsCIdentifier; ValidateEnv (1.8-1.31): validation.IsEnvVarName (kubernetes#48986).
    [Fact]
    public Task Env_names_are_c_identifiers_up_to_1_7() => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          env:
          - {name: [|cluster.name|], value: a}
          - {name: [|log-level|], value: b}
          - {name: CLUSTER_NAME, value: c}
        """), V(7),
        "spec.containers[0].env[0].name: Invalid value: \"cluster.name\": must be a C identifier: letters, digits and '_'; use letters, digits and '_', not starting with a digit",
        "spec.containers[0].env[1].name: Invalid value: \"log-level\": must be a C identifier: letters, digits and '_'; use letters, digits and '_', not starting with a digit");

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(31)]
    public Task Env_names_allow_dots_and_dashes_from_1_8_but_not_a_leading_digit_until_1_31(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          env:
          - {name: cluster.name, value: a}
          - {name: log-level, value: b}
          - {name: [|1ST_VALUE|], value: c}
          - {name: [|"JAVA OPTS"|], value: d}
          - {name: [|..secret|], value: e}
          - {name: .hidden, value: f}
        """), V(minor),
        "spec.containers[0].env[2].name: Invalid value: \"1ST_VALUE\": must not start with a digit; use letters, digits, '_', '-' and '.', not starting with a digit",
        "spec.containers[0].env[3].name: Invalid value: \"JAVA OPTS\": must consist of letters, digits, '_', '-' and '.'; use letters, digits, '_', '-' and '.', not starting with a digit",
        "spec.containers[0].env[4].name: Invalid value: \"..secret\": must not start with '..'; use letters, digits, '_', '-' and '.', not starting with a digit");

    // ValidateEnv from 1.32: validation.IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, beta and on in 1.32, GA 1.34).
    [Theory]
    [InlineData(32)]
    [InlineData(36)]
    public Task Env_names_are_any_printable_ascii_but_equals_from_1_32(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          env:
          - {name: 1ST_VALUE, value: c}
          - {name: "JAVA OPTS", value: d}
          - {name: ..secret, value: e}
          - {name: [|"A=B"|], value: f}
          - {name: [|"naïve"|], value: g}
        """), V(minor),
        "spec.containers[0].env[3].name: Invalid value: \"A=B\": may contain only printable ASCII characters other than '='; drop the '=' and any character outside printable ASCII",
        "spec.containers[0].env[4].name: Invalid value: \"naïve\": may contain only printable ASCII characters other than '='; drop the '=' and any character outside printable ASCII");

    // ValidateEnvFrom: IsEnvVarName on the prefix (1.8-1.31), IsRelaxedEnvVarName from 1.32.
    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(9, true)]
    [InlineData(16, true)]
    [InlineData(22, true)]
    [InlineData(31, true)]
    [InlineData(32, false)]
    [InlineData(36, false)]
    public Task Env_from_prefixes_follow_the_env_name_rule_of_the_version(int minor, bool fires) => Verify.VerifyAsync(Pod($$"""
        containers:
        - name: web
          image: nginx:1
          envFrom:
          - prefix: {{(fires ? "[|\"1_\"|]" : "\"1_\"")}}
            configMapRef: {name: settings}
          - prefix: APP_
            configMapRef: {name: settings}
        """), V(minor));

    [Fact]
    public Task Env_from_prefix_message() => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          envFrom:
          - prefix: [|"1_"|]
            configMapRef: {name: settings}
        """), V(22),
        "spec.containers[0].envFrom[0].prefix: Invalid value: \"1_\": must not start with a digit; use letters, digits, '_', '-' and '.', not starting with a digit");

    // validateConfigMapKeySelector, validateSecretKeySelector: NameIsDNSSubdomain on name, IsConfigMapKey on key.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Key_selectors_name_objects_and_keys(int minor) => Verify.VerifyMessagesAsync(Pod("""
        containers:
        - name: web
          image: nginx:1
          env:
          - name: A
            valueFrom:
              configMapKeyRef: {name: [|App_Settings|], key: [|"log level"|]}
          - name: B
            valueFrom:
              secretKeyRef: {name: db-credentials, key: [|..password|]}
          - name: C
            valueFrom:
              secretKeyRef: {name: db-credentials, key: DB_PASSWORD.txt}
        """), V(minor),
        "spec.containers[0].env[0].valueFrom.configMapKeyRef.name: Invalid value: \"App_Settings\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; name the ConfigMap by its object name",
        "spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Invalid value: \"log level\": must consist of letters, digits, '-', '_' and '.'; use a key of the ConfigMap: letters, digits, '-', '_' and '.'",
        "spec.containers[0].env[1].valueFrom.secretKeyRef.key: Invalid value: \"..password\": must not start with '..'; use a key of the Secret: letters, digits, '-', '_' and '.'");

    // ValidatePodSpec: ValidateServiceAccountName, ValidateNodeName, ValidateDNS1123Label (hostname, subdomain).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Pod_spec_names(int minor) => Verify.VerifyMessagesAsync(Pod("""
        serviceAccountName: [|Web_SA|]
        nodeName: [|Node_1|]
        hostname: [|web.1|]
        subdomain: [|Web_Svc|]
        containers:
        - name: web
          image: nginx:1
        """), V(minor),
        "spec.serviceAccountName: Invalid value: \"Web_SA\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; name the ServiceAccount by its object name",
        "spec.nodeName: Invalid value: \"Node_1\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; name the Node by its object name, or leave scheduling to the scheduler",
        "spec.hostname: Invalid value: \"web.1\": must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit; use lower-case letters, digits and '-', at most 63",
        "spec.subdomain: Invalid value: \"Web_Svc\": must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit; use a single DNS label, the name of the headless Service");

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Valid_pod_spec_names_do_not_fire(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        serviceAccountName: web.sa
        nodeName: node-1.example.com
        hostname: web-1
        subdomain: web-svc
        priorityClassName: high
        runtimeClassName: gvisor
        containers:
        - name: web
          image: nginx:1
        """), V(36));

    // ValidatePodSpec: ValidatePriorityClassName from 1.11 (forbidden while PodPriority was off), ValidateRuntimeClassName from 1.14 (dropped while RuntimeClass was off).
    [Theory]
    [InlineData(10, false, false)]
    [InlineData(11, true, false)]
    [InlineData(13, true, false)]
    [InlineData(14, true, true)]
    [InlineData(36, true, true)]
    public Task Priority_and_runtime_class_names_from_the_versions_that_validate_them(int minor, bool priority, bool runtime) => Verify.VerifyAsync(Pod($"""
        priorityClassName: {(priority ? "[|High_Priority|]" : "High_Priority")}
        runtimeClassName: {(runtime ? "[|GVisor|]" : "GVisor")}
        containers:
        - name: web
          image: nginx:1
        """), V(minor));

    // validateServicePort: ValidateDNS1123Label on the name (not an IANA name: 63 characters allowed). A port named by a string (targetPort) is KL1013's; a name missing where there are several ports (field.Required) is KL1011's.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Service_port_names(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector: {app: web}
          ports:
          - {name: [|HTTP|], port: 80, targetPort: http}
          - {name: metrics-endpoint-of-the-app, port: 9090, targetPort: 9090}
          - {port: 443, targetPort: "8443"}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: single
        spec:
          selector: {app: web}
          ports:
          - {port: 80, targetPort: 8080}
        """, V(minor),
        "spec.ports[0].name: Invalid value: \"HTTP\": must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit; name the port with lower-case letters, digits and '-', at most 63");

    // ValidateConfigMap: validation.IsConfigMapKey on data keys (and binaryData keys from 1.10; a key in both is KL1016's).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Config_map_data_keys(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          app.properties: a
          .hidden: b
          LOG_LEVEL: c
          [|"log level"|]: d
          [|..data|]: e
          [|conf/app.yaml|]: f
        """, V(minor),
        "data[log level]: Invalid value: \"log level\": must consist of letters, digits, '-', '_' and '.'; rename the data key with letters, digits, '-', '_' and '.'",
        "data[..data]: Invalid value: \"..data\": must not start with '..'; rename the data key with letters, digits, '-', '_' and '.'",
        "data[conf/app.yaml]: Invalid value: \"conf/app.yaml\": must consist of letters, digits, '-', '_' and '.'; rename the data key with letters, digits, '-', '_' and '.'");

    [Fact]
    public Task Binary_data_keys_from_1_10() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          logo: a
        binaryData:
          logo: aGVsbG8=
          [|"icon?"|]: aGVsbG8=
          favicon.ico: aGVsbG8=
        """, V(10),
        "binaryData[icon?]: Invalid value: \"icon?\": must consist of letters, digits, '-', '_' and '.'; rename the binaryData key with letters, digits, '-', '_' and '.'");

    [Fact]
    public Task Binary_data_is_not_checked_before_1_10() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          logo: a
        binaryData:
          logo: aGVsbG8=
          "icon?": aGVsbG8=
        """, V(9));

    // ValidateSecret: validation.IsConfigMapKey on data keys; stringData is merged into data first, so its keys are data's.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Secret_keys(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: db
        data:
          password: aGVsbG8=
          [|"pass word"|]: aGVsbG8=
        stringData:
          .dockerconfigjson: "{}"
          [|"tls/key"|]: x
        """, V(minor),
        "data[pass word]: Invalid value: \"pass word\": must consist of letters, digits, '-', '_' and '.'; rename the data key with letters, digits, '-', '_' and '.'",
        "data[tls/key]: Invalid value: \"tls/key\": must consist of letters, digits, '-', '_' and '.'; rename the stringData key with letters, digits, '-', '_' and '.'");

    // pkg/apis/networking/validation/validation.go (pkg/apis/extensions/validation before 1.14): validateIngressRules, validateIngressTLS.
    [Theory]
    [InlineData(9, "extensions/v1beta1")]
    [InlineData(16, "extensions/v1beta1")]
    [InlineData(22, "networking.k8s.io/v1")]
    [InlineData(36, "networking.k8s.io/v1")]
    public Task Ingress_hosts(int minor, string apiVersion) => Verify.VerifyMessagesAsync($$"""
        apiVersion: {{apiVersion}}
        kind: Ingress
        metadata:
          name: web
        spec:
          tls:
          - hosts: [shop.example.com, "*.example.com", [|Shop.Example.com|], [|"*.*.example.com"|]]
          rules:
          - host: shop.example.com
          - host: "*.example.com"
          - host: [|10.0.0.1|]
          - host: [|shop_1.example.com|]
          - host: [|"foo.*.example.com"|]
          - host: [|"fd00::1"|]
          - host: [|"shop.example.com:8443"|]
        """, V(minor),
        "spec.tls[0].hosts[2]: Invalid value: \"Shop.Example.com\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.tls[0].hosts[3]: Invalid value: \"*.*.example.com\": a wildcard host must be '*.' followed by a DNS-1123 subdomain (only the first label may be '*'); write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.rules[2].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address; write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.rules[3].host: Invalid value: \"shop_1.example.com\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.rules[4].host: Invalid value: \"foo.*.example.com\": a wildcard host must be '*.' followed by a DNS-1123 subdomain (only the first label may be '*'); write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.rules[5].host: Invalid value: \"fd00::1\": must be a DNS name, not an IP address; write a DNS name such as shop.example.com, or *.example.com for a wildcard",
        "spec.rules[6].host: Invalid value: \"shop.example.com:8443\": must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit; write a DNS name such as shop.example.com, or *.example.com for a wildcard");

    // Before 1.8 only plain rule hosts are checked: wildcards and TLS hosts are left out (their validation there is not established).
    [Fact]
    public Task Ingress_wildcards_and_tls_hosts_are_not_checked_before_1_8() => Verify.VerifyAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          tls:
          - hosts: [Shop.Example.com]
          rules:
          - host: "foo.*.example.com"
          - host: [|10.0.0.1|]
        """, V(7));

    // ValidateIngressSpec: ValidateIngressClassName, the field being 1.18's.
    [Theory]
    [InlineData(18, "networking.k8s.io/v1beta1", true)]
    [InlineData(22, "networking.k8s.io/v1", true)]
    [InlineData(36, "networking.k8s.io/v1", true)]
    [InlineData(17, "networking.k8s.io/v1beta1", false)]
    public Task Ingress_class_names_from_1_18(int minor, string apiVersion, bool fires) => Verify.VerifyAsync($"""
        apiVersion: {apiVersion}
        kind: Ingress
        metadata:
          name: web
        spec:
          ingressClassName: {(fires ? "[|Nginx_Public|]" : "Nginx_Public")}
        ---
        apiVersion: {apiVersion}
        kind: Ingress
        metadata:
          name: other
        spec:
          ingressClassName: nginx-public
        """, V(minor));

    // validateIngressBackend: ValidateServiceName (a DNS-1035 label; a port named by a string is KL1013's); paths follow the internal type (serviceName before 1.19, service.name after).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    public Task Ingress_backends_of_extensions_v1beta1(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          backend: {serviceName: [|Default_Backend|], servicePort: 80}
          rules:
          - host: shop.example.com
            http:
              paths:
              - {path: /, backend: {serviceName: web, servicePort: http}}
              - {path: /api, backend: {serviceName: api, servicePort: "8080"}}
              - {path: /v1, backend: {serviceName: [|1api|], servicePort: 8080}}
        """, V(minor),
        "spec.backend.serviceName: Invalid value: \"Default_Backend\": must be a DNS-1035 label: lower-case letters, digits and '-', beginning with a letter and ending with a letter or digit; name the Service by its object name",
        "spec.rules[0].http.paths[2].backend.serviceName: Invalid value: \"1api\": must be a DNS-1035 label: lower-case letters, digits and '-', beginning with a letter and ending with a letter or digit; name the Service by its object name");

    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task Ingress_backends_of_networking_v1(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
        spec:
          defaultBackend:
            service: {name: [|Default_Backend|], port: {number: 80}}
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {name: http}}
              - path: /api
                pathType: Prefix
                backend:
                  service: {name: api, port: {name: API_PORT}}
        """, V(minor),
        "spec.defaultBackend.service.name: Invalid value: \"Default_Backend\": must be a DNS-1035 label: lower-case letters, digits and '-', beginning with a letter and ending with a letter or digit; name the Service by its object name");

    [Fact]
    public Task Ingress_v1beta1_backends_take_the_internal_paths_from_1_19() => Verify.VerifyMessagesAsync("""
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          backend: {serviceName: [|Default_Backend|], servicePort: "80"}
        """, V(19),
        "spec.defaultBackend.service.name: Invalid value: \"Default_Backend\": must be a DNS-1035 label: lower-case letters, digits and '-', beginning with a letter and ending with a letter or digit; name the Service by its object name");

    [Fact]
    public Task Does_not_fire_on_placeholders_nulls_and_non_strings() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          serviceAccountName: $SERVICE_ACCOUNT
          hostname: "{{ .Values.hostname }}"
          nodeName: ~
          containers:
          - name: ${NAME}
            image: nginx:1
            ports:
            - {name: "{{ .Values.portName }}", containerPort: 80}
            env:
            - {name: "$(PREFIX)_VALUE", value: a}
            livenessProbe:
              httpGet: {path: /, port: 8080}
          volumes:
          - name: null
            emptyDir: {}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          "{{ .Values.key }}": a
        """, V(36));

    [Fact]
    public Task Objects_of_other_groups_with_the_same_kinds_are_not_checked() => Verify.VerifyAsync("""
        apiVersion: serving.knative.dev/v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - {name: HTTP, port: 80}
        """, V(36));
}
