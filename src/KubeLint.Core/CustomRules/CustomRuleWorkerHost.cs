using System.Text;
using System.Text.Json;
using KubeLint.Core.Configuration;
using KubeLint.Core.Engine;

namespace KubeLint.Core.CustomRules;

/// <summary>
/// The worker's side of <see cref="CustomRuleWorkerProtocol"/>: loads the same inputs as the parent (from the request's
/// options, standard input's bytes included), compiles and runs only the custom rules, and writes their descriptors and
/// findings before any severity, suppression or cap applies — the parent applies those, as for built-in findings.
/// </summary>
internal static class CustomRuleWorkerHost
{
    /// <summary>The hidden subcommand that starts a worker; not in <c>--help</c>.</summary>
    public const string Command = "__custom-rules-worker";

    /// <summary>Serves one request read from <paramref name="input"/>, writing frames to <paramref name="output"/>.
    /// The caller has pointed <see cref="Console.Out"/> elsewhere, so a rule that prints cannot corrupt the frames.</summary>
    public static int Serve(TextReader input, Stream output)
    {
        using var frames = new StreamWriter(output, new UTF8Encoding(false));
        frames.WriteLine(CustomRuleWorkerProtocol.HelloFrame());
        frames.Flush();
        string? mode;
        LintOptions options;
        try
        {
            var line = input.ReadLine() ?? throw new FormatException("no request on standard input");
            options = CustomRuleWorkerProtocol.ReadRequest(line, out mode);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"kubelint: not a custom rules request: {e.Message}");
            return 2;
        }

        try
        {
            if (mode == CustomRuleWorkerProtocol.ListMode)
            {
                var listing = CustomRuleCatalog.List(options.WorkingDirectory, options.CacheDirectory);
                foreach (var rule in listing.Rules)
                {
                    frames.WriteLine(CustomRuleWorkerProtocol.RuleFrame(rule.Descriptor, rule.Source));
                }

                foreach (var problem in listing.Problems)
                {
                    frames.WriteLine(CustomRuleWorkerProtocol.FindingFrame(problem));
                }

                frames.WriteLine(CustomRuleWorkerProtocol.DoneFrame(listing.Rules.Count, fromCache: false));
            }
            else
            {
                var (rules, findings, workspace) = LintEngine.RunCustomRulesHere(options);
                foreach (var descriptor in rules.Descriptors)
                {
                    frames.WriteLine(CustomRuleWorkerProtocol.RuleFrame(descriptor, null));
                }

                foreach (var finding in findings)
                {
                    // The subject's ordinal is its object's index among the workspace's objects.
                    var index = workspace.ObjectOf(finding.Subject) is not null ? finding.Subject!.Ordinal : (int?)null;
                    frames.WriteLine(CustomRuleWorkerProtocol.FindingFrame(finding, index));
                }

                frames.WriteLine(CustomRuleWorkerProtocol.DoneFrame(rules.AnalyzerCount, rules.FromCache));
            }
        }
        catch (Exception e) when (e is ConfigurationException or InputException)
        {
            frames.WriteLine(CustomRuleWorkerProtocol.FatalFrame(e.Message));
        }

        frames.Flush();
        return 0;
    }
}
