using System.Diagnostics;

namespace KubeLint.Cli.Tests;

/// <summary>
/// Custom rules that would take the run down, through the built CLI (issue #15): they run in a worker process, so each
/// ends as one KL9003 error naming the rule file, beside the built-in findings, and the run ends soon. Every case has its
/// look-alike: the same rule file on a ConfigMap that does not trigger it reports its ordinary finding and no KL9003
/// (that run also fills the cache, so the hostile run spends its time limit on the rule, not on Roslyn).
/// </summary>
public class CustomRuleWorkerTests
{
    private const string BuiltInError = "broken.yaml:1:3: error KL0001: the YAML is malformed here: the parser gave up near this point";

    /// <summary>A rule that reports every ConfigMap and does <paramref name="hostile"/> for the one named <c>bad</c>.</summary>
    private static string Rule(string hostile, string members = "") => $$"""
        public sealed class Hostile : KubeAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new("ACME0001", "checked", "{0} was checked", "Acme", DiagnosticSeverity.Warning);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(
                ctx =>
                {
                    if (ctx.Object.Name == "bad")
                    {
                        {{hostile}}
                    }

                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, ctx.Object.Root), ctx.Object, null, ctx.Object.DisplayName));
                },
                "ConfigMap");
        {{members}}
        }
        """;

    public static TheoryData<string, string, string, string, string> Hostile() => new()
    {
        // name, rule body for "bad", extra members, extra arguments, what KL9003 says
        { "infinite loop", "while (ctx.Object.Name.Length > 0) { }", "", "--custom-rules-timeout 3", "timed out after 3 s and was stopped" },
        { "deep recursion", "Down(1);", "private static int Down(int n) => Down(n + 1) + n;", "", "overflowed its stack (exit code 134)" },
        { "FailFast", "Environment.FailFast(\"a rule gave up\");", "", "", "was ended by Environment.FailFast (exit code 134)" },
        { "Environment.Exit(0)", "Environment.Exit(0);", "", "", "exited with code 0 before it had reported (a rule called Environment.Exit?)" },
        {
            "allocation without bound", "var kept = new List<byte[]>(); while (true) { kept.Add(new byte[1 << 20]); }", "",
            "--custom-rules-memory-limit 96MiB", "ran out of memory (limit 96 MiB; exit code 134)"
        },
        {
            "raw bytes on standard output",
            "var console = Type.GetType(\"System.Console, System.Console\")!; var stream = (System.IO.Stream)console.GetMethod(\"OpenStandardOutput\", Type.EmptyTypes)!.Invoke(null, null)!; stream.Write(\"not a frame\\n\"u8); stream.Flush();",
            "", "", "wrote output that is not KubeLint's worker protocol (line 2: 'not a frame'); does a rule write to standard output?"
        },
    };

    [LinuxTheory]
    [MemberData(nameof(Hostile))]
    public void A_rule_that_would_take_the_run_down_is_one_KL9003_error_beside_the_built_in_findings(string name, string hostile, string members, string extra, string said)
    {
        using var repo = new Repository(Rule(hostile, members));

        // The look-alike: the rule runs, reports, and nothing fails.
        var (goodExit, goodOutput, _) = repo.Lint("good", []);
        Assert.True(goodExit == 0, $"{name}: exit {goodExit}\n{goodOutput}");
        Assert.Contains("cm.yaml:1:1: warning ACME0001: ConfigMap/good was checked", goodOutput);
        Assert.DoesNotContain("KL9003", goodOutput);

        var (exit, output, elapsed) = repo.Lint("bad", extra.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(exit == 1, $"{name}: exit {exit}\n{output}");
        Assert.Contains(BuiltInError, output);
        Assert.Contains($".kubelint/rules/Hostile.cs:1:1: error KL9003: rule .kubelint/rules/Hostile.cs failed on the workspace: the worker process that runs the custom rules {said}; none of their findings are reported", output);
        Assert.Single(output.Split('\n'), l => l.Contains("KL9003", StringComparison.Ordinal));
        Assert.DoesNotContain("ACME0001", output);
        Assert.DoesNotContain("internal error", output);
        Assert.True(elapsed < TimeSpan.FromSeconds(40), $"{name}: took {elapsed.TotalSeconds:0.0} s");
    }

    [LinuxFact]
    public void Fix_runs_the_custom_rules_in_the_worker_too()
    {
        // In-process, a rule's Environment.Exit(0) ended `fix --check` with exit 0 although a fix was due.
        using var repo = new Repository(Rule("Environment.Exit(0);"));
        File.WriteAllText(Path.Combine(repo.Path, "fixme.yaml"), "apiVersion: v1\nkind: configmap\nmetadata:\n  name: other\n");

        foreach (var name in new[] { "good", "bad" })
        {
            File.WriteAllText(Path.Combine(repo.Path, "cm.yaml"), $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n");
            var (exit, stdout, stderr) = repo.Run("fix", "cm.yaml", "fixme.yaml", "--check");

            Assert.True(exit == 1, $"{name}: exit {exit}\n{stdout}{stderr}");
            Assert.Contains("fixme.yaml: would fix 1 finding", stdout);
            Assert.Contains("2:7 KL1018 Change kind to ConfigMap", stdout);
        }
    }

    [LinuxFact]
    public void An_infinite_loop_ends_the_run_at_the_time_limit()
    {
        using var repo = new Repository(Rule("while (ctx.Object.Name.Length > 0) { }"));
        repo.Lint("good", []); // compiled and cached: the limit is the rule's

        var (exit, output, elapsed) = repo.Lint("bad", ["--custom-rules-timeout", "3"]);

        Assert.Equal(1, exit);
        Assert.Contains("timed out after 3 s", output);
        Assert.True(elapsed >= TimeSpan.FromSeconds(3) && elapsed < TimeSpan.FromSeconds(15), $"took {elapsed.TotalSeconds:0.0} s");
    }

    [LinuxFact]
    public void The_time_limit_comes_from_kubelint_yaml_too()
    {
        using var repo = new Repository(Rule("while (ctx.Object.Name.Length > 0) { }"));
        repo.Lint("good", []);
        File.WriteAllText(Path.Combine(repo.Path, ".kubelint.yaml"), "customRulesTimeout: 2\n");

        var (exit, output, _) = repo.Lint("bad", []);

        Assert.Equal(1, exit);
        Assert.Contains("timed out after 2 s and was stopped", output);
    }

    [LinuxFact]
    public void A_rule_that_prints_does_not_corrupt_the_findings()
    {
        // Console.WriteLine goes to the worker's standard error: the frames on its standard output stay whole.
        using var repo = new Repository(Rule("Type.GetType(\"System.Console, System.Console\")!.GetMethod(\"WriteLine\", [typeof(string)])!.Invoke(null, [\"{\\\"t\\\":\\\"done\\\"}\"]);"));

        var (exit, output, _) = repo.Lint("bad", []);

        Assert.True(exit == 1, output); // the built-in error
        Assert.Contains(BuiltInError, output);
        Assert.Contains("cm.yaml:1:1: warning ACME0001: ConfigMap/bad was checked", output);
        Assert.DoesNotContain("KL9003", output);
    }

    [LinuxFact]
    public void A_source_of_50000_nested_parentheses_does_not_take_the_run_down()
    {
        var nested = new string('(', 50_000) + "1" + new string(')', 50_000);
        using var repo = new Repository($"public static class Deep {{ public static int Value = {nested}; }}\n");

        var (exit, output, elapsed) = repo.Lint("bad", []);

        Assert.True(exit == 1, $"exit {exit}\n{output}");
        Assert.Contains(BuiltInError, output);
        Assert.Contains(".kubelint/rules/Hostile.cs:1:1: error KL9003: rule .kubelint/rules/Hostile.cs failed on the workspace: the worker process that runs the custom rules overflowed its stack (exit code 134)", output);
        Assert.DoesNotContain("internal error", output);
        Assert.True(elapsed < TimeSpan.FromSeconds(90), $"took {elapsed.TotalSeconds:0.0} s");

        // kubelint rules compiles in a worker too: the built-in rules are still listed, the failure is said, exit code 2.
        var (rulesExit, rulesOut, rulesErr) = repo.Run("rules");
        Assert.Equal(2, rulesExit);
        Assert.Contains("KL0001", rulesOut);
        Assert.Contains("error KL9003: rule .kubelint/rules/Hostile.cs failed on the workspace: the worker process that runs the custom rules overflowed its stack (exit code 134)", rulesErr);
    }

    [Fact]
    public void Standard_input_is_read_once_and_the_worker_lints_the_same_bytes()
    {
        // In-process, as an embedding host runs the CLI: the worker is `dotnet exec kubelint.dll`, not the test host.
        using var repo = new Repository(Rule("return;"));
        var stdin = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: piped\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n";

        var (exit, output, error) = CliRunner.Run(repo.Path, ["-", "--no-color"], stdin);

        Assert.True(exit == 0, output + error);
        Assert.Contains("<stdin>:1:1: warning ACME0001: ConfigMap/piped was checked", output);
        Assert.DoesNotContain("ConfigMap/bad was checked", output); // the rule returns early for it: same bytes, same objects
        Assert.Contains("1 warning", output);
    }

    [Fact]
    public void A_custom_finding_keeps_its_object_and_its_category_severity()
    {
        // The object comes back by its index in the workspace: the second of two, not the first.
        using var repo = new Repository(Rule("return;").Replace("== \"bad\"", "!= \"second\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(repo.Path, "two.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: second\n  namespace: shop\n");
        File.WriteAllText(Path.Combine(repo.Path, ".editorconfig"), "root = true\n[*.yaml]\ndotnet_analyzer_diagnostic.category-Acme.severity = error\n");

        var (exit, stdout, _) = repo.Run("two.yaml", "--format", "json");

        Assert.Equal(1, exit); // the category's severity applied in the parent
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "ACME0001");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
        Assert.Equal("second", finding.GetProperty("object").GetProperty("name").GetString());
        Assert.Equal("shop", finding.GetProperty("object").GetProperty("namespace").GetString());
    }

    [Fact]
    public void Kubelint_yaml_may_configure_a_custom_rule_that_runs_in_the_worker()
    {
        // The check of rule references waits for the worker's descriptors: ACME0001 is known, its look-alike is not.
        using var repo = new Repository(Rule("return;"));
        File.WriteAllText(Path.Combine(repo.Path, ".kubelint.yaml"), "rules:\n  ACME0001: error\n  ACME0999: error\n");

        var (exit, output, _) = repo.Lint("good", []);

        Assert.True(exit == 1, output);
        Assert.Contains("cm.yaml:1:1: error ACME0001: ConfigMap/good was checked", output);
        Assert.Contains(".kubelint.yaml:3:3: warning KL9001: 'ACME0999' in rules: names no rule", output);
        Assert.DoesNotContain("'ACME0001' in rules", output);
    }

    /// <summary>A repository with one rule file, a ConfigMap and a manifest with a built-in error, and a private cache.</summary>
    private sealed class Repository : IDisposable
    {
        private readonly string _cache;

        public Repository(string rule)
        {
            Path = Directory.CreateTempSubdirectory("kubelint-worker-").FullName;
            _cache = System.IO.Path.Combine(Path, "..", System.IO.Path.GetFileName(Path) + "-cache");
            Directory.CreateDirectory(System.IO.Path.Combine(Path, ".kubelint", "rules"));
            File.WriteAllText(System.IO.Path.Combine(Path, ".kubelint", "rules", "Hostile.cs"), rule);
        }

        public string Path { get; }

        /// <summary>Lints a ConfigMap of that name (and, for a hostile run, a file with a built-in error).</summary>
        public (int Exit, string Output, TimeSpan Elapsed) Lint(string configMap, string[] extra)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, "cm.yaml"), $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {configMap}\n");
            string[] files = configMap == "bad" ? ["cm.yaml", "broken.yaml"] : ["cm.yaml"];
            File.WriteAllText(System.IO.Path.Combine(Path, "broken.yaml"), ": {\nm");
            var clock = Stopwatch.StartNew();
            var (exit, stdout, stderr) = Run([.. files, .. extra, "--no-color"]);
            return (exit, stdout + stderr, clock.Elapsed);
        }

        public (int Exit, string Stdout, string Stderr) Run(params string[] args) =>
            KubelintProcess.Run(Path, new Dictionary<string, string?> { ["KUBELINT_CACHE_DIR"] = System.IO.Path.Combine(_cache, "rules") }, TimeSpan.FromSeconds(120), args);

        public void Dispose()
        {
            Directory.Delete(Path, true);
            if (Directory.Exists(_cache))
            {
                Directory.Delete(_cache, true);
            }
        }
    }
}
