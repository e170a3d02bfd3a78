namespace KubeLint.Core.Diagnostics;

/// <summary>A configured severity, as in Roslyn's <c>ReportDiagnostic</c>: it may also switch a rule off or defer to its default.</summary>
internal enum ReportSeverity
{
    Default,
    Error,
    Warning,
    Info,
    Hidden,
    Suppress,
}

internal static class ReportSeverityExtensions
{
    /// <summary>Parses both KubeLint's words and EditorConfig's (<c>suggestion</c>, <c>silent</c>, <c>none</c>).</summary>
    public static bool TryParse(string? text, out ReportSeverity severity)
    {
        severity = text?.Trim().ToLowerInvariant() switch
        {
            "default" => ReportSeverity.Default,
            "error" => ReportSeverity.Error,
            "warning" or "warn" => ReportSeverity.Warning,
            "info" or "suggestion" => ReportSeverity.Info,
            "hidden" or "silent" => ReportSeverity.Hidden,
            "none" or "off" => ReportSeverity.Suppress,
            _ => (ReportSeverity)(-1),
        };
        return (int)severity >= 0;
    }

    /// <summary>The effective severity, or null when the rule is off.</summary>
    public static DiagnosticSeverity? Apply(this ReportSeverity report, DiagnosticSeverity defaultSeverity) => report switch
    {
        ReportSeverity.Error => DiagnosticSeverity.Error,
        ReportSeverity.Warning => DiagnosticSeverity.Warning,
        ReportSeverity.Info => DiagnosticSeverity.Info,
        ReportSeverity.Hidden => DiagnosticSeverity.Hidden,
        ReportSeverity.Suppress => null,
        _ => defaultSeverity,
    };

    public static string ToWord(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
