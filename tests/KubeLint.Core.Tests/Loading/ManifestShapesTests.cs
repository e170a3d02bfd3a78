using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;
using InvalidName = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0005InvalidNameAnalyzer>;

namespace KubeLint.Core.Tests.Loading;

/// <summary>The shapes manifests come in: JSON, lists, merge keys, anchors; and the positions the loader gives them.</summary>
public class ManifestShapesTests
{
    [Fact]
    public void Json_manifest_with_tab_indentation_loads_with_positions()
    {
        const string Json = "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"ConfigMap\",\n\t\"metadata\": {\"name\": \"cfg\", \"labels\": {\"app\": \"web\"}}\n}\n";
        var file = new ManifestLoader().LoadText("cfg.json", Json);
        Assert.Empty(file.Problems);
        var obj = Assert.Single(Assert.Single(file.Documents).Objects);
        Assert.Equal(("v1", "ConfigMap", "cfg"), (obj.ApiVersion, obj.Kind, obj.Name));
        Assert.Equal(new SourceSpan(new(4, 23), new(4, 28)), obj.Metadata!["name"]!.Span);
        Assert.Equal(new SourceSpan(new(1, 1), new(5, 2)), obj.Root.Span);
    }

    [Fact]
    public Task Invalid_name_in_json_is_reported_at_the_string() => InvalidName.VerifyAsync("""
        {
          "apiVersion": "v1",
          "kind": "ConfigMap",
          "metadata": {"name": {|#0:"Not_Valid"|}}
        }
        """, InvalidName.Diagnostic().WithLocation(0).WithMessage("name \"Not_Valid\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit"));

    [Fact]
    public void List_items_become_objects_with_their_own_positions()
    {
        const string Yaml = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Service
              metadata:
                name: web
            - apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                namespace: shop
            """;
        var file = new ManifestLoader().LoadText("list.yaml", Yaml);
        var objects = Assert.Single(file.Documents).Objects;
        Assert.Equal(["Service/web", "Deployment/web"], objects.Select(o => o.DisplayName));
        Assert.Equal([0, 1], objects.Select(o => o.ItemIndex ?? -1));
        Assert.Equal(("apps", "v1", "shop"), (objects[1].Group, objects[1].Version, objects[1].Namespace));
        Assert.Equal(new SourcePosition(8, 3), objects[1].Span.Start);
    }

    [Fact]
    public Task Typed_lists_are_unpacked_too() => InvalidName.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMapList
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: {|#0:Bad|}
        """, InvalidName.Diagnostic().WithLocation(0).WithMessage("name \"Bad\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit"));

    [Fact]
    public void Merge_keys_bring_in_the_anchored_entries_and_local_keys_win()
    {
        const string Yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels
                app: web
                tier: front
            spec:
              template:
                metadata:
                  labels:
                    <<: *labels
                    tier: back
            """;
        var obj = Assert.Single(Assert.Single(new ManifestLoader().LoadText("merge.yaml", Yaml).Documents).Objects);
        var labels = obj.Root.MappingAt("spec.template.metadata.labels")!;
        Assert.Equal(["tier", "app"], labels.Entries.Select(e => e.Key.Value));
        Assert.Equal("back", labels.GetString("tier"));

        // The merged entry keeps the position where it was written.
        Assert.Equal(new SourcePosition(6, 5), labels.GetKey("app")!.Start);
    }

    [Fact]
    public void Merge_of_a_list_of_mappings_prefers_the_earlier_one()
    {
        const string Yaml = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n";
        var root = (YMapping)Assert.Single(new ManifestLoader().LoadText("merge.yaml", Yaml).Documents).Root!;
        var c = root.GetMapping("c")!;
        Assert.Equal(("1", "1", "2"), (c.GetString("x"), c.GetString("y"), c.GetString("z")));
    }

    [Fact]
    public Task Problems_in_merged_entries_point_at_where_they_were_written() => InvalidName.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          labels:
            <<: {{|#0:bad key|}: y}
            app: web
        """, InvalidName.Diagnostic().WithLocation(0).WithMessage("label key \"bad key\" must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/')"));

    [Fact]
    public void Aliases_share_the_anchored_node()
    {
        const string Yaml = "base: &img nginx:1.27\nother: *img\n";
        var root = (YMapping)Assert.Single(new ManifestLoader().LoadText("alias.yaml", Yaml).Documents).Root!;
        Assert.Same(root["base"], root["other"]);
        Assert.Equal(new SourcePosition(1, 12), root["other"]!.Start);
    }

    [Fact]
    public Task Spans_leave_out_anchors_and_tags() => InvalidName.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: &n !!str {|#0:Bad_Name|}
          labels: &l
            # a comment between the anchor and the mapping
            [|bad key|]: x
        """, InvalidName.Diagnostic().WithLocation(0).WithMessage("name \"Bad_Name\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit"));

    [Fact]
    public void Anchored_block_mapping_starts_at_its_first_key()
    {
        var root = (YMapping)Assert.Single(new ManifestLoader().LoadText("anchor.yaml", "labels: &l\n  app: web\n").Documents).Root!;
        Assert.Equal(new SourcePosition(2, 3), root["labels"]!.Start);
    }

    [Fact]
    public void Anchors_do_not_leak_between_documents() =>
        Assert.Contains("refers to no anchor", Assert.Single(EngineRun.LintText("a: &x 1\n---\nb: *x\n"), d => d.Id == "KL0001").Message);

    [Fact]
    public Task Columns_count_utf16_code_units()
    {
        // "😀" is two UTF-16 code units and "é" one, as the markup counts them: the bad key starts at column 26.
        return InvalidName.VerifyAsync("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cfg
              annotations: {note: é😀, {|#0:"bad key"|}: y}
            """, InvalidName.Diagnostic().WithLocation(0).WithMessage("annotation key \"bad key\" must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/')"));
    }

    [Fact]
    public void Block_collections_end_after_their_last_item()
    {
        const string Yaml = "spec:\n  ports:\n  - port: 80\n    name: http\n\nnext: 1\n";
        var root = (YMapping)Assert.Single(new ManifestLoader().LoadText("ends.yaml", Yaml).Documents).Root!;
        Assert.Equal(new SourceSpan(new(1, 1), new(6, 8)), root.Span);
        Assert.Equal(new SourceSpan(new(3, 3), new(4, 15)), root.MappingAt("spec")!["ports"]!.Span);
    }

    [Fact]
    public void Block_scalars_end_on_their_last_line_of_content()
    {
        const string Yaml = "data:\n  script: |\n    echo one\n    echo two\n\nnext: 1\n";
        var root = (YMapping)Assert.Single(new ManifestLoader().LoadText("block.yaml", Yaml).Documents).Root!;
        Assert.Equal(new SourceSpan(new(2, 11), new(4, 13)), root.MappingAt("data")!["script"]!.Span);
    }
}
