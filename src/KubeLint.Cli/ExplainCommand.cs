using System.CommandLine;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Cli;

/// <summary><c>kubelint explain KL0001</c>: prints the rule's page, its heading, facts and options written from the
/// descriptor (<see cref="RulePage"/>); for a custom rule, a page made from its descriptor.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A rule ID, e.g. KL0001" };
        var command = new Command("explain", "Print a rule's documentation page.") { id };
        command.SetAction(parse =>
        {
            var ruleId = parse.GetValue(id)!.Trim().ToUpperInvariant();

            // The page's declared parts come from the descriptor, so a page that drifted still states the rule's facts.
            var page = RuleHelp.ReadPage(ruleId);
            if (page is not null && RulesCommand.Descriptors().Find(d => d.Id == ruleId) is { } rule)
            {
                page = RulePage.Generate(page, rule);
            }

            if (page is null && !ruleId.StartsWith("KL", StringComparison.Ordinal)
                && CustomRulesListing.Load(stderr, out _)?.Rules.FirstOrDefault(r => string.Equals(r.Descriptor.Id, ruleId, StringComparison.OrdinalIgnoreCase)) is { } custom)
            {
                page = CustomRulesListing.Page(custom);
            }

            if (page is null)
            {
                stderr.WriteLine($"kubelint: no rule {ruleId}; 'kubelint rules' lists them");
                return ExitCodes.Usage;
            }

            stdout.Write(page);
            return ExitCodes.Success;
        });
        return command;
    }
}
