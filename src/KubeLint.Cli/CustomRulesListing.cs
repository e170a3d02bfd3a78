using KubeLint.Core.Configuration;
using KubeLint.Core.CustomRules;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Reporting;

namespace KubeLint.Cli;

/// <summary>The repository's custom rules for <c>kubelint rules</c> and <c>kubelint explain</c>: listed with the file
/// that declares them, explained from their descriptor. A rule file that does not compile is reported (KL9002, as
/// <c>lint</c> reports it) and the command exits with 2.</summary>
internal static class CustomRulesListing
{
    /// <summary>The listing, or null after writing why it failed to <paramref name="stderr"/>.</summary>
    public static CustomRuleListing? Load(TextWriter stderr, out bool failed)
    {
        failed = false;
        CustomRuleListing listing;
        try
        {
            listing = CustomRuleCatalog.ListInWorker(Directory.GetCurrentDirectory(), CustomRulesWorker.Command());
        }
        catch (ConfigurationException e)
        {
            stderr.WriteLine($"kubelint: {e.Message}");
            failed = true;
            return null;
        }

        foreach (var problem in listing.Problems)
        {
            stderr.WriteLine(MsBuildReporter.Format(problem));
            failed |= problem.Severity == DiagnosticSeverity.Error;
        }

        return listing;
    }

    /// <summary>A custom rule's page, from its descriptor.</summary>
    public static string Page(CustomRuleInfo rule)
    {
        var d = rule.Descriptor;
        var text = new System.Text.StringBuilder();
        text.AppendLine($"# {d.Id}: {d.Title}").AppendLine();
        if (d.Description != d.Title)
        {
            text.AppendLine(d.Description).AppendLine();
        }

        text.AppendLine($"- Custom rule, declared in {rule.Source ?? "the repository's custom rules"}");
        text.AppendLine($"- Category: {d.Category}");
        text.AppendLine($"- Default severity: {d.DefaultSeverity.ToWord()}{(d.IsEnabledByDefault ? string.Empty : " (off by default)")}");
        text.AppendLine($"- Message: {d.MessageFormat}");
        if (!string.IsNullOrEmpty(d.HelpLinkUri))
        {
            text.AppendLine($"- Help: {d.HelpLinkUri}");
        }

        foreach (var option in d.Options)
        {
            text.AppendLine($"- Option `{option.Name}` ({option.KindText}{(option.DefaultText is { } value ? $", default `{value}`" : string.Empty)}): {option.Description}");
        }

        return text.ToString();
    }
}
