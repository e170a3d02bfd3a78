using KubeLint.Core.Analysis;

namespace KubeLint.Core.Engine;

/// <summary>
/// The built-in analyzers, one of each, in the order of their full type names. The list is written at build
/// time by <c>KubeLint.Generators</c> (<c>AnalyzerCatalogGenerator</c>) from every concrete
/// <see cref="KubeAnalyzer"/> of this assembly, public or internal: reflection over the assembly's types cost
/// about 10 ms of every cold start. <c>AnalyzerCatalogTests</c> holds the list to what reflection finds.
/// </summary>
internal static partial class AnalyzerCatalog
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static partial IReadOnlyList<KubeAnalyzer> CreateBuiltIns();
}
