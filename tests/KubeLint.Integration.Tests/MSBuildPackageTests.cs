using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KubeLint.Integration.Tests;

/// <summary>KubeLint.MSBuild for real: packed into a folder feed, referenced by a consumer project,
/// run by <c>dotnet build</c>.</summary>
[Collection(PackageFeedCollection.Name)]
public class MSBuildPackageTests
{
    /// <summary>KL0002 at (14,18)-(14,19): the second <c>x</c> key in the flow mapping, and nothing else.</summary>
    private const string BadManifest = """
        # Settings of the web front end.
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web
          namespace: default
        data:
          a: "1"
          b: "2"
          c: "3"
          d: "4"
        ---
        kind: ConfigMap
        data: {x: "123", x: "2"}
        metadata: {name: cfg}
        apiVersion: v1
        """;

    private const string GoodManifest = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web
        data:
          a: "1"
        """;

    private const string StampMessage = "KubeLint: 1 manifest(s) linted";

    /// <summary>This machine's portable runtime identifier, as the package's .targets compute it.</summary>
    private static readonly string HostRid =
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    private readonly PackageFeedFixture _feed;

    public MSBuildPackageTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Package_holds_the_task_and_the_CLI_and_no_MSBuild_assembly()
    {
        var entries = _feed.PackageEntries();
        Assert.Contains("build/KubeLint.MSBuild.targets", entries);
        Assert.Contains("build/KubeLint.MSBuild.props", entries);
        Assert.Contains("tasks/netstandard2.0/KubeLint.MSBuild.dll", entries);
        Assert.Contains("tools/net10.0/any/kubelint.dll", entries);
        Assert.Contains("tools/net10.0/any/kubelint.runtimeconfig.json", entries);

        // ReadyToRun for the packing machine (the default of KubeLintToolRuntimes) beside the IL fallback.
        Assert.Contains($"tools/net10.0/{HostRid}/kubelint.dll", entries);
        Assert.Contains($"tools/net10.0/{HostRid}/KubeLint.Core.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("tools/net10.0/", StringComparison.Ordinal) && e.Split('/')[2] is not "any" && e.Split('/')[2] != HostRid);
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_manifest_fails_the_build_with_the_canonical_line_and_writes_SARIF()
    {
        using var consumer = new Consumer(_feed);
        consumer.Write("deploy/app.yaml", BadManifest);

        var disabled = consumer.Build("KubeLintEnabled=false");
        Assert.True(disabled.ExitCode == 0, disabled.ToString());
        Assert.DoesNotContain("KL0002", disabled.Output);

        var build = consumer.Build("KubeLintSarifFile=artifacts/kubelint.sarif");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(new Regex(@"^\s*deploy/app\.yaml\(14,18,14,19\): error KL0002: duplicate key ""x""", RegexOptions.Multiline), build.Output);
        Assert.False(File.Exists(Path.Combine(consumer.IntermediatePath, "kubelint.stamp")), "the stamp is written only on success");
        var sarif = Path.Combine(consumer.Folder, "artifacts", "kubelint.sarif");
        Assert.True(File.Exists(sarif), build.ToString());
        var result = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]![0]!;
        Assert.Equal("KL0002", (string?)result["ruleId"]);
        Assert.Equal(14, (int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);

        // The build ran the ReadyToRun CLI of this platform, not the IL fallback.
        Assert.Contains($"tools/net10.0/{HostRid}/kubelint.dll".Replace('/', Path.DirectorySeparatorChar), build.Output);
    }

    [Fact]
    public void KubeLintSarif_writes_the_SARIF_under_obj()
    {
        using var consumer = new Consumer(_feed);
        consumer.Write("deploy/app.yaml", BadManifest);

        var build = consumer.Build("KubeLintSarif=true");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(["deploy/app.yaml(14,18,14,19): error KL0002: duplicate key \"x\": the first stands at line 14; the apiserver rejects duplicate fields, other tools keep only one value"], consumer.Errors(build));
        var sarif = Path.Combine(consumer.IntermediatePath, "kubelint.sarif");
        Assert.True(File.Exists(sarif), build.ToString());
        Assert.Equal("KL0002", (string?)JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]![0]!["ruleId"]);
        Assert.False(File.Exists(Path.Combine(consumer.Folder, "kubelint.sarif")), "nothing lands in the project folder");
    }

    [Fact]
    public void A_referenced_package_with_no_manifests_says_so_quietly_and_a_custom_rule_that_does_not_compile_is_the_only_error()
    {
        using var consumer = new Consumer(_feed);

        // No KubeLintManifest items: a low-importance message, shown at detailed verbosity and not at normal.
        var detailed = consumer.BuildAt("d");
        Assert.True(detailed.ExitCode == 0, detailed.ToString());
        Assert.Contains("KubeLint: no KubeLintManifest items in Consumer.csproj, nothing to lint", detailed.Output);
        var normal = consumer.Build();
        Assert.True(normal.ExitCode == 0, normal.ToString());
        Assert.DoesNotContain("KubeLintManifest items", normal.Output);

        // A rule file with a type error: KL9002 at the rule's line, and no "could not lint" after it.
        consumer.Write("deploy/app.yaml", GoodManifest);
        consumer.Write(".kubelint/rules/Broken.cs", "namespace Acme;\n\npublic static class Broken\n{\n    public static int Value => \"text\";\n}\n");
        var broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        var errors = consumer.Errors(broken);
        Assert.Single(errors);
        Assert.Matches(@"^\.kubelint/rules/Broken\.cs\(5,32,5,38\): error KL9002: .*CS0029", errors[0]);
        Assert.DoesNotContain("could not lint", broken.Output);
    }

    [Fact]
    public void Good_manifest_builds_and_a_second_build_does_not_run_the_task()
    {
        using var consumer = new Consumer(_feed);
        consumer.Write("deploy/app.yaml", GoodManifest);

        var first = consumer.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains(StampMessage, first.Output);
        Assert.True(File.Exists(Path.Combine(consumer.IntermediatePath, "kubelint.stamp")), first.ToString());

        var second = consumer.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain(StampMessage, second.Output);
        Assert.Contains("Skipping target \"KubeLint\" because all output files are up-to-date", second.Output);

        // Editing a manifest makes the next build lint again.
        consumer.Write("deploy/app.yaml", GoodManifest + "\n  b: \"2\"\n");
        var third = consumer.Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains(StampMessage, third.Output);
    }

    [Fact]
    public void Warnings_fail_only_with_TreatWarningsAsErrors_and_NoWarn_silences_an_ID()
    {
        using var consumer = new Consumer(_feed);
        consumer.Write("deploy/app.yaml", BadManifest);

        // The project's .editorconfig makes KL0002 a warning.
        consumer.Write(".editorconfig", "root = true\n\n[*.yaml]\ndotnet_diagnostic.KL0002.severity = warning\n");

        var warning = consumer.Build();
        Assert.True(warning.ExitCode == 0, warning.ToString());
        Assert.Contains("deploy/app.yaml(14,18,14,19): warning KL0002: duplicate key", warning.Output);

        // The promoted warning is the one error: the CLI exits 0 (no error found), which ToolTask turns into -1
        // once the task has logged an error, and that is no failure to lint.
        string[] promoted = ["deploy/app.yaml(14,18,14,19): error KL0002: duplicate key \"x\": the first stands at line 14; the apiserver rejects duplicate fields, other tools keep only one value"];
        foreach (var property in new[] { "TreatWarningsAsErrors=true", "WarningsAsErrors=KL0002", "KubeLintTreatWarningsAsErrors=true" })
        {
            var asError = consumer.Build(property);
            Assert.True(asError.ExitCode != 0, $"{property}: {asError}");
            Assert.Equal(promoted, consumer.Errors(asError));
            Assert.DoesNotContain("could not lint", asError.Output);
        }

        // KubeLintTreatWarningsAsErrors=false keeps KubeLint's warnings warnings in a project that treats its own as errors.
        var kept = consumer.Build("TreatWarningsAsErrors=true", "KubeLintTreatWarningsAsErrors=false");
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Empty(consumer.Errors(kept));
        Assert.Contains("deploy/app.yaml(14,18,14,19): warning KL0002: duplicate key", kept.Output);

        var silenced = consumer.Build("TreatWarningsAsErrors=true", "NoWarn=CS1591%3BKL0002");
        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("KL0002", silenced.Output);
    }

    [Fact]
    public void The_sample_custom_rules_fire_through_the_build_and_a_rule_edit_relints()
    {
        using var consumer = new Consumer(_feed);
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "custom-rules");
        foreach (var rule in Directory.GetFiles(Path.Combine(sample, ".kubelint", "rules"), "*.cs"))
        {
            consumer.Write($".kubelint/rules/{Path.GetFileName(rule)}", File.ReadAllText(rule));
        }

        consumer.Write("deploy/web.yaml", File.ReadAllText(Path.Combine(sample, "deploy", "web.yaml")));

        var build = consumer.Build();
        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(new Regex(@"^\s*deploy/web\.yaml\(6,3,6,9\): warning ACME0001: Deployment/web has no 'team' label", RegexOptions.Multiline), build.Output);
        Assert.Matches(new Regex(@"^\s*deploy/web\.yaml\(28,9,28,17\): error ACME0002: Service web in namespace 'prod-shop'", RegexOptions.Multiline), build.Output);

        // The rule files are inputs: switching ACME0002 to a pattern that does not match makes the build pass.
        var rulePath = Path.Combine(consumer.Folder, ".kubelint", "rules", "NoNodePortInProduction.cs");
        var ruleText = File.ReadAllText(rulePath);
        var editedText = ruleText.Replace("\"^prod\");", "\"^production$\");", StringComparison.Ordinal);
        Assert.NotEqual(ruleText, editedText); // the option's declared default, in the sample rule
        File.WriteAllText(rulePath, editedText);
        var edited = consumer.Build();
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("warning ACME0001", edited.Output);
    }
}
