using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0005InvalidNameAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

public class KL0005InvalidNameTests
{
    [Fact]
    public Task Fires_at_an_invalid_object_name() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: [|Web_Front|]
        """);

    [Fact]
    public Task Service_names_must_start_with_a_letter() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: [|"1web"|]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: 1web
        """);

    [Fact]
    public Task Namespace_names_may_not_hold_dots_but_other_names_may() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: [|team.a|]
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: team.a
        """);

    [Fact]
    public Task Names_over_the_length_limit_fire() => Verify.VerifyAsync($"""
        apiVersion: v1
        kind: Service
        metadata:
          name: [|{new string('a', 64)}|]
        """);

    [Fact]
    public Task Fires_at_label_keys_values_annotation_keys_and_selectors() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            [|-app|]: web
            tier: [|front end|]
            [|Example.COM/team|]: shop
          annotations:
            [|/no-prefix|]: x
            example.com/fine: "any value at all: allowed"
        spec:
          selector:
            matchLabels:
              app: [|"web!"|]
          template:
            metadata:
              labels:
                [|bad key|]: web
        """);

    [Fact]
    public Task Service_selectors_are_checked_as_labels() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: [|we b|]
        """);

    [Fact]
    public Task Does_not_fire_for_valid_names_rbac_names_or_template_placeholders() => Verify.VerifyAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:web
          labels:
            app.kubernetes.io/name: web
            example.com/empty: ""
            version: v1.2_3-rc.1
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: $SERVICE_NAME
          labels:
            app: "{{ .Values.app }}"
        """);

    // apimachinery pkg/api/validation/objectmeta.go ValidateAnnotations: IsQualifiedName(strings.ToLower(k)); label keys are not lower-cased.
    [Fact]
    public Task Annotation_keys_are_checked_lower_cased_label_keys_are_not() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels:
            [|Example.COM/Owner|]: team-a
          annotations:
            Example.COM/Owner: team-a
            EXAMPLE.com/Build_ID: "42"
            [|Exa_mple.com/owner|]: team-a
        """);

    // ValidateAnnotationsSize: keys and values together, in bytes, at most TotalAnnotationSizeLimitB (256 KiB), reported once at annotations.
    [Fact]
    public Task Annotations_over_256_KiB_in_all_fire_once_at_the_annotations_key() => Verify.VerifyAsync($$"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: big
          [|annotations|]:
            a: {{new string('x', 131072)}}
            b: {{new string('x', 131071)}}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: at-the-limit
          annotations:
            a: {{new string('x', 131072)}}
            b: {{new string('x', 131070)}}
        """);

    [Fact]
    public Task Annotation_size_counts_utf8_bytes_and_template_annotations() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", $$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            note: {{new string('é', 131070)}}
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
              {|#0:annotations|}:
                note: {{new string('é', 131071)}}
            spec:
              containers:
              - {name: web, image: nginx:1}
        """) },
        TargetVersion = new KubernetesVersion(1, 22),
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage("annotations \"262146 bytes\" exceed the apiserver's limit of 262144 bytes (256 KiB) for all annotations of an object, keys and values together"),
            },
    });

    // pkg/apis/batch/validation/validation.go ValidateCronJob: name at most 52 (kubernetes#52733), enforced here from 1.10.
    [Theory]
    [InlineData(10, "batch/v1beta1")]
    [InlineData(16, "batch/v1beta1")]
    [InlineData(22, "batch/v1")]
    [InlineData(36, "batch/v1")]
    public Task Cron_job_names_may_have_at_most_52_characters(int minor, string apiVersion) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", $$"""
        apiVersion: {{apiVersion}}
        kind: CronJob
        metadata:
          name: {|#0:{{new string('a', 53)}}|}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: busybox:1}]
        ---
        apiVersion: {{apiVersion}}
        kind: CronJob
        metadata:
          name: {{new string('b', 52)}}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: busybox:1}]
        """) },
        TargetVersion = new KubernetesVersion(1, minor),
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage($"name \"{new string('a', 53)}\" is 53 characters long, more than 52: a CronJob's Jobs are named after it with an 11-character suffix, and must fit in 63"),
            },
    });

    [Fact]
    public Task Cron_job_name_length_is_not_checked_at_1_9() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", $$"""
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata:
          name: {{new string('a', 60)}}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: job, image: busybox:1}]
        """) },
        TargetVersion = new KubernetesVersion(1, 9),
    });

    // pkg/registry/batch/job/strategy.go jobStrategy.Validate: generateSelector copies the name into the job-name label, so it may have at most 63 unless manualSelector is true.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Job_names_may_have_at_most_63_characters_unless_the_selector_is_manual(int minor) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", $$"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {|#0:{{new string('a', 64)}}|}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: job, image: busybox:1}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {{new string('b', 63)}}
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: job, image: busybox:1}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {{new string('c', 64)}}
        spec:
          manualSelector: true
          selector:
            matchLabels: {app: job}
          template:
            metadata:
              labels: {app: job}
            spec:
              restartPolicy: Never
              containers: [{name: job, image: busybox:1}]
        """) },
        TargetVersion = new KubernetesVersion(1, minor),
        ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithMessage($"name \"{new string('a', 64)}\" is 64 characters long, more than 63: the apiserver copies a Job's name into the job-name label of its pods, and label values may have at most 63"),
            },
    });
}
