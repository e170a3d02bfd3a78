using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0003: a document that is no Kubernetes object: not a mapping, or without <c>apiVersion</c> or <c>kind</c>.</summary>
internal sealed class KL0003NotAnObjectAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0003",
        "Document is not a Kubernetes object",
        "{0}",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    private static readonly string[] ObjectKeys = ["apiVersion", "kind"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            foreach (var document in ctx.File.Documents)
            {
                switch (document.Root)
                {
                    case null:
                    case YScalar { IsNull: true }:
                        break; // An empty document is allowed, e.g. a trailing `---`.
                    case YMapping mapping:
                        Check(ctx, mapping, "the document");
                        if (KubeObjectFactory.TryReadType(mapping, out _, out var kind) && KubeObjectFactory.IsList(kind, mapping, out var items))
                        {
                            for (var i = 0; i < items.Count; i++)
                            {
                                if (items.Items[i] is YMapping item)
                                {
                                    Check(ctx, item, $"item {i} of the {kind}");
                                }
                                else
                                {
                                    Report(ctx, items.Items[i], $"item {i} of the {kind} is a {Describe(items.Items[i])}, not a Kubernetes object");
                                }
                            }
                        }

                        break;
                    case { } other:
                        Report(ctx, other, $"the document is a {Describe(other)}, not a Kubernetes object (a mapping with apiVersion and kind)");
                        break;
                }
            }
        });

    private static void Check(DocumentAnalysisContext ctx, YMapping mapping, string what)
    {
        var missing = ObjectKeys.Where(key => mapping.GetString(key) is null).ToList();
        if (missing.Count > 0)
        {
            var anchor = (YNode?)mapping.GetKey(missing[0]) ?? mapping;
            Report(ctx, anchor, $"{what} has no {string.Join(" and no ", missing)}, so it is no Kubernetes object");
        }
    }

    private static void Report(DocumentAnalysisContext ctx, YNode node, string message) =>
        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, new Text.SourceSpan(node.Start, node.Start)), message));

    private static string Describe(YNode node) => node switch
    {
        YSequence => "list",
        YScalar => "plain value",
        _ => "mapping",
    };
}
