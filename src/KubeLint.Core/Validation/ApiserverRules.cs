using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>
/// The shape shared by the rules that port the apiserver's validation (KL1011 onwards): an error in
/// the Api category whose message quotes the apiserver's field path and wording first, then says how
/// to fix it — <c>spec.containers[0].image: Required value; set the image to run</c>.
/// </summary>
internal static class ApiserverRules
{
    /// <summary>{0} the field path, {1} the apiserver's wording, {2} the fix.</summary>
    public const string MessageFormat = "{0}: {1}; {2}";

    public static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, MessageFormat, RuleCategories.Api, DiagnosticSeverity.Error);

    /// <summary>Reports a finding of an apiserver rule on <paramref name="node"/> (for a missing field,
    /// the key of the mapping that lacks it).</summary>
    public static void Report(this ObjectAnalysisContext ctx, DiagnosticDescriptor rule, YNode node, FieldPath path, string wording, string fix) =>
        ctx.Report(rule, node, path.ToString(), wording, fix);

    /// <summary>Like <see cref="Report(ObjectAnalysisContext, DiagnosticDescriptor, YNode, FieldPath, string, string)"/>,
    /// with a related location (the first of two duplicates, the other side of an inconsistency).</summary>
    public static void Report(this ObjectAnalysisContext ctx, DiagnosticDescriptor rule, YNode node, FieldPath path, string wording, string fix, YNode related) =>
        ctx.ReportDiagnostic(Diagnostic.Create(rule, Location.Of(ctx.Object, node), ctx.Object, [Location.Of(ctx.Object, related)], path.ToString(), wording, fix));

    /// <summary>The target minor of the run (<c>36</c> for Kubernetes 1.36).</summary>
    public static int TargetMinor(this ActionContext ctx) => ctx.Options.TargetVersion.Minor;

    /// <summary>The scalar when <paramref name="node"/> is a written string the apiserver would check: not null,
    /// not a YAML number, boolean or null (KL1003's), and not a template placeholder; else null.</summary>
    public static YScalar? WrittenText(YNode? node) =>
        node is YScalar scalar && !scalar.IsNull && Api.ScalarKinds.Classify(scalar) == Api.ScalarKind.String && !YValues.IsPlaceholder(scalar.Value) ? scalar : null;

    /// <summary>True when every character is an ASCII digit (true for an empty span). A loop, not
    /// <c>ContainsAnyExcept</c>: see ColdStartJitTests.</summary>
    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
