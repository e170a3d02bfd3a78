using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Engine;

/// <summary>Applies configured severities: <c>.editorconfig</c> rule key, then category, then
/// <c>.kubelint.yaml</c> rule, then its category, then the rule's default; <c>--warnaserror</c> last.</summary>
public sealed class SeverityResolver(KubeLintConfig config, EditorConfigOptions editorConfig, bool warningsAsErrors)
{
    /// <summary>The effective severity of a finding at a path, or null when its rule is off there.
    /// <paramref name="findingDefault"/> lets one finding default lower or higher than its rule
    /// (e.g. a placeholder in free text); configuration still beats it.</summary>
    public DiagnosticSeverity? Resolve(DiagnosticDescriptor descriptor, string fullPath, DiagnosticSeverity? findingDefault = null)
    {
        var configured = editorConfig.GetSeverity(fullPath, descriptor);
        if (configured == ReportSeverity.Default && config.Rules.TryGetValue(descriptor.Id, out var rule))
        {
            configured = rule.Severity;
        }

        if (configured == ReportSeverity.Default && config.Categories.TryGetValue(descriptor.Category, out var category))
        {
            configured = category;
        }

        if (configured == ReportSeverity.Default && !descriptor.IsEnabledByDefault)
        {
            return null;
        }

        var severity = configured.Apply(findingDefault ?? descriptor.DefaultSeverity);
        return warningsAsErrors && severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity;
    }
}
