using System.Runtime.CompilerServices;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Core.Fixes;

/// <summary>The fixes of a run's findings, for <c>kubelint fix</c> and for the reporters that offer them.</summary>
internal static class CodeFixes
{
    private static readonly ConditionalWeakTable<LintResult, Dictionary<string, SourceFile>> FilesOf = new();

    /// <summary>The fixes of one finding: none for a suppressed finding, one about a built kustomization
    /// object, standard input, a context file, or a file with a syntax error or a duplicate key
    /// (KL0001, KL0002), whose tree may not be what the text says.</summary>
    public static IReadOnlyList<CodeFix> For(LintResult result, Diagnostic diagnostic) => For(result, diagnostic, []);

    /// <summary>As <see cref="For(LintResult, Diagnostic)"/>, with <paramref name="extra"/> consulted before the built-in providers.</summary>
    internal static IReadOnlyList<CodeFix> For(LintResult result, Diagnostic diagnostic, IReadOnlyList<CodeFixProvider> extra)
    {
        var provider = extra.FirstOrDefault(p => p.FixableDiagnosticIds.Contains(diagnostic.Id, StringComparer.OrdinalIgnoreCase)) ?? CodeFixProviders.For(diagnostic.Id);
        if (diagnostic.IsSuppressed || provider is null
            || diagnostic.Subject is { IsBuilt: true }
            || !FilesOf.GetValue(result, Index).TryGetValue(diagnostic.Location.FullPath, out var file)
            || file.Text is not { } text || file.Problems.Count > 0 || file.DuplicateKeys.Count > 0)
        {
            return [];
        }

        return [.. provider.GetFixes(new FixContext(diagnostic, file, text, result.Options, result.Workspace, result.Cluster))];
    }

    /// <summary>The lines and columns of an edit's start and end in the text it was made for.</summary>
    public static (Text.SourcePosition Start, Text.SourcePosition End) PositionsOf(LintResult result, TextEdit edit)
    {
        if (!FilesOf.GetValue(result, Index).TryGetValue(edit.FullPath, out var file) || file.Text is not { } text)
        {
            return (Text.SourcePosition.Start, Text.SourcePosition.Start);
        }

        return (text.GetPosition(edit.Start), text.GetPosition(edit.End));
    }

    /// <summary>Fix All's choice, as Roslyn's equivalence keys: the fix with a preferred key; else, unless a
    /// preferred key is of the same rule (the user asked for that kind of fix), the default (first) one.</summary>
    public static CodeFix? Choose(IReadOnlyList<CodeFix> fixes, string ruleId, IReadOnlyCollection<string> preferredKeys)
    {
        foreach (var fix in fixes)
        {
            if (preferredKeys.Contains(fix.EquivalenceKey))
            {
                return fix;
            }
        }

        return preferredKeys.Any(k => k.StartsWith(ruleId + ".", StringComparison.OrdinalIgnoreCase)) || fixes.Count == 0 ? null : fixes[0];
    }

    private static Dictionary<string, SourceFile> Index(LintResult result)
    {
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            if (file.Path != InputResolver.StandardInputPath)
            {
                files.TryAdd(file.FullPath, file);
            }
        }

        return files;
    }
}
