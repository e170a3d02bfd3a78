using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9001's check of configured rule options against what each rule declares: a name the rule does not
/// declare (with the nearest declared name), or a value of the wrong type.</summary>
/// <remarks>A custom rule that declares no options is not checked: it may read untyped ones through
/// <see cref="AnalyzerOptions.GetOption"/>. A built-in rule always declares what it reads.</remarks>
internal static class RuleOptionChecks
{
    public static IEnumerable<(Location Location, string Message)> Check(AnalyzerOptions options)
    {
        if (options.Config.File is { } configFile)
        {
            foreach (var (id, settings) in options.Config.Rules)
            {
                if (!Checked(options, id, out var rule))
                {
                    continue;
                }

                foreach (var (name, value) in settings.Options)
                {
                    var key = settings.OptionKeys.TryGetValue(name, out var node) ? node : settings.Key;
                    if (Find(rule, name, StringComparison.Ordinal) is not { } option)
                    {
                        yield return (Location.Of(configFile, key), Unknown($"'{name}' in rules.{id}", rule, name));
                    }
                    else if (option.CheckYaml(value) is { } error)
                    {
                        yield return (Location.Of(configFile, value), $"'{name}' of {rule.Id} {error}");
                    }
                }
            }
        }

        foreach (var key in options.EditorConfig.OptionKeys())
        {
            if (!Checked(options, key.RuleId, out var rule))
            {
                continue;
            }

            var path = key.FullPath;
            var display = InputResolver.DisplayPath(path, options.WorkingDirectory);
            // Roslyn lowercases keys, so case does not matter here.
            if (Find(rule, key.Option, StringComparison.OrdinalIgnoreCase) is not { } option)
            {
                yield return (new Location(display, path, key.OptionSpan), Unknown($"'kubelint.{key.RuleId}.{key.Option}'", rule, key.Option));
            }
            else if (option.CheckText(key.Value) is { } error)
            {
                yield return (new Location(display, path, key.ValueSpan), $"'kubelint.{key.RuleId}.{key.Option}' {error}");
            }
        }
    }

    private static bool Checked(AnalyzerOptions options, string id, out DiagnosticDescriptor rule)
    {
        rule = null!;
        if (!options.KnownDescriptors.TryGetValue(id, out var found))
        {
            return false; // unknown IDs have their own KL9001
        }

        rule = found;
        return rule.Options.Count > 0 || rule.Id.StartsWith("KL", StringComparison.Ordinal);
    }

    private static RuleOption? Find(DiagnosticDescriptor rule, string name, StringComparison comparison) =>
        rule.Options.FirstOrDefault(o => string.Equals(o.Name, name, comparison));

    private static string Unknown(string what, DiagnosticDescriptor rule, string name)
    {
        if (rule.Options.Count == 0)
        {
            return $"{what} is not an option of {rule.Id}, which has none";
        }

        var nearest = Suggestions.Closest(name, rule.Options.Select(o => o.Name));
        var known = string.Join(", ", rule.Options.Select(o => o.Name));
        return nearest is null
            ? $"{what} is not an option of {rule.Id} (its options: {known})"
            : $"{what} is not an option of {rule.Id}; did you mean '{nearest}'? (its options: {known})";
    }
}
