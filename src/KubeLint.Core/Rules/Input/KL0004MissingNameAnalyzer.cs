using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0004: an object without <c>metadata.name</c> (and without <c>generateName</c>): the apiserver rejects it.</summary>
internal sealed class KL0004MissingNameAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0004",
        "Object has no name",
        "{0} has no metadata.name (nor metadata.generateName); the apiserver rejects it",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (obj.Name is not null || obj.Metadata?.GetString("generateName") is not null
                || ConfigurationKinds.IsConfigurationFile(obj)) // read by a component, never applied: no name
            {
                return;
            }

            var anchor = (Yaml.YNode?)obj.Root.GetKey("metadata") ?? obj.Root.GetKey("kind") ?? (Yaml.YNode)obj.Root;
            ctx.Report(Rule, anchor, $"this {obj.Kind}");
        });
}
