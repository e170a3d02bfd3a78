using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4001: an image without a tag, or tagged <c>:latest</c>; a digest pins it either way.</summary>
internal sealed class KL4001ImageTagAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> IgnoredImages = RuleOption.StringList("ignoredImages", "images not to check: an exact image (vendor/tool, any tag) or a prefix ending with * (vendor/*)");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4001",
        "Image without a tag or with :latest",
        "Image \"{0}\" {1}; pin a version tag or a digest so every node runs the same code",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning)
    {
        Options = [IgnoredImages, ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var ignoredImages = ctx.Options.Get(Rule, IgnoredImages, ctx.Object.File);
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule, _ => true))
        {
            if (container.Node["image"] is not YScalar image || image.IsNull || image.Value.Length == 0 || YValues.IsPlaceholder(image.Value))
            {
                continue;
            }

            var reference = ImageReference.Parse(image.Value);
            if (reference.Digest is not null || IsIgnored(image.Value, ignoredImages))
            {
                continue;
            }

            var problem = reference.Tag switch
            {
                null => "has no tag, so it means :latest",
                "latest" => "uses the :latest tag",
                _ => null,
            };
            if (problem is not null)
            {
                ctx.Report(Rule, image, image.Value, problem);
            }
        }
    }

    /// <summary>An entry matches an image exactly, or as a prefix when it ends with <c>*</c>.</summary>
    private static bool IsIgnored(string image, IReadOnlyList<string> patterns) =>
        patterns.Any(p => p.EndsWith('*') ? image.StartsWith(p[..^1], StringComparison.Ordinal) : image == p || image.StartsWith(p + ":", StringComparison.Ordinal));
}
