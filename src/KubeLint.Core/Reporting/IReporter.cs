using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>Writes a lint result in one output format.</summary>
internal interface IReporter
{
    /// <summary>The name used with <c>--format</c>.</summary>
    string Name { get; }

    void Write(LintResult result, TextWriter writer, ReporterOptions options);
}

/// <summary>Presentation settings shared by the reporters.</summary>
internal sealed record ReporterOptions
{
    public bool Color { get; init; }

    public bool Quiet { get; init; }

    public bool Verbose { get; init; }

    /// <summary>The lowest severity that fails the run (<c>--fail-on</c>): a JUnit report counts only these as failures.</summary>
    public Diagnostics.DiagnosticSeverity FailOn { get; init; } = Diagnostics.DiagnosticSeverity.Error;

    /// <summary>The lowest severity the line-based text and msbuild formats print (<c>--severity</c>); the others are
    /// counted in one line. JSON, SARIF, JUnit and GitHub keep every finding.</summary>
    public Diagnostics.DiagnosticSeverity Show { get; init; } = Diagnostics.DiagnosticSeverity.Info;

    /// <summary>The folder repository-relative paths are computed against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}
