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
            string page;
            try
            {
                page = File.ReadAllText(path);
            }
            catch (FileNotFoundException)
            {
                stderr.WriteLine($"kubelint: {path} is missing: write the rule's page (CONTRIBUTING.md, \"Adding a rule\"), then run 'kubelint rule-pages {folder}'");
                missing++;
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"kubelint: cannot read '{path}': {e.Message}");
                return ExitCodes.Usage;
            }

            var generated = RulePage.Generate(page, rule);
            if (generated == page)
            {
                continue;
            }

            due++;
            if (check)
            {
                stderr.WriteLine($"kubelint: {path} is not up to date; run 'kubelint rule-pages {folder}'");
                continue;
            }

            try
            {
                File.WriteAllText(path, generated);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"kubelint: cannot write '{path}': {e.Message}");
                return ExitCodes.Usage;
            }

            stdout.WriteLine($"{path} updated");
        }

        if (due == 0 && missing == 0)
        {
            stdout.WriteLine($"{folder}: the {rules.Count} rule pages are up to date");
        }

        return missing > 0 || (check && due > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
