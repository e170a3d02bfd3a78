using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Engine;

namespace KubeLint.Core.Fixes;

/// <summary>
/// <c>kubelint fix</c>'s engine: lints, applies every chosen fix, lints the new texts again and repeats
/// until no fix is left (or <see cref="FixOptions.MaxPasses"/>). It writes nothing: the texts of each pass
/// are given to the next lint as <see cref="LintOptions.Contents"/>, and the caller writes, diffs or checks.
/// </summary>
internal sealed class FixRunner
{
    /// <summary>Throws what <see cref="LintEngine.Run"/> throws (exit code 2).</summary>
    public FixRun Run(LintOptions lintOptions, FixOptions fixOptions)
    {
        var engine = new LintEngine();
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var files = new Dictionary<string, FileFixes>(StringComparer.Ordinal);
        var passes = 0;
        var converged = false;
        LintResult result;
        while (true)
        {
            result = engine.Run(lintOptions with { Contents = contents });
            if (passes == fixOptions.MaxPasses)
            {
                break;
            }

            passes++;
            var changed = false;
            foreach (var (file, fixes) in Collect(result, fixOptions, files))
            {
                changed |= Apply(file, fixes, files, contents, lintOptions.Limits ?? LoadLimits.Default);
            }

            if (!changed)
            {
                converged = true;
                break;
            }
        }

        return new FixRun
        {
            Files = [.. files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)],
            Final = result,
            Passes = passes,
            Converged = converged,
        };
    }

    /// <summary>The fixes to apply per file, in finding order; a fix whose edits overlap one taken before
    /// waits for the next pass, which finds it again in the new text.</summary>
    private static List<(SourceFile File, List<(Diagnostic, CodeFix)> Fixes)> Collect(LintResult result, FixOptions options, Dictionary<string, FileFixes> files)
    {
        var byFile = new Dictionary<string, (SourceFile File, List<(Diagnostic, CodeFix)> Fixes, List<TextEdit> Taken)>(StringComparer.Ordinal);
        var sources = result.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            if ((options.Rules is { } rules && !rules.Contains(diagnostic.Id))
                || (files.TryGetValue(diagnostic.Location.FullPath, out var done) && done.NotApplied is not null)
                || !sources.TryGetValue(diagnostic.Location.FullPath, out var source)
                || CodeFixes.Choose(CodeFixes.For(result, diagnostic, options.ExtraProviders), diagnostic.Id, options.PreferredKeys) is not { } fix
                || fix.Edits.Any(e => e.FullPath != source.FullPath))
            {
                continue;
            }

            if (!byFile.TryGetValue(source.FullPath, out var entry))
            {
                entry = (source, [], []);
                byFile.Add(source.FullPath, entry);
            }

            if (TextEdits.FitsWith(fix.Edits, entry.Taken))
            {
                entry.Fixes.Add((diagnostic, fix));
                entry.Taken.AddRange(fix.Edits);
            }
        }

        return [.. byFile.Values.Select(v => (v.File, v.Fixes))];
    }

    /// <summary>Applies one file's fixes to its text; keeps the result only when it parses as cleanly as before.</summary>
    private static bool Apply(SourceFile file, List<(Diagnostic Finding, CodeFix Fix)> fixes, Dictionary<string, FileFixes> files, Dictionary<string, byte[]> contents, LoadLimits limits)
    {
        if (fixes.Count == 0 || file.Text is not { } text)
        {
            return false;
        }

        if (!files.TryGetValue(file.FullPath, out var record))
        {
            var original = contents.TryGetValue(file.FullPath, out var current) ? current : RegularFile.ReadAllBytes(file.FullPath, limits.MaxFileBytes);
            // Edits are offsets into the decoded text; a text the loader changed (JSON's lone surrogates) cannot be written back.
            if (TextDecoder.Decode(original, out _) != text.Text)
            {
                return false;
            }

            record = new FileFixes(file.Path, file.FullPath, original);
            files.Add(file.FullPath, record);
        }

        var edited = TextEdits.Apply(text.Text, [.. fixes.SelectMany(f => f.Fix.Edits)], out _);
        if (edited == text.Text)
        {
            return false;
        }

        var bytes = Encode(edited, record.Original);
        var check = new ManifestLoader(limits).LoadBytes(file.Path, file.FullPath, bytes);
        var problem = check.Problems.Count > 0 ? check.Problems[0] : null;
        if (problem is not null || check.DuplicateKeys.Count > 0)
        {
            var why = problem is not null ? $"{problem.Message} at {problem.Span.Start}" : $"duplicate key \"{check.DuplicateKeys[0].Key}\" at {check.DuplicateKeys[0].Span.Start}";
            record.NotApplied = Diagnostic.Create(KL9006FixNotApplied.Rule, Location.Of(file, Text.SourceSpan.At(Text.SourcePosition.Start)), why);
            record.Fixed = record.Original;
            record.Applied.Clear();
            contents.Remove(file.FullPath);
            return true;
        }

        record.Fixed = bytes;
        record.Applied.AddRange(fixes);
        contents[file.FullPath] = bytes;
        return true;
    }

    /// <summary>The text in the original's encoding: its byte order mark (UTF-8 or UTF-16) kept, UTF-8 otherwise.</summary>
    internal static byte[] Encode(string text, byte[] original)
    {
        var (encoding, preamble) = original switch
        {
            [0xFF, 0xFE, ..] => (Encoding.Unicode, original[..2]),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, original[..2]),
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false), original[..3]),
            _ => (new UTF8Encoding(false), []),
        };
        return [.. preamble, .. encoding.GetBytes(text)];
    }
}

/// <summary>The outcome of <see cref="FixRunner.Run"/>.</summary>
internal sealed class FixRun
{
    /// <summary>Every file a fix was applied to or tried on, by path.</summary>
    public required IReadOnlyList<FileFixes> Files { get; init; }

    /// <summary>The lint of the fixed texts: what is left.</summary>
    public required LintResult Final { get; init; }

    public int Passes { get; init; }

    /// <summary>False when the last pass still changed something (<see cref="FixOptions.MaxPasses"/> reached).</summary>
    public bool Converged { get; init; }
}
