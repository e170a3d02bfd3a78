using KubeLint.Core.Configuration;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Configuration;

/// <summary>Severities from .editorconfig/.globalconfig (Roslyn's keys and section matching) and from .kubelint.yaml.</summary>
public class SeverityConfigurationTests
{
    // KL0005 at 4:9 and KL0002 at 7:5; both rules are in the Input category.
    private const string Manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  labels:\n    app: web\n    app: web\n";

    private static List<string> Lint(TempFolder folder, params string[] paths) =>
        EngineRun.Lint(folder.Path, paths).Diagnostics.Select(d => $"{d.Location.Path} {d.Id} {d.Severity.ToString().ToLowerInvariant()}").ToList();

    [Fact]
    public void Defaults_apply_without_configuration()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        Assert.Equal(["m.yaml KL0005 error", "m.yaml KL0002 error"], Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Editorconfig_sets_a_rule_severity_and_none_switches_it_off()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".editorconfig", "root = true\n\n[*.{yaml,yml}]\ndotnet_diagnostic.KL0005.severity = warning\ndotnet_diagnostic.kl0002.severity = none\n");
        Assert.Equal(["m.yaml KL0005 warning"], Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Category_severity_applies_and_the_rule_key_beats_it()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".editorconfig", "root = true\n\n[*.yaml]\ndotnet_analyzer_diagnostic.category-Input.severity = suggestion\ndotnet_diagnostic.KL0002.severity = error\n");
        Assert.Equal(["m.yaml KL0005 info", "m.yaml KL0002 error"], Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Silent_hides_findings()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = silent\n");
        Assert.Empty(Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Path_sections_match_only_their_folder()
    {
        using var folder = new TempFolder();
        // Three objects, not one written thrice (that is KL3009).
        folder.Write("deploy/legacy/old.yaml", Manifest.Replace("Bad_Name", "Bad_Name1", StringComparison.Ordinal));
        folder.Write("deploy/legacy/nested/older.yaml", Manifest.Replace("Bad_Name", "Bad_Name2", StringComparison.Ordinal));
        folder.Write("deploy/new.yaml", Manifest);
        folder.Write(".editorconfig", "root = true\n\n[deploy/legacy/**.yaml]\ndotnet_diagnostic.KL0005.severity = none\n");
        Assert.Equal(
            ["deploy/legacy/nested/older.yaml KL0002 error", "deploy/legacy/old.yaml KL0002 error", "deploy/new.yaml KL0005 error", "deploy/new.yaml KL0002 error"],
            Lint(folder, "deploy"));
    }

    [Fact]
    public void Nearer_editorconfig_wins_and_root_stops_the_search()
    {
        using var folder = new TempFolder();
        folder.Write("app/m.yaml", Manifest);
        folder.Write(".editorconfig", "root = true\n[*.yaml]\ndotnet_diagnostic.KL0005.severity = none\ndotnet_diagnostic.KL0002.severity = none\n");
        folder.Write("app/.editorconfig", "[*.yaml]\ndotnet_diagnostic.KL0005.severity = warning\n");
        Assert.Equal(["app/m.yaml KL0005 warning"], Lint(folder, "app"));

        folder.Write("app/.editorconfig", "root = true\n[*.yaml]\ndotnet_diagnostic.KL0005.severity = warning\n");
        Assert.Equal(["app/m.yaml KL0005 warning", "app/m.yaml KL0002 error"], Lint(folder, "app"));
    }

    [Fact]
    public void Globalconfig_applies_to_every_file()
    {
        using var folder = new TempFolder();
        folder.Write("a/m.yaml", Manifest);
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.KL0005.severity = warning\n");
        folder.Write(".editorconfig", "root = true\n");
        Assert.Equal(["a/m.yaml KL0005 warning", "a/m.yaml KL0002 error"], Lint(folder, "a"));
    }

    [Fact]
    public void Editorconfig_without_our_keys_loads_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.Write(".editorconfig", "root = true\n[*.cs]\nindent_size = 4\n");
        Assert.True(EditorConfigOptions.Load([path]).IsEmpty);
    }

    [Fact]
    public void Editorconfig_rule_options_reach_analyzers()
    {
        using var folder = new TempFolder();
        var yaml = folder.Write("m.yaml", Manifest);
        var path = folder.Write(".editorconfig", "root = true\n[*.yaml]\nkubelint.KL4001.allowedRegistries = a.example.com, b.example.com\n");
        var options = EditorConfigOptions.Load([path]);
        Assert.Equal("a.example.com, b.example.com", options.GetOption(yaml, "KL4001", "allowedRegistries"));
    }

    [Fact]
    public void Kubelint_yaml_rules_and_categories_set_severities()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".kubelint.yaml", "categories:\n  Input: info\nrules:\n  KL0002: warning\n");
        Assert.Equal(["m.yaml KL0005 info", "m.yaml KL0002 warning"], Lint(folder, "m.yaml"));

        folder.Write(".kubelint.yaml", "rules:\n  KL0005:\n    severity: none\n");
        Assert.Equal(["m.yaml KL0002 error"], Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Editorconfig_beats_kubelint_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".kubelint.yaml", "rules:\n  KL0005: none\n  KL0002: info\n");
        folder.Write(".editorconfig", "root = true\n[*.yaml]\ndotnet_analyzer_diagnostic.category-Input.severity = warning\n");
        Assert.Equal(["m.yaml KL0005 warning", "m.yaml KL0002 warning"], Lint(folder, "m.yaml"));
    }

    [Fact]
    public void Warnaserror_turns_warnings_into_errors()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".kubelint.yaml", "rules:\n  KL0005: warning\n  KL0002: info\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["m.yaml"], WorkingDirectory = folder.Path, WarningsAsErrors = true });
        Assert.Equal(["KL0005 Error", "KL0002 Info"], result.Diagnostics.Select(d => $"{d.Id} {d.Severity}"));
    }

    [Fact]
    public void Kubelint_yaml_exclude_and_include_are_relative_to_its_folder()
    {
        using var folder = new TempFolder();
        folder.Write("deploy/app.yaml", Manifest);
        folder.Write("deploy/charts/chart.yaml", Manifest);
        folder.Write("deploy/kustomization.yaml", Manifest);
        folder.Write("docs/example.yaml", Manifest);
        folder.Write(".kubelint.yaml", "include: [\"deploy/**\"]\nexclude: [\"deploy/charts/**\", kustomization.yaml]\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["."], WorkingDirectory = folder.Path });
        Assert.Equal(["deploy/app.yaml"], result.Files.Select(f => f.Path));

        // From a subfolder the patterns still mean the same files; a file named explicitly is taken though not included.
        result = new LintEngine().Run(new LintOptions { Paths = [".", "../docs/example.yaml"], WorkingDirectory = Path.Combine(folder.Path, "deploy") });
        Assert.Equal(["app.yaml", "example.yaml"], result.Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Command_line_exclude_is_relative_to_the_working_folder()
    {
        using var folder = new TempFolder();
        folder.Write("a/x.yaml", Manifest);
        folder.Write("a/skip/y.yaml", Manifest);
        folder.Write("b/skip/z.yml", Manifest);
        var result = new LintEngine().Run(new LintOptions { Paths = ["."], WorkingDirectory = folder.Path, Exclude = ["a/skip/**"] });
        Assert.Equal(["a/x.yaml", "b/skip/z.yml"], result.Files.Select(f => f.Path));
        result = new LintEngine().Run(new LintOptions { Paths = ["."], WorkingDirectory = folder.Path, Exclude = ["skip"] });
        Assert.Equal(["a/x.yaml"], result.Files.Select(f => f.Path));
    }

    [Fact]
    public void Max_file_size_and_target_version_come_from_kubelint_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".kubelint.yaml", "maxFileSize: 64\ntargetKubernetesVersion: \"1.27\"\nnamespace: shop\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["m.yaml"], WorkingDirectory = folder.Path });
        var single = Assert.Single(result.Diagnostics);
        Assert.Equal("KL0001", single.Id);
        Assert.Contains("over the limit of 64", single.Message);
        Assert.Equal("1.27", result.Options.TargetVersion.ToString());
        Assert.Equal("shop", result.Options.DefaultNamespace);

        // The command line wins.
        result = new LintEngine().Run(new LintOptions { Paths = ["m.yaml"], WorkingDirectory = folder.Path, TargetVersion = new(1, 30), Namespace = "web" });
        Assert.Equal(("1.30", "web"), (result.Options.TargetVersion.ToString(), result.Options.DefaultNamespace));
    }

    [Theory]
    [InlineData("rules: [unclosed\n", ".kubelint.yaml(2,1): configuration file does not parse")]
    [InlineData("- a\n- b\n", ".kubelint.yaml: configuration file must hold one mapping")]
    [InlineData("targetKubernetesVersion: \"1.99\"\n", ".kubelint.yaml(1,26): unknown Kubernetes version '1.99'")]
    public void Malformed_kubelint_yaml_stops_the_run_with_a_one_line_message(string yaml, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("m.yaml", Manifest);
        folder.Write(".kubelint.yaml", yaml);
        var error = Assert.Throws<ConfigurationException>(() => new LintEngine().Run(new LintOptions { Paths = ["m.yaml"], WorkingDirectory = folder.Path }));
        Assert.StartsWith(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
