using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1001 by removing the field with its subtree, or (<c>kubelint fix --comment</c>) by
/// commenting it out line by line, as one does by hand to keep it for a later upgrade.</summary>
internal sealed class KL1001FieldNotInTargetVersionFixProvider : CodeFixProvider
{
    public const string RemoveKey = "KL1001.Remove";

    public const string CommentOutKey = "KL1001.CommentOut";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1001FieldNotInTargetVersionAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (context.Diagnostic.Properties.ContainsKey(KL1001FieldNotInTargetVersionAnalyzer.ServedByProperty)
            || EntrySite.Find(context.File, context.Diagnostic.Location.Span) is not { } site)
        {
            yield break;
        }

        var name = site.Entry.Key.Value;
        if (BlockEntries.Remove(context, site) is { } removal)
        {
            yield return new CodeFix($"Remove {name}", RemoveKey, [removal]);
        }

        if (BlockEntries.CommentOut(context, site) is { } comments)
        {
            yield return new CodeFix($"Comment out {name}", CommentOutKey, comments);
        }
    }
}
