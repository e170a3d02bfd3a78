using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1002 by renaming a mistyped key to the one field it is closest to (no other as
/// close), keeping its quotes; never to a key the mapping already has.</summary>
internal sealed class KL1002UnknownFieldFixProvider : CodeFixProvider
{
    public const string RenameKey = "KL1002.Rename";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1002UnknownFieldAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (!context.Diagnostic.Properties.TryGetValue(KL1002UnknownFieldAnalyzer.SuggestionProperty, out var name)
            || EntrySite.Find(context.File, context.Diagnostic.Location.Span) is not { } site
            || site.Mapping.TryGetEntry(name, out _))
        {
            yield break;
        }

        if (ScalarEdits.ReplaceValue(context, site.Entry.Key, name) is not { } edit)
        {
            yield break;
        }

        yield return new CodeFix($"Rename {site.Entry.Key.Value} to {name}", RenameKey, [edit]);
    }
}
