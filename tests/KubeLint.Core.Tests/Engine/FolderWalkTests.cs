using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>What a folder walk takes: documents that are no Kubernetes objects are skipped when found by walking,
/// checked (KL0003) when named (see <c>WalkSkipper</c>).</summary>
public class FolderWalkTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n";

    private static LintResult Lint(TempFolder folder, params string[] paths) =>
        new LintEngine().Run(new LintOptions { Paths = paths, WorkingDirectory = folder.Path, CustomRules = false });

    private static string[] Findings(LintResult result) =>
        [.. result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.Start.Line}: {d.Id} {d.Message}")];

    [Fact]
    public void A_dotnet_project_walked_gives_no_KL0003_and_counts_what_it_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }\n");
        folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }\n");
        folder.Write("deploy/cm.yaml", ConfigMap);
        var result = Lint(folder, ".");
        Assert.Empty(Findings(result));
        Assert.Equal(["appsettings.json: no apiVersion and no kind", "global.json: no apiVersion and no kind"], result.Skipped.Select(s => s.ToString()));
        Assert.Equal(["deploy/cm.yaml"], result.Files.Select(f => f.Path));
    }

    /// <summary>Issue #15: two links to '.' made the walk endless, one made it lint a file 41 times. Each folder is
    /// walked once by where it really is, and a file is shown under its own path, not a link's.</summary>
    [Fact]
    public async Task Links_back_up_the_tree_and_aliases_are_walked_once()
    {
        using var folder = new TempFolder();
        folder.Write("deploy/cm.yaml", ConfigMap);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "deploy", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "deploy", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "alias"), Path.Combine(folder.Path, "deploy"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "zlias"), "deploy");
        folder.Write("other/cm2.yaml", ConfigMap.Replace("cfg", "cfg2", StringComparison.Ordinal));

        var run = Task.Run(() => Lint(folder, "."));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, "the walk did not end");
        Assert.Equal(["deploy/cm.yaml", "other/cm2.yaml"], (await run).Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_still_checked()
    {
        using var folder = new TempFolder();
        folder.Write("appsettings.json", "{ \"Logging\": {} }\n");
        folder.Write("cm.yaml", ConfigMap);
        var result = Lint(folder, "appsettings.json", "cm.yaml");
        Assert.Equal(["appsettings.json:1: KL0003 the document has no apiVersion and no kind, so it is no Kubernetes object"], Findings(result));
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void A_mixed_file_skips_only_the_documents_that_are_no_objects()
    {
        using var folder = new TempFolder();
        folder.Write("mixed.yaml", "a: 1\n---\n" + ConfigMap + "---\n- x\n---\napiVersion: v2\nname: chart\n---\n");
        var result = Lint(folder, ".");
        Assert.Empty(Findings(result));
        Assert.Equal(
            ["mixed.yaml (document 1): no apiVersion and no kind", "mixed.yaml (document 3): a list, not a Kubernetes object", "mixed.yaml (document 4): no kind"],
            result.Skipped.Select(s => s.ToString()));
        var file = Assert.Single(result.Files);
        Assert.Equal([1, 4], file.Documents.Select(d => d.Index));
        Assert.Equal(["ConfigMap"], result.Workspace.Objects.Select(o => o.Kind));
    }

    [Fact]
    public void Duplicate_keys_of_a_skipped_document_go_with_it_and_the_others_stay()
    {
        using var folder = new TempFolder();
        folder.Write("values.yaml", "replicas: 1\nreplicas: 2\n---\napiVersion: v1\nkind: ConfigMap\nkind: ConfigMap\nmetadata:\n  name: cfg\n");
        var result = Lint(folder, ".");
        Assert.Equal(["values.yaml:6 KL0002"], result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.Start.Line} {d.Id}"));
    }

    [Fact]
    public void A_walked_file_that_is_not_valid_yaml_is_still_reported()
    {
        using var folder = new TempFolder();
        folder.Write("broken.yaml", "a: [1\n");
        var result = Lint(folder, ".");
        Assert.Equal(["KL0001"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_helm_chart_folder_gives_one_KL0006_at_its_Chart_yaml_and_its_files_are_not_linted()
    {
        using var folder = new TempFolder();
        folder.Write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        folder.Write("charts/web/values.yaml", "replicas: 2\n");
        folder.Write("charts/web/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        folder.Write("charts/web/charts/db/Chart.yaml", "apiVersion: v2\nname: db\n");
        folder.Write("charts/web/charts/db/templates/x.yaml", "a: {{ b }}\n");
        // A Chart.yaml without templates/ beside it is no chart: walked as any folder (its documents skipped).
        folder.Write("notachart/Chart.yaml", "apiVersion: v2\nname: lone\n");
        var result = Lint(folder, ".");
        Assert.Equal(
            ["charts/web/Chart.yaml:1: KL0006 charts/web is a Helm chart: its templates are manifests only once rendered, so its files were not linted; lint the rendered chart: helm template charts/web | kubelint -"],
            Findings(result));
        Assert.Equal(["notachart/Chart.yaml: no kind"], result.Skipped.Select(s => s.ToString()));
        Assert.Equal(["charts/web/Chart.yaml"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_chart_walked_as_the_root_folder_is_reported_at_its_own_Chart_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("Chart.yaml", "apiVersion: v2\nname: web\n");
        folder.Write("templates/cm.yaml", "a: {{ b }}\n");
        Assert.Equal(["Chart.yaml:1: KL0006 . is a Helm chart: its templates are manifests only once rendered, so its files were not linted; lint the rendered chart: helm template . | kubelint -"], Findings(Lint(folder, ".")));
    }

    [Fact]
    public void A_template_named_on_the_command_line_is_linted_as_it_is()
    {
        using var folder = new TempFolder();
        folder.Write("Chart.yaml", "apiVersion: v2\nname: web\n");
        folder.Write("templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
        Assert.Equal(["KL0005"], Lint(folder, "templates/cm.yaml").Diagnostics.Select(d => d.Id));
    }
}
