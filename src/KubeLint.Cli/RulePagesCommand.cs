using System.CommandLine;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Cli;

/// <summary><c>kubelint rule-pages [FOLDER] [--check]</c> (hidden, for maintainers): rewrites the declared parts of
/// each built-in rule's page (heading, facts table, options table; <see cref="RulePage"/>) from its descriptor,
/// leaving the prose alone; <c>--check</c> only lists the pages that are due. A rule without a page fails both.</summary>
internal static class RulePagesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "The folder of the rule pages", DefaultValueFactory = _ => "rules" };
        var check = Switch.Create("--check", "Change nothing; exit 1 when a page is not up to date");
        var command = new Command("rule-pages", "Write the rules' declared facts and options into their pages.") { folder, check };
        command.Hidden = true;
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.IsOn(check), stdout, stderr));
        return command;
    }

    private static int Run(string folder, bool check, TextWriter stdout, TextWriter stderr)
    {
        var (due, missing) = (0, 0);
        var rules = RulesCommand.Descriptors();
        foreach (var rule in rules)
        {
            var path = Path.Combine(folder, rule.Id + ".md");
            if (!File.Exists(path) && Directory.Exists(folder))
            {
                stderr.WriteLine($"kubelint: {path} is missing: write the rule's page (CONTRIBUTING.md, \"Adding a rule\"), then run 'kubelint rule-pages {folder}'");
                missing++;
                continue;
            }

            switch (GeneratedFile.Refresh(path, page => RulePage.Generate(page, rule), check, $"kubelint rule-pages {folder}", stdout, stderr))
            {
                case GeneratedFile.Outcome.Failed:
                    return ExitCodes.Usage;
                case GeneratedFile.Outcome.Due or GeneratedFile.Outcome.Written:
                    due++;
                    break;
            }
        }

        if (due == 0 && missing == 0)
        {
            stdout.WriteLine($"{folder}: the {rules.Count} rule pages are up to date");
        }

        return missing > 0 || (check && due > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
