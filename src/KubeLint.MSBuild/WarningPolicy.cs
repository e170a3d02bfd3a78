using System;
using System.Collections.Generic;
using System.Linq;

namespace KubeLint.MSBuild;

/// <summary>What the build does with a KubeLint finding, after the project's
/// <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and <c>NoWarn</c>,
/// with the compiler's meaning: NoWarn silences warnings and infos but never errors.</summary>
internal sealed class WarningPolicy
{
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly HashSet<string> _noWarn;

    public WarningPolicy(bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn)
    {
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _warningsAsErrors = Codes(warningsAsErrors);
        _warningsNotAsErrors = Codes(warningsNotAsErrors);
        _noWarn = Codes(noWarn);
    }

    public enum Outcome
    {
        Error,
        Warning,
        Message,
        Silenced,
    }

    public Outcome Decide(string severity, string code)
    {
        if (severity == "error")
        {
            return Outcome.Error;
        }

        if (_noWarn.Contains(code))
        {
            return Outcome.Silenced;
        }

        if (severity != "warning")
        {
            return Outcome.Message;
        }

        if (_warningsAsErrors.Contains(code) || (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(code)))
        {
            return Outcome.Error;
        }

        return Outcome.Warning;
    }

    /// <summary>MSBuild lists are separated by <c>;</c> and often by <c>,</c> too (<c>CS1591,KL4001</c>).</summary>
    private static HashSet<string> Codes(string? list) =>
        new(
            (list ?? string.Empty).Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()),
            StringComparer.OrdinalIgnoreCase);
}
