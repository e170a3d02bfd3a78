using System.Text.Json;
using KubeLint.Core.CustomRules;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.CustomRules;

/// <summary>The frames between the parent and the custom rules' worker: what goes in comes out, on one line each.</summary>
public class CustomRuleWorkerProtocolTests
{
    [Fact]
    public void A_request_carries_the_options_the_worker_needs_to_load_the_same_inputs()
    {
        KubernetesVersion.TryParse("1.30", out var version);
        var options = new LintOptions
        {
            WorkingDirectory = "/repo",
            Paths = ["deploy", "-"],
            Exclude = ["**/charts/**"],
            Context = ["."],
            UseIgnoreFiles = false,
            ConfigFile = "ci/.kubelint.yaml",
            TargetVersion = version,
            Namespace = "shop",
            WarningsAsErrors = true,
            Complete = true,
            Properties = new Dictionary<string, string> { ["cluster.serviceClusterIpRange"] = "10.96.0.0/12" },
        };

        var line = CustomRuleWorkerProtocol.WriteRequest(CustomRuleWorkerProtocol.LintMode, options, "kind: ConfigMap\n"u8.ToArray());
        var read = CustomRuleWorkerProtocol.ReadRequest(line, out var mode);

        Assert.DoesNotContain('\n', line);
        Assert.Equal("lint", mode);
        Assert.Equal("/repo", read.WorkingDirectory);
        Assert.Equal(["deploy", "-"], read.Paths);
        Assert.Equal(["**/charts/**"], read.Exclude);
        Assert.Equal(["."], read.Context);
        Assert.False(read.UseIgnoreFiles);
        Assert.Equal("ci/.kubelint.yaml", read.ConfigFile);
        Assert.Equal("1.30", read.TargetVersion?.ToString());
        Assert.Equal("shop", read.Namespace);
        Assert.True(read.WarningsAsErrors);
        Assert.True(read.Complete);
        Assert.Equal("10.96.0.0/12", read.Properties["cluster.serviceClusterIpRange"]);
        using var stdin = read.OpenStandardInput!();
        Assert.Equal("kind: ConfigMap\n", new StreamReader(stdin).ReadToEnd());

        // The look-alike: defaults stay defaults, and no standard input is made up.
        var plain = CustomRuleWorkerProtocol.ReadRequest(CustomRuleWorkerProtocol.WriteRequest("lint", new LintOptions { WorkingDirectory = "/repo" }, null), out _);
        Assert.Null(plain.OpenStandardInput);
        Assert.Null(plain.Complete);
        Assert.Null(plain.TargetVersion);
        Assert.True(plain.UseIgnoreFiles);
    }

    [Fact]
    public void A_request_of_another_protocol_version_is_refused()
    {
        var line = CustomRuleWorkerProtocol.WriteRequest("lint", new LintOptions { WorkingDirectory = "/repo" }, null).Replace("\"protocol\":1", "\"protocol\":2", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => CustomRuleWorkerProtocol.ReadRequest(line, out _));
        Assert.Equal("the parent speaks protocol 2, this worker 1", error.Message);
    }

    [Fact]
    public void A_finding_frame_keeps_its_message_severity_and_places_on_one_line()
    {
        var rule = new DiagnosticDescriptor("ACME0001", "bad", "{0} is bad", "Acme", DiagnosticSeverity.Warning);
        var at = new Location("deploy/web.yaml", "/repo/deploy/web.yaml", new SourceSpan(new SourcePosition(6, 3), new SourcePosition(6, 9)));
        var related = new Location("deploy/svc.yaml", "/repo/deploy/svc.yaml", SourceSpan.At(new SourcePosition(2, 1)));
        var finding = Diagnostic.Create(rule, at, (KubeLint.Core.Model.KubeObject?)null, [related], "line one\nline \"two\"").WithDefaultSeverity(DiagnosticSeverity.Error);

        var line = CustomRuleWorkerProtocol.FindingFrame(finding);
        using var json = JsonDocument.Parse(line);
        var frame = json.RootElement;

        Assert.DoesNotContain('\n', line);
        Assert.Equal("ACME0001", frame.GetProperty("id").GetString());
        Assert.Equal(DiagnosticSeverity.Error, CustomRuleWorkerProtocol.Severity(frame));
        Assert.Equal("line one\nline \"two\" is bad", frame.GetProperty("message").GetString());
        Assert.Equal(at, CustomRuleWorkerProtocol.ReadLocation(frame.GetProperty("at")));
        Assert.Equal(related, CustomRuleWorkerProtocol.ReadLocation(frame.GetProperty("related")[0]));
    }

    [Fact]
    public void A_rule_frame_gives_back_the_descriptor_and_its_file()
    {
        var rule = new DiagnosticDescriptor("ACME0002", "No NodePort", "{0} is a NodePort", "Acme", DiagnosticSeverity.Info, isEnabledByDefault: false, "Production is reached through the ingress.", "https://wiki.example.com/ACME0002");

        using var json = JsonDocument.Parse(CustomRuleWorkerProtocol.RuleFrame(rule, ".kubelint/rules/NoNodePort.cs"));
        var read = CustomRuleWorkerProtocol.ReadDescriptor(json.RootElement, out var source);

        Assert.Equal(".kubelint/rules/NoNodePort.cs", source);
        Assert.Equal(("ACME0002", "No NodePort", "{0} is a NodePort", "Acme", DiagnosticSeverity.Info, false), (read.Id, read.Title, read.MessageFormat, read.Category, read.DefaultSeverity, read.IsEnabledByDefault));
        Assert.Equal("Production is reached through the ingress.", read.Description);
        Assert.Equal("https://wiki.example.com/ACME0002", read.HelpLinkUri);
    }

    [Theory]
    [InlineData(134, false, "Stack overflow.\nRepeated 261724 times:", "overflowed its stack (exit code 134)")]
    [InlineData(134, false, "Out of memory.", "ran out of memory (limit 96 MiB; exit code 134)")]
    [InlineData(134, false, "Process terminated. a rule gave up\n   at System.Environment.FailFast(System.String)", "was ended by Environment.FailFast (exit code 134)")]
    [InlineData(0, false, "", "exited with code 0 before it had reported (a rule called Environment.Exit?)")]
    [InlineData(134, false, "", "exited with code 134 (stack overflow or Environment.FailFast?)")]
    [InlineData(137, false, "", "was killed (exit code 137: out of memory, or a signal)")]
    [InlineData(3, true, "", "exited with code 3 after it had reported")]
    public void An_early_end_is_told_from_the_exit_code_and_what_the_runtime_printed(int exitCode, bool done, string standardError, string expected) =>
        Assert.Equal(expected, CustomRuleWorkerClient.Describe(exitCode, done, standardError, 96L << 20));
}
