using System.CommandLine;
using System.Text;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Fixes;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Cli;

/// <summary><c>kubelint fix PATH… [--rule ID,…] [--diff] [--check] [--comment]</c>: applies the rules' code fixes in place.</summary>
internal static class FixCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream>? openStandardInput = null)
    {
        // Not named "paths": the help of a subcommand keeps the argument rows of its name, and the root's lint <paths> would show too.
        var paths = new Argument<string[]>("files") { Description = "Files and folders to fix", Arity = ArgumentArity.ZeroOrMore };
        var rule = new Option<string[]>("--rule") { Description = $"Fix only these rules (comma-separated or repeatable); fixable: {string.Join(", ", CodeFixProviders.FixableIds)}" };
        var diff = Switch.Create("--diff", "Print a unified diff of the fixes and write nothing");
        var check = Switch.Create("--check", "Write nothing; exit 1 when a fix would change a file (as 'dotnet format --verify-no-changes')");
        var comment = Switch.Create("--comment", "Comment out fields the target version lacks (KL1001), each line prefixed '# ', instead of removing them");
        var shared = new InputOptions("Folder whose other manifests are loaded for cross-object rules but not fixed (repeatable)");
        var version = TargetVersionOption.Create();
        var quiet = Switch.Create("--quiet", "Print only what changed", "-q");
        var command = new Command("fix", "Apply the rules' fixes to manifests in place, keeping every other byte (comments, quoting, line ends). Exit codes: 0 done or nothing to fix, 1 with --check when a fix would change a file, 2 bad invocation or input.")
        {
            paths, rule, diff, check, comment, shared.Config, version, shared.Exclude, shared.Context, shared.Namespace, quiet, shared.NoIgnore, shared.NoCustomRules,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0 || inputs.Contains("-"))
            {
                stderr.WriteLine(inputs.Length == 0 ? "kubelint: no paths given; try 'kubelint fix .'" : "kubelint: fix writes files in place and cannot fix standard input");
                return ExitCodes.Usage;
            }

            var rules = (parse.GetValue(rule) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (rules.FirstOrDefault(r => CodeFixProviders.For(r) is null) is { } unfixable)
            {
                stderr.WriteLine($"kubelint: --rule {unfixable}: no fix for that rule (fixable: {string.Join(", ", CodeFixProviders.FixableIds)})");
                return ExitCodes.Usage;
            }

            if (!TargetVersionOption.TryRead(parse, version, stderr, out var targetVersion) || ClusterOptions.Read(parse, stderr) is not { } cluster)
            {
                return ExitCodes.Usage;
            }

            var lintOptions = shared.Read(parse, inputs, cluster, targetVersion, openStandardInput);
            var fixOptions = new FixOptions
            {
                Rules = rules.Count > 0 ? rules : null,
                PreferredKeys = parse.IsOn(comment) ? [KL1001FieldNotInTargetVersionFixProvider.CommentOutKey] : [],
            };

            FixRun run;
            try
            {
                run = new FixRunner().Run(lintOptions, fixOptions);
            }
            catch (Exception e) when (e is InputException or ConfigurationException)
            {
                stderr.WriteLine($"kubelint: {e.Message}");
                return ExitCodes.Usage;
            }

            var writeFiles = !parse.IsOn(diff) && !parse.IsOn(check);
            // The diff alone goes to standard output, so that it can be piped to 'git apply'.
            var report = parse.IsOn(diff) ? stderr : stdout;
            if (parse.IsOn(diff))
            {
                WriteDiffs(run, stdout);
            }

            if (writeFiles && Write(run, stderr) is { } failed)
            {
                return failed;
            }

            Report(run, fixOptions, report, parse.IsOn(quiet), writeFiles);
            return parse.IsOn(check) && run.Files.Any(f => f.Changed) ? ExitCodes.Findings : ExitCodes.Success;
        });
        ClusterOptions.AddTo(command);
        return command;
    }

    private static void WriteDiffs(FixRun run, TextWriter stdout)
    {
        foreach (var file in run.Files.Where(f => f.Changed))
        {
            var path = file.Path.Replace('\\', '/');
            stdout.Write(UnifiedDiff.Create(Decode(file.Original), Decode(file.Fixed), "a/" + path, "b/" + path));
        }
    }

    private static string Decode(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3),
        _ => Encoding.UTF8.GetString(bytes),
    };

    private static int? Write(FixRun run, TextWriter stderr)
    {
        foreach (var file in run.Files.Where(f => f.Changed))
        {
            try
            {
                File.WriteAllBytes(file.FullPath, file.Fixed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"kubelint: cannot write {file.Path}: {e.Message}");
                return ExitCodes.Usage;
            }
        }

        return null;
    }

    /// <summary>Per file: the fixes applied, the file's KL9006 when it was left alone, and the findings of fixable rules still there.</summary>
    private static void Report(FixRun run, FixOptions options, TextWriter output, bool quiet, bool written)
    {
        var left = run.Final.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && CodeFixProviders.For(d.Id) is not null && (options.Rules is null || options.Rules.Contains(d.Id)))
            .ToLookup(d => d.Location.FullPath, StringComparer.Ordinal);
        var paths = run.Files.Select(f => f.FullPath).Concat(left.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        var fixedCount = 0;
        foreach (var fullPath in paths.Order(StringComparer.Ordinal))
        {
            var file = run.Files.FirstOrDefault(f => f.FullPath == fullPath);
            var path = file?.Path ?? left[fullPath].First().Location.Path;
            if (file is { Changed: true })
            {
                fixedCount += file.Applied.Count;
                output.WriteLine($"{path}: {(written ? "fixed" : "would fix")} {file.Applied.Count} finding{(file.Applied.Count == 1 ? string.Empty : "s")}");
                foreach (var (finding, fix) in file.Applied)
                {
                    output.WriteLine($"  {finding.Location.Start.Line}:{finding.Location.Start.Column} {finding.Id} {fix.Title}");
                }
            }

            if (file?.NotApplied is { } note)
            {
                output.WriteLine($"{path}: warning {note.Id}: {note.Message}");
            }

            if (!quiet && left[fullPath].Any())
            {
                output.WriteLine($"{path}: not fixed:");
                foreach (var finding in left[fullPath])
                {
                    output.WriteLine($"  {finding.Location.Start.Line}:{finding.Location.Start.Column} {finding.Severity.ToWord()} {finding.Id}: {finding.Message}");
                }
            }
        }

        if (!quiet)
        {
            var changed = run.Files.Count(f => f.Changed);
            output.WriteLine($"{(written ? "fixed" : "would fix")} {fixedCount} finding{(fixedCount == 1 ? string.Empty : "s")} in {changed} file{(changed == 1 ? string.Empty : "s")} ({run.Passes} pass{(run.Passes == 1 ? string.Empty : "es")}{(run.Converged ? string.Empty : $", stopped at the limit of {run.Passes}")}); {left.Sum(g => g.Count())} left that no fix covers");
        }
    }
}
