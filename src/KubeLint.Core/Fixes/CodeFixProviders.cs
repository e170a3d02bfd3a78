using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.Network;

namespace KubeLint.Core.Fixes;

/// <summary>The built-in fix providers, looked up by the rule ID they fix.</summary>
internal static class CodeFixProviders
{
    private static readonly Dictionary<string, CodeFixProvider> ById = Index(
    [
        new KL1001FieldNotInTargetVersionFixProvider(),
        new KL1002UnknownFieldFixProvider(),
        new KL1006ApiNotServedFixProvider(),
        new KL1007DeprecatedApiFixProvider(),
        new KL1009DeprecatedAnnotationFixProvider(),
        new KL1017InconsistentFieldsFixProvider(),
        new KL1018UnknownBuiltInKindFixProvider(),
        new KL2009UnreplacedPlaceholderFixProvider(),
    ]);

    /// <summary>The rule IDs that have a fix provider, ordered.</summary>
    public static IReadOnlyList<string> FixableIds { get; } = Sorted(ById.Keys);

    public static CodeFixProvider? For(string ruleId) => ById.GetValueOrDefault(ruleId);

    // Array.Sort, not Order(): LINQ's sort map is vectorised code the JIT compiles at every start (see ColdStartJitTests).
    private static string[] Sorted(IEnumerable<string> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static Dictionary<string, CodeFixProvider> Index(CodeFixProvider[] providers)
    {
        var index = new Dictionary<string, CodeFixProvider>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers)
        {
            foreach (var id in provider.FixableDiagnosticIds)
            {
                index.Add(id, provider);
            }
        }

        return index;
    }
}
