using System.Reflection;

namespace KubeLint.Core.Diagnostics;

/// <summary>Where a rule's page lives: online under <see cref="RepositoryUrl"/>, and embedded for <c>kubelint explain</c>.</summary>
internal static class RuleHelp
{
    public const string RepositoryUrl = "https://github.com/kubelint/kubelint";

    public static string LinkFor(string id) => $"{RepositoryUrl}/blob/main/rules/{id}.md";

    /// <summary>A page's relative links (<c>[KL3004](KL3004.md)</c>, <c>(../README.md)</c>) made absolute under
    /// <see cref="RepositoryUrl"/>: SARIF viewers show the page away from the repository, where a relative link
    /// leads nowhere. A loop, not a regex: it runs for every rule of a SARIF report.</summary>
    public static string WithAbsoluteLinks(string page)
    {
        var text = new System.Text.StringBuilder(page.Length + 256);
        var at = 0;
        while (page.IndexOf("](", at, StringComparison.Ordinal) is var open and >= 0)
        {
            var start = open + 2;
            var close = page.IndexOf(')', start);
            text.Append(page, at, start - at);
            if (close < 0)
            {
                at = start;
                break;
            }

            var target = page[start..close];
            text.Append(IsRelative(target) ? $"{RepositoryUrl}/blob/main/{Resolve("rules/", target)}" : target);
            at = close;
        }

        return text.Append(page, at, page.Length - at).ToString();
    }

    private static bool IsRelative(string target) =>
        target.Length > 0 && target[0] != '#' && target[0] != '/' && !target.Contains("://", StringComparison.Ordinal)
        && !target.StartsWith("mailto:", StringComparison.Ordinal) && !target.Contains(' ', StringComparison.Ordinal);

    /// <summary><c>../README.md</c> from <c>rules/</c> is <c>README.md</c>.</summary>
    private static string Resolve(string folder, string target)
    {
        while (target.StartsWith("../", StringComparison.Ordinal) && folder.Length > 0)
        {
            target = target[3..];
            var slash = folder.LastIndexOf('/', folder.Length - 2);
            folder = slash < 0 ? string.Empty : folder[..(slash + 1)];
        }

        return folder + (target.StartsWith("./", StringComparison.Ordinal) ? target[2..] : target);
    }

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
