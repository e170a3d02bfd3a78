namespace KubeLint.Core.Reporting;

/// <summary>The output formats, by <c>--format</c> name.</summary>
internal static class ReporterRegistry
{
    private static readonly Dictionary<string, Func<IReporter>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = () => new TextReporter(),
        ["msbuild"] = () => new MsBuildReporter(),
        ["json"] = () => new JsonReporter(),
        ["sarif"] = () => new Sarif.SarifReporter(),
        ["github"] = () => new GitHubReporter(),
        ["junit"] = () => new JUnitReporter(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static IReporter? Create(string name) => Factories.TryGetValue(name, out var factory) ? factory() : null;

    /// <summary>Lets later formats (SARIF …) plug in without touching the CLI.</summary>
    public static void Register(string name, Func<IReporter> factory) => Factories[name] = factory;
}
