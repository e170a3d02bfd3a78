using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Loading;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>Target selection as kubernetes-sigs/kustomize api/types/selector.go (SelectorRegex) and api/resmap/reswrangler.go (Select, GetById) do it.</summary>
public class PatchTargetTests
{
    private static YMapping Yaml(string text) => (YMapping)new ManifestLoader().LoadText("t.yaml", text).Documents[0].Root!;

    private static PatchCandidate Object(string name, string? ns = null, string labels = "{}") =>
        PatchCandidate.Of(Yaml($"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n" + (ns is null ? "" : $"  namespace: {ns}\n") + $"  labels: {labels}\n"));

    private static bool Matches(string target, PatchCandidate candidate)
    {
        var selector = PatchTarget.Read(Yaml(target), out var error)!;
        Assert.Null(error);
        var matched = selector.Matches(candidate, out error);
        Assert.Null(error);
        return matched;
    }

    [Theory]
    [InlineData("name: web", "web", true)]
    [InlineData("name: web", "web-2", false)] // anchored whole: ^(?:web)$ (anchorRegex)
    [InlineData("name: web.*", "web-2", true)]
    [InlineData("name: a|web", "web", true)] // the alternation is inside the anchors
    [InlineData("name: a|web", "xweb", false)]
    [InlineData("kind: Deploy.*\ngroup: apps\nversion: v1", "web", true)]
    [InlineData("group: \"\"", "web", true)] // empty matches anything
    [InlineData("group: core", "web", false)]
    public void Names_and_kinds_are_anchored_regexes(string target, string name, bool expected) =>
        Assert.Equal(expected, Matches(target, Object(name)));

    [Theory]
    [InlineData("namespace: default", null, true)] // no namespace is the default namespace (ResId.EffectiveNamespace)
    [InlineData("namespace: default", "prod", false)]
    [InlineData("namespace: pr.d", "prod", true)]
    public void Namespaces_compare_effectively(string target, string? ns, bool expected) =>
        Assert.Equal(expected, Matches(target, Object("web", ns)));

    [Theory]
    [InlineData("tier=backend", true)]
    [InlineData("tier==backend,app", true)]
    [InlineData("tier!=backend", false)]
    [InlineData("tier in (db, backend)", true)]
    [InlineData("tier notin (db,backend)", false)]
    [InlineData("!legacy", true)]
    [InlineData("!tier", false)]
    [InlineData("app=web,tier=frontend", false)]
    public void Label_selectors_use_the_string_syntax(string selector, bool expected) =>
        Assert.Equal(expected, Matches($"labelSelector: \"{selector}\"", Object("web", labels: "{app: web, tier: backend}")));

    [Theory]
    [InlineData("name: \"web(\"", "1:7: target name \"web(\" is not a valid regular expression")]
    [InlineData("labelSelector: \"tier in backend\"", "1:16: target labelSelector is not a valid selector: expected ( after \"tier in\" in \"tier in backend\"")]
    public void A_bad_pattern_or_selector_is_an_error_at_its_value(string target, string expected)
    {
        Assert.Null(PatchTarget.Read(Yaml(target), out var error));
        Assert.StartsWith(expected, error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_patch_without_a_target_matches_its_own_id_once()
    {
        var candidates = new[] { Object("web"), Object("web", "prod"), Object("api") };
        var patch = Yaml("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\n");
        Assert.Equal(0, PatchIdMatch.Find(patch, candidates, out var error));
        Assert.Null(error);

        var none = Yaml("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ui\n");
        Assert.Equal(-1, PatchIdMatch.Find(none, candidates, out error));
        Assert.Equal("4:9: no resource matches the patch's apps/v1 Deployment ui", error!.ToString());

        var twice = new[] { Object("web"), Object("web") };
        Assert.Equal(-1, PatchIdMatch.Find(patch, twice, out error));
        Assert.Equal("2 resources match the patch's apps/v1 Deployment web in namespace default; a patch without a target must match one", error!.Message);

        var otherVersion = Yaml("apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n");
        Assert.Equal(-1, PatchIdMatch.Find(otherVersion, candidates, out _)); // group, version and kind must all be equal
    }

    [Fact]
    public void A_patch_file_holds_one_patch_per_document()
    {
        var file = new ManifestLoader().LoadText("p.yaml", "kind: A\n---\n- op: remove\n  path: /x\n---\n");
        Assert.Equal([PatchKind.StrategicMerge, PatchKind.Json6902], PatchDocuments.Read(file).Select(p => p.Kind));
    }
}
