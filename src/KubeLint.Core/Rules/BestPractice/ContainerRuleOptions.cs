using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>The <c>ignoredContainers</c> option that every container rule of KL4xxx understands.</summary>
internal static class ContainerRuleOptions
{
    /// <summary>Listed in the <see cref="DiagnosticDescriptor.Options"/> of each rule that calls the methods below.</summary>
    public static readonly RuleOption<IReadOnlyList<string>> IgnoredContainers = ContainerActions.IgnoredContainers;

    /// <summary>True when the container's name is listed in the rule's <c>ignoredContainers</c> option for the object's file.</summary>
    public static bool IsIgnored(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, PodContainer container) =>
        ContainerActions.Lists(ctx.Options.Get(rule, IgnoredContainers, ctx.Object.File), container);

    /// <summary>The containers of the object that the rule looks at: <paramref name="select"/>, minus ignored ones.</summary>
    public static IEnumerable<PodContainer> Select(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, Func<PodContainer, bool> select) =>
        PodContainers.Of(ctx.Object).Where(c => select(c) && !IsIgnored(ctx, rule, c));
}
