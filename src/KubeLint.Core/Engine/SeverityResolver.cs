using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Engine;

/// <summary>Applies configured severities: <c>.editorconfig</c> rule key, then category, then
/// <c>.kubelint.yaml</c> rule, then its category, then the rule's default; <c>--warnaserror</c> last.</summary>
internal sealed class SeverityResolver(KubeLintConfig config, EditorConfigOptions editorConfig, bool warningsAsErrors)
{
    /// <summary>Whether a rule is off for every path of the run: switched off in <c>.kubelint.yaml</c>
    /// (or off by default) with no <c>.editorconfig</c> that could switch it on somewhere.</summary>
    public bool IsOffEverywhere(DiagnosticDescriptor descriptor) =>
        editorConfig.IsEmpty && Resolve(descriptor, string.Empty) is null;

    /// <summary>The effective severity of a finding at a path, or null when its rule is off there.
    /// <paramref name="reported"/> is the severity the rule chose for this finding (see
    /// <see cref="Diagnostic.WithDefaultSeverity"/>); configuration overrides it like a default.</summary>
    public DiagnosticSeverity? Resolve(DiagnosticDescriptor descriptor, string fullPath, DiagnosticSeverity? reported = null)
    {
        var configured = editorConfig.GetSeverity(fullPath, descriptor);
        if (configured == ReportSeverity.Default && config.Rules.TryGetValue(descriptor.Id, out var rule))
        {
            configured = rule.Severity;
        }

        if (configured == ReportSeverity.Default && config.Categories.TryGetValue(descriptor.Category, out var category))
        {
            configured = category.Severity;
        }

        if (configured == ReportSeverity.Default && !descriptor.IsEnabledByDefault)
        {
            return null;
        }

        var severity = configured.Apply(reported ?? descriptor.DefaultSeverity);
        return warningsAsErrors && severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity;
    }
}
