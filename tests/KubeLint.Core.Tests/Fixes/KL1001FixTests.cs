using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionAnalyzer, KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider>;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL1001's fix: the field with its subtree removed, or commented out line by line (--comment).</summary>
public class KL1001FixTests
{
    private static readonly KubernetesVersion V15 = new(1, 5);

    private const string Deployment = """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            metadata:
              labels:
                app: dns
            spec:
              # Scheduled first when nodes are full.
              [|priorityClassName|]: system-cluster-critical  # added in 1.8
              [|tolerations|]:
              # only on the add-on nodes
              - key: "CriticalAddonsOnly"
                operator: "Exists"
              containers:
              - name: dns
                image: dns:1.0
        """;

    [Fact]
    public Task Removes_the_field_with_its_subtree_and_the_comments_on_its_lines() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Deployment) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            metadata:
              labels:
                app: dns
            spec:
              # Scheduled first when nodes are full.
              containers:
              - name: dns
                image: dns:1.0
        """)]);

    [Fact]
    public Task Comments_out_each_line_at_the_field_s_indentation() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Deployment) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            metadata:
              labels:
                app: dns
            spec:
              # Scheduled first when nodes are full.
              # priorityClassName: system-cluster-critical  # added in 1.8
              # tolerations:
              # # only on the add-on nodes
              # - key: "CriticalAddonsOnly"
              #   operator: "Exists"
              containers:
              - name: dns
                image: dns:1.0
        """)], equivalenceKey: KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey);

    [Fact]
    public Task Leaves_a_valid_look_alike_untouched() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            spec:
              # priorityClassName: system-cluster-critical
              containers:
              - name: dns
                image: dns:1.0
        """) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            spec:
              # priorityClassName: system-cluster-critical
              containers:
              - name: dns
                image: dns:1.0
        """)]);

    private const string FirstKeyOfItem = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - [|startupProbe|]:
              exec:
                command: ["true"]
            name: app
            image: app:1
        """;

    [Fact]
    public Task Removing_the_first_key_of_a_list_item_moves_the_next_key_behind_the_dash() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", FirstKeyOfItem) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
        """)]);

    [Fact]
    public Task Offers_no_comment_for_the_first_key_of_a_list_item_that_has_more() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", FirstKeyOfItem) }, TargetVersion = V15 }, [("manifest.yaml", Markup.Parse(FirstKeyOfItem).Text)], equivalenceKey: KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey);

    [Fact]
    public Task Removes_a_key_deep_in_a_list_item() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
            volumeMounts:
            - name: data
              mountPath: /data
          volumes:
          - name: data
            configMap:
              name: data
              [|optional|]: true
        """) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
            volumeMounts:
            - name: data
              mountPath: /data
          volumes:
          - name: data
            configMap:
              name: data

        """)]);

    private const string DashAlone = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          -
            [|startupProbe|]:
              exec:
                command: ["true"]
        """;

    /// <summary>Removing the only key of an item whose dash has its own line would leave a null item.</summary>
    [Fact]
    public Task Offers_no_fix_for_the_only_key_of_a_list_item_under_a_lone_dash() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", DashAlone) }, TargetVersion = V15 }, [("manifest.yaml", Markup.Parse(DashAlone).Text)]);

    /// <summary>A field another served apiVersion of the kind has at the target: removing it would lose what moving
    /// the apiVersion keeps, so none is offered.</summary>
    private const string KeptElsewhere = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          [|rollbackTo|]:
            revision: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx
        """;

    [Fact]
    public Task Offers_no_removal_of_a_field_a_served_api_version_has() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", KeptElsewhere) }, TargetVersion = new KubernetesVersion(1, 9) }, [("manifest.yaml", Markup.Parse(KeptElsewhere).Text)]);

    // Only another apiVersion of the kind has it, and none at the target: removed like any field the target lacks.
    [Fact]
    public Task Comments_out_a_field_only_a_later_api_version_has() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            spec:
              securityContext:
                [|seccompProfile|]:   # RuntimeDefault from 1.19
                  type: RuntimeDefault
                fsGroup: 65534
              containers:
              - name: dns
                image: dns:1
        """) }, TargetVersion = V15, NewLine = "\r\n" }, [("manifest.yaml", """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            spec:
              securityContext:
                # seccompProfile:   # RuntimeDefault from 1.19
                #   type: RuntimeDefault
                fsGroup: 65534
              containers:
              - name: dns
                image: dns:1
        """)], equivalenceKey: KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey);

    private const string Flow = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
            securityContext: {runAsUser: 1001, [|runAsGroup|]: 1001}
        """;

    [Fact]
    public Task Offers_no_fix_inside_a_flow_mapping() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Flow) }, TargetVersion = V15 }, [("manifest.yaml", Markup.Parse(Flow).Text)]);

    [Fact]
    public Task Offers_no_comment_inside_a_flow_mapping() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Flow) }, TargetVersion = V15 }, [("manifest.yaml", Markup.Parse(Flow).Text)], equivalenceKey: KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey);

    [Fact]
    public Task Removes_a_quoted_key() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          [|"priorityClassName"|]: 'high'
          containers:
          - name: app
            image: app:1
        """) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
        """)]);

    private const string LastLine = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: q
        spec:
          containers:
          - name: app
            image: app:1
          [|priorityClassName|]: high
        """;

    [Fact]
    public Task Keeps_crlf_the_bom_and_the_other_documents_of_the_file() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", LastLine) }, TargetVersion = V15, NewLine = "\r\n", Utf8Bom = true }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: q
        spec:
          containers:
          - name: app
            image: app:1
          # priorityClassName: high
        """)], equivalenceKey: KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey);

    [Fact]
    public Task Removes_the_last_line_of_a_file_without_a_final_line_break() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", LastLine) }, TargetVersion = V15 }, [("manifest.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: app:1
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: q
        spec:
          containers:
          - name: app
            image: app:1

        """)]);
}
