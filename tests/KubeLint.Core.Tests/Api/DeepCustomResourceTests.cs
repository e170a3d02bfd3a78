using System.Diagnostics;
using System.Text;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Api;

/// <summary>Issue #15: a CRD and a custom resource of 400 KB took 13.7 s, because the schema walk built a path string
/// for every node; the path is spelt only for a finding now, and quoted by its prefix.</summary>
public class DeepCustomResourceTests
{
    /// <summary>A CRD nesting <paramref name="depth"/> objects under keys of <paramref name="keyLength"/> characters down
    /// to a string, and a custom resource following it down to <paramref name="leaf"/>.</summary>
    private static string CrdAndResource(int depth, int keyLength, string leaf)
    {
        var key = new string('k', keyLength);
        var schema = new StringBuilder("{type: string}");
        var value = new StringBuilder(leaf);
        for (var i = 0; i < depth; i++)
        {
            schema.Insert(0, $"{{type: object, properties: {{{key}: ").Append("}}");
            value.Insert(0, $"{{{key}: ").Append('}');
        }

        return $$$"""
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema: {type: object, properties: {spec: {{{schema}}}}}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w}
            spec: {{{value}}}

            """;
    }

    [Fact]
    public void A_wrong_value_under_450_levels_of_long_keys_is_found_quickly_and_its_path_is_cut()
    {
        var text = CrdAndResource(450, 400, "1");
        Assert.InRange(text.Length, 350_000, 450_000);
        var clock = Stopwatch.StartNew();

        var found = EngineRun.LintText(text).Where(d => d.Id.StartsWith("KL10", StringComparison.Ordinal)).ToList();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        var wrong = Assert.Single(found);
        Assert.Equal("KL1003", wrong.Id);
        Assert.Equal($"manifest.yaml(18,{7 + (450 * 403)})", wrong.Location.ToString());
        Assert.Equal($"spec.{new string('k', 195)}… (", wrong.Message[..203]);
        Assert.EndsWith(" characters)", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_resource_with_a_string_leaf_is_valid() =>
        Assert.DoesNotContain(EngineRun.LintText(CrdAndResource(450, 400, "a")), d => d.Id.StartsWith("KL10", StringComparison.Ordinal));
}
