using KubeLint.Core.Analysis;
using KubeLint.Core.Collections;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Suppression;
using Diagnostic = KubeLint.Core.Diagnostics.Diagnostic;

namespace KubeLint.Core.Engine;

/// <summary>The fourth stage: findings in context files dropped, configured severities applied, suppressions
/// applied, the rest ordered, and the caps applied (<see cref="FindingLimits"/>).</summary>
internal static class FinishStage
{
    public static FinishedFindings Run(List<Diagnostic> raw, LintOptions options, KubeLintConfig config, LoadedInputs loaded, Workspace workspace, SeverityResolver resolver)
    {
        if (loaded.Context is { } context)
        {
            raw = context.OnlyLinted(raw);
        }

        var (sorted, suppressed) = Order(raw, workspace, resolver);
        var (visible, notShown) = FindingLimits.Apply(
            sorted,
            options.MaxFindingsPerFile ?? config.MaxFindingsPerFile ?? FindingLimits.DefaultPerFile,
            options.MaxFindingsPerRun ?? config.MaxFindingsPerRun ?? FindingLimits.DefaultPerRun,
            resolver);
        return new FinishedFindings(visible, suppressed, notShown);
    }

    private static (List<Diagnostic> Visible, List<Diagnostic> Suppressed) Order(List<Diagnostic> raw, Workspace workspace, SeverityResolver resolver)
    {
        var regions = new Dictionary<string, List<AnnotationSuppressions.Region>>(StringComparer.Ordinal);
        foreach (var obj in workspace.Objects)
        {
            foreach (var region in AnnotationSuppressions.For(obj))
            {
                regions.AddToList(obj.FileOf(region.Value).FullPath, region);
            }
        }

        var files = workspace.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var visible = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var diagnostic in raw)
        {
            if (resolver.Resolve(diagnostic.Descriptor, diagnostic.Location.FullPath, diagnostic.Severity) is not { } severity)
            {
                continue;
            }

            var effective = diagnostic with { Severity = severity };
            if (diagnostic.Subject is { IsBuilt: true } built && diagnostic.Location.FullPath != built.FileFullPath)
            {
                // A finding in a base or patch of a kustomize build: the kustomization built it.
                effective = effective.WithRelated(new Location(built.FilePath, built.FileFullPath, Text.SourceSpan.At(Text.SourcePosition.Start)));
            }

            if (IsSuppressed(effective, files, regions, out var justification))
            {
                suppressed.Add(effective with { IsSuppressed = true, SuppressionJustification = justification });
            }
            else if (severity != DiagnosticSeverity.Hidden)
            {
                visible.Add(effective);
            }
        }

        visible.Sort(Compare);
        suppressed.Sort(Compare);
        return (visible, suppressed);
    }

    private static bool IsSuppressed(Diagnostic diagnostic, Dictionary<string, SourceFile> files, Dictionary<string, List<AnnotationSuppressions.Region>> regions, out string? justification)
    {
        justification = null;

        // Engine and configuration findings cannot be switched off from the places they point at.
        if (diagnostic.Descriptor.Category == RuleCategories.Engine)
        {
            return false;
        }

        var location = diagnostic.Location;
        if (files.TryGetValue(location.FullPath, out var file) && file.Suppressions.IsSuppressed(diagnostic.Id, location.Start.Line, out justification))
        {
            return true;
        }

        foreach (var region in regions.GetValueOrDefault(location.FullPath) ?? [])
        {
            if (region.Covers(diagnostic.Id, location.Start))
            {
                justification = region.Justification;
                return true;
            }
        }

        return false;
    }

    /// <summary>File, line, column, rule ID, message, then related locations: the same order on every run,
    /// whatever the threads did. The sort is not stable, so the order must be total: one selector overlapping
    /// several workloads of the same name gives findings that differ only in where they point to.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var order = Compare(a.Location, b.Location);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Id, b.Id);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Message, b.Message);
        }

        for (var i = 0; order == 0 && i < Math.Min(a.AdditionalLocations.Count, b.AdditionalLocations.Count); i++)
        {
            order = Compare(a.AdditionalLocations[i], b.AdditionalLocations[i]);
        }

        return order != 0 ? order : a.AdditionalLocations.Count.CompareTo(b.AdditionalLocations.Count);
    }

    private static int Compare(Location a, Location b)
    {
        var order = string.CompareOrdinal(a.Path, b.Path);
        return order != 0 ? order : a.Start.CompareTo(b.Start);
    }
}

/// <summary>What the finish stage hands the result: shown findings in order, suppressed ones, and per severity how many a cap kept out.</summary>
internal sealed record FinishedFindings(List<Diagnostic> Visible, List<Diagnostic> Suppressed, int[] NotShown);
