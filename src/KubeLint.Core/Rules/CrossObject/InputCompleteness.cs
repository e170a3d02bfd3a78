using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// Cross-object findings are only as sure as the inputs are complete. When a finding rests on
/// the inputs holding nothing of what was looked for in a namespace (no pods, no Services), the
/// missing part is most likely in files that were not linted: the finding is lowered to info,
/// unless the run declares its inputs complete.
/// </summary>
internal static class InputCompleteness
{
    /// <summary>Whether some pod of the namespace is labelled the way a selector looks for (carries one
    /// of its keys). When none is, the selected pods are most likely described elsewhere (a Helm
    /// chart, an operator); when one is, a mismatch is most likely a typo.</summary>
    public static bool HoldsPodsLabelledLike(ObjectIndex index, string ns, LabelSelector selector) =>
        selector.Requirements.Any(r => index.HoldsPodLabelKey(ns, r.Key));

    public static Diagnostic Weigh(Diagnostic diagnostic, bool inputsHoldAny, AnalyzerOptions options) =>
        inputsHoldAny || options.InputsComplete ? diagnostic : diagnostic.WithDefaultSeverity(DiagnosticSeverity.Info);
}
