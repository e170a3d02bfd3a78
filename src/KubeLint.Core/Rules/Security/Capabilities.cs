using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>Linux capability names as written in <c>securityContext.capabilities</c>.</summary>
internal static class Capabilities
{
    /// <summary>Upper-case, without the <c>CAP_</c> prefix that some manifests keep.</summary>
    public static string Normalize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        return upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper[4..] : upper;
    }

    /// <summary>The items of <c>capabilities.add</c> or <c>capabilities.drop</c>.</summary>
    public static IEnumerable<YScalar> Items(YMapping? securityContext, string list) =>
        securityContext?.GetMapping("capabilities")?.GetSequence(list)?.Items.OfType<YScalar>().Where(s => !s.IsNull) ?? [];
}
