namespace KubeLint.Core.Diagnostics;

/// <summary>How serious a finding is. <see cref="Hidden"/> findings are computed but shown nowhere by default.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
