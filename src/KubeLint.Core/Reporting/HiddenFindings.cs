using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>The one line that the text and msbuild formats print for the findings below <c>--severity</c>.</summary>
internal static class HiddenFindings
{
    /// <summary><c>8 infos not shown; --severity info shows them</c>, or null when every finding was printed.</summary>
    public static string? Line(LintResult result, ReporterOptions options)
    {
        if (options.Show == DiagnosticSeverity.Info || options.Show <= DiagnosticSeverity.Hidden)
        {
            return null;
        }

        int warnings = 0, infos = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity < options.Show)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Warning)
                {
                    warnings++;
                }
                else
                {
                    infos++;
                }
            }
        }

        var parts = new List<string>(2);
        if (warnings > 0)
        {
            parts.Add(warnings == 1 ? "1 warning" : $"{warnings} warnings");
        }

        if (infos > 0)
        {
            parts.Add(infos == 1 ? "1 info" : $"{infos} infos");
        }

        return parts.Count == 0 ? null : $"{string.Join(" and ", parts)} not shown; --severity info shows them";
    }
}
