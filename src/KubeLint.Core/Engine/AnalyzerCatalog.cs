using KubeLint.Core.Analysis;

namespace KubeLint.Core.Engine;

/// <summary>Finds the built-in analyzers: every concrete <see cref="KubeAnalyzer"/> in this assembly.</summary>
public static class AnalyzerCatalog
{
    private static readonly Lazy<IReadOnlyList<Type>> BuiltInTypes = new(() =>
        typeof(AnalyzerCatalog).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(KubeAnalyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<KubeAnalyzer> CreateBuiltIns() =>
        BuiltInTypes.Value.Select(t => (KubeAnalyzer)Activator.CreateInstance(t)!).ToList();
}
