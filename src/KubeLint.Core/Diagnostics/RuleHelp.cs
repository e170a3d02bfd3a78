using System.Reflection;

namespace KubeLint.Core.Diagnostics;

/// <summary>Where a rule's page lives: online under <see cref="RepositoryUrl"/>, and embedded for <c>kubelint explain</c>.</summary>
public static class RuleHelp
{
    public const string RepositoryUrl = "https://github.com/kubelint/kubelint";

    public static string LinkFor(string id) => $"{RepositoryUrl}/blob/main/rules/{id}.md";

    /// <summary>The Markdown page of a built-in rule, or null.</summary>
    public static string? ReadPage(string id)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream($"rules/{id.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> PagesEmbedded() =>
        typeof(RuleHelp).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("rules/", StringComparison.Ordinal))
            .Select(name => Path.GetFileNameWithoutExtension(name));

    internal static Assembly Assembly => typeof(RuleHelp).Assembly;
}
