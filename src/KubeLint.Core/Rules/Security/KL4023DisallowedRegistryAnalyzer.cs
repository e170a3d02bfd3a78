using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4023: an image from a registry outside the team's <c>allowedRegistries</c> option (inactive until it is set).</summary>
internal sealed class KL4023DisallowedRegistryAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> AllowedRegistries = RuleOption.StringList("allowedRegistries", "registries (and optional repository prefixes) images may come from");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4023",
        "Image from a registry that is not allowed",
        "Image \"{0}\" comes from registry \"{1}\", which is not in allowedRegistries ({2})",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 6.0,
        Options = [AllowedRegistries, ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var allowed = ctx.Options.Get(Rule, AllowedRegistries, ctx.Object.File);
        if (allowed.Count == 0)
        {
            return;
        }

        foreach (var container in ContainerRuleOptions.Select(ctx, Rule, _ => true))
        {
            if (container.Node["image"] is not YScalar image || image.IsNull || image.Value.Length == 0 || YValues.IsPlaceholder(image.Value))
            {
                continue;
            }

            var reference = ImageReference.Parse(image.Value);
            if (!allowed.Any(a => IsAllowed(reference, a)))
            {
                ctx.Report(Rule, image, image.Value, reference.Registry, string.Join(", ", allowed));
            }
        }
    }

    /// <summary>An entry is a registry host (<c>registry.example.com</c>) or a registry and repository prefix (<c>ghcr.io/acme/</c>).</summary>
    private static bool IsAllowed(ImageReference image, string entry)
    {
        var slash = entry.IndexOf('/');
        if (slash < 0)
        {
            return string.Equals(image.Registry, entry, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(image.Registry, entry[..slash], StringComparison.OrdinalIgnoreCase)
            && image.Repository.StartsWith(entry[(slash + 1)..], StringComparison.Ordinal);
    }
}
