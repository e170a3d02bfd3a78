using System.CommandLine;
using System.Globalization;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Reporting;

namespace KubeLint.Cli;

/// <summary><c>kubelint lint PATH… [options]</c>.</summary>
internal static class LintCommand
{
    public static Command Create(string[] rawArgs, TextWriter stdout, TextWriter stderr, Func<Stream>? openStandardInput = null)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to lint; '-' reads standard input", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string[]>("--format", "-f") { Description = $"Output format: {string.Join(", ", ReporterRegistry.Names)} (repeatable; pair each with --output)" };
        var output = new Option<string[]>("--output", "-o") { Description = "Write the --format just before it to this file (one file per format; at most one format goes to standard output)" };
        var shared = new InputOptions("Folder whose other manifests are loaded for cross-object rules but not reported on (repeatable; e.g. '--context .' from the repository root)");
        var version = TargetVersionOption.Create();
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that fails the run: error, warning or info", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var severity = new Option<string>("--severity") { Description = "Lowest severity the text and msbuild formats print, as in 'dotnet format --severity': error, warning or info; the rest are counted in one line (JSON, SARIF, JUnit and GitHub keep everything)", DefaultValueFactory = _ => "warning" };
        severity.AcceptOnlyFromAmong("error", "warning", "warn", "info");
        var warnAsError = Switch.Create("--warnaserror", "Treat warnings as errors");
        var complete = Switch.Create("--complete", "The inputs hold every object the manifests refer to: report missing references as warnings");
        var noColor = Switch.Create("--no-color", "No colours in text output");
        var quiet = Switch.Create("--quiet", "Print only findings", "-q");
        var verbose = Switch.Create("--verbose", "Print what was loaded and configured; traces for internal errors", "-v");
        // Read as text, not Option<int?>: see ColdStartJitTests.
        var customTimeout = new Option<string?>("--custom-rules-timeout") { Description = "Seconds the custom rules' worker process may take (default 60, or customRulesTimeout)" };
        var customMemory = new Option<string?>("--custom-rules-memory-limit") { Description = "Heap limit of the custom rules' worker process, e.g. 512MiB (default 2GiB, or customRulesMemoryLimit)" };

        var command = new Command("lint", "Lint Kubernetes manifests.")
        {
            paths, format, output, shared.Config, version, failOn, severity, warnAsError, shared.Exclude, shared.Context, shared.Namespace, complete, noColor, quiet, verbose,
            shared.NoIgnore, shared.NoCustomRules,
            customTimeout, customMemory,
        };
        command.SetAction(parse =>
        {
            var targets = OutputTarget.FromArgs(rawArgs, out var targetError);
            if (targetError is not null)
            {
                stderr.WriteLine($"kubelint: {targetError}");
                return ExitCodes.Usage;
            }

            foreach (var target in targets)
            {
                if (ReporterRegistry.Create(target.Format) is null)
                {
                    stderr.WriteLine($"kubelint: unknown format '{target.Format}' (use {string.Join(", ", ReporterRegistry.Names)})");
                    return ExitCodes.Usage;
                }
            }

            if (!TargetVersionOption.TryRead(parse, version, stderr, out var targetVersion))
            {
                return ExitCodes.Usage;
            }

            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0)
            {
                stderr.WriteLine("kubelint: no paths given; try 'kubelint .' or 'kubelint --help'");
                return ExitCodes.Usage;
            }

            var cluster = ClusterOptions.Read(parse, stderr);
            if (cluster is null)
            {
                return ExitCodes.Usage;
            }

            TimeSpan? timeout = null;
            if (parse.GetValue(customTimeout) is { } timeoutText)
            {
                if (!int.TryParse(timeoutText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                {
                    stderr.WriteLine("kubelint: --custom-rules-timeout takes a whole number of seconds, at least 1");
                    return ExitCodes.Usage;
                }

                timeout = TimeSpan.FromSeconds(seconds);
            }

            long? memoryLimit = null;
            if (parse.GetValue(customMemory) is { } memoryText)
            {
                if (!KubeLintConfigLoader.TryParseSize(memoryText, out var bytes))
                {
                    stderr.WriteLine($"kubelint: --custom-rules-memory-limit '{memoryText}' is no size (e.g. 512MiB or 2GiB)");
                    return ExitCodes.Usage;
                }

                memoryLimit = bytes;
            }

            var options = shared.Read(parse, inputs, cluster, targetVersion, openStandardInput) with
            {
                WarningsAsErrors = parse.IsOn(warnAsError),
                CustomRulesTimeout = timeout,
                CustomRulesMemoryLimit = memoryLimit,
                Complete = parse.IsOn(complete) ? true : null,
            };

            LintResult result;
            try
            {
                result = new LintEngine().Run(options);
            }
            catch (Exception e) when (e is InputException or ConfigurationException)
            {
                stderr.WriteLine($"kubelint: {e.Message}");
                return ExitCodes.Usage;
            }

            // Colour only for a terminal: the console's own output, not redirected, NO_COLOR unset.
            var color = !parse.IsOn(noColor) && stdout is StandardStreams.StandardOutput && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            var threshold = parse.GetValue(failOn) switch
            {
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Error,
            };
            // Never hide what fails the run: --fail-on info prints the infos too.
            var shown = parse.GetValue(severity) switch
            {
                "error" => DiagnosticSeverity.Error,
                "info" => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Warning,
            };
            var reporterOptions = new ReporterOptions { Color = color, Quiet = parse.IsOn(quiet), Verbose = parse.IsOn(verbose), FailOn = threshold, Show = shown < threshold ? shown : threshold };
            if (reporterOptions.Verbose)
            {
                WriteVerbose(stderr, result);
                ClusterOptions.WriteVerbose(stderr, result);
            }

            foreach (var target in targets)
            {
                var written = Write(target, result, reporterOptions, stdout, stderr);
                if (written != ExitCodes.Success)
                {
                    return written;
                }
            }

            if (result.CustomRulesFailed)
            {
                return ExitCodes.Usage;
            }

            return result.HasFindingsAtOrAbove(threshold) ? ExitCodes.Findings : ExitCodes.Success;
        });
        ClusterOptions.AddTo(command);
        return command;
    }

    private static int Write(OutputTarget target, LintResult result, ReporterOptions options, TextWriter stdout, TextWriter stderr)
    {
        var reporter = ReporterRegistry.Create(target.Format)!;
        if (target.Path is null)
        {
            reporter.Write(result, stdout, options);
            return ExitCodes.Success;
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(target.Path)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            using var file = new StreamWriter(target.Path, append: false, new System.Text.UTF8Encoding(false));
            reporter.Write(result, file, options with { Color = false });
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kubelint: cannot write {target.Path}: {e.Message}");
            return ExitCodes.Usage;
        }
    }

    private static void WriteVerbose(TextWriter stderr, LintResult result)
    {
        var options = result.Options;
        stderr.WriteLine($"kubelint {ToolInfo.Version}: Kubernetes {options.TargetVersion}, namespace '{options.DefaultNamespace}', {result.Rules.Count} rules");
        if (options.Config.File is { } config)
        {
            stderr.WriteLine($"  configuration: {config.Path}");
        }

        foreach (var editorConfig in options.EditorConfig.Files)
        {
            stderr.WriteLine($"  editorconfig: {editorConfig}{(options.EditorConfig.IsEmpty ? " (configures no rule)" : string.Empty)}");
        }

        foreach (var skipped in result.Skipped)
        {
            stderr.WriteLine($"  skipped: {skipped}");
        }

        if (result.CustomRules.AnalyzerCount > 0)
        {
            stderr.WriteLine($"  custom rules: {result.CustomRules.AnalyzerCount} analyzers{(result.CustomRules.FromCache ? " (cached)" : " (compiled)")}{(result.CustomRules.InWorker ? " in a worker process" : string.Empty)}");
        }

        stderr.WriteLine($"  {result.Files.Count} files, {result.Workspace.DocumentCount} documents, {result.Workspace.Objects.Count} objects in {result.Elapsed.TotalMilliseconds:F0} ms"
            + $" (loading {result.Phases.Load.TotalMilliseconds:F0} ms, analyzers {result.Phases.Analyze.TotalMilliseconds:F0} ms, ordering and suppressions {result.Phases.Finish.TotalMilliseconds:F0} ms;"
            + $" {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB allocated, garbage collection paused the process {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in {GC.CollectionCount(0)} collections;"
            + $" the JIT compiled {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
    }
}
