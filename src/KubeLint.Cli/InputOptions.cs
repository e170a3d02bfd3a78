using System.CommandLine;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Cli;

/// <summary>
/// The options <c>lint</c> and <c>fix</c> share to say what to load and how (configuration, exclusions, context,
/// namespace, ignore files, custom rules), declared once with the <see cref="LintOptions"/> they make: two copies
/// drifted once, and <c>fix</c> ran the custom rules in its own process, unprotected.
/// </summary>
internal sealed class InputOptions(string contextDescription)
{
    public Option<string?> Config { get; } = new("--config", "-c") { Description = "A .kubelint.yaml to use instead of the one found upwards" };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Glob of paths to skip (repeatable)" };

    public Option<string[]> Context { get; } = new("--context") { Description = contextDescription };

    public Option<string?> Namespace { get; } = new("--namespace") { Description = "Namespace of objects that name none (default: 'default')" };

    public Option<string> NoIgnore { get; } = Switch.Create("--no-ignore", "Walk bin/, obj/, node_modules/ and what .gitignore files ignore too");

    public Option<string> NoCustomRules { get; } = Switch.Create("--no-custom-rules", "Do not compile or run the repository's custom rules (.kubelint/rules/*.cs)");

    /// <summary>What to lint, as the shared options say; custom rules run in the worker process.</summary>
    public LintOptions Read(ParseResult parse, string[] paths, Dictionary<string, string> cluster, KubernetesVersion? targetVersion, Func<Stream>? openStandardInput) => new()
    {
        Properties = cluster,
        Paths = paths,
        Exclude = parse.GetValue(Exclude) ?? [],
        Context = parse.GetValue(Context) ?? [],
        UseIgnoreFiles = !parse.IsOn(NoIgnore),
        ConfigFile = parse.GetValue(Config),
        TargetVersion = targetVersion,
        Namespace = parse.GetValue(Namespace),
        CustomRules = !parse.IsOn(NoCustomRules),
        CustomRulesWorker = CustomRulesWorker.Command(),
        OpenStandardInput = openStandardInput,
    };
}
