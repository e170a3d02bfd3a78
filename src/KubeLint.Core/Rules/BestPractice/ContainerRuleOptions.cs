using KubeLint.Core.Analysis;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>The <c>ignoredContainers</c> option that every container rule of KL4xxx understands.</summary>
internal static class ContainerRuleOptions
{
    public const string IgnoredContainers = "ignoredContainers";

    /// <summary>True when the container's name is listed in the rule's <c>ignoredContainers</c> option for the object's file.</summary>
    public static bool IsIgnored(ObjectAnalysisContext ctx, string ruleId, PodContainer container)
    {
        var ignored = ctx.Options.GetListOption(ruleId, IgnoredContainers, ctx.Object.File);
        return ignored.Count > 0 && container.Name is { } name && ignored.Contains(name, StringComparer.Ordinal);
    }

    /// <summary>The containers of the object that the rule looks at: <paramref name="select"/>, minus ignored ones.</summary>
    public static IEnumerable<PodContainer> Select(ObjectAnalysisContext ctx, string ruleId, Func<PodContainer, bool> select) =>
        PodContainers.Of(ctx.Object).Where(c => select(c) && !IsIgnored(ctx, ruleId, c));
}
