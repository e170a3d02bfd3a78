using KubeLint.Core.Model;

namespace KubeLint.Core.Tests.Validation;

/// <summary>One file of TestData/apiserver-parity: what the apiserver does with the object (from its
/// leading comment) and at which minors.</summary>
public sealed record ApiserverParityCase(string RelativePath, string FullPath, bool Rejects, IReadOnlyList<KubernetesVersion> Versions, string Source, string? ApiserverMessage, IReadOnlyList<string> HeaderProblems)
{
    public static string Root { get; } = Path.Combine(Infrastructure.RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "apiserver-parity");

    /// <summary>The group is the case's folder: the API area it exercises.</summary>
    public string Group => RelativePath.Split('/')[0];

    public static IReadOnlyList<ApiserverParityCase> LoadAll() =>
        [.. Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories)
            .Select(Load)
            .OrderBy(c => c.RelativePath, StringComparer.Ordinal)];

    /// <summary>Reads the <c># key: value</c> lines before the first non-comment line.</summary>
    public static ApiserverParityCase Load(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(fullPath))
        {
            if (!line.StartsWith('#'))
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                // A continuation comment (no "key:" of its own) may add to the header's prose; only the first value counts.
                header.TryAdd(line[1..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var problems = new List<string>();
        var verdict = header.GetValueOrDefault("verdict");
        if (verdict is not ("reject" or "accept"))
        {
            problems.Add($"verdict must be 'reject' or 'accept', not '{verdict}'");
        }

        var versions = new List<KubernetesVersion>();
        foreach (var word in (header.GetValueOrDefault("versions") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (KubernetesVersion.TryParse(word, out var v) && v.IsSupported)
            {
                versions.Add(v);
            }
            else
            {
                problems.Add($"versions: '{word}' is no supported minor");
            }
        }

        if (versions.Count == 0)
        {
            problems.Add("versions: at least one minor is needed");
        }

        var source = header.GetValueOrDefault("source") ?? "";
        if (!source.Contains(".go", StringComparison.Ordinal) || !source.Contains(' ', StringComparison.Ordinal))
        {
            problems.Add("source must name a Go file and a function");
        }

        var message = header.GetValueOrDefault("apiserver");
        if (verdict == "reject" && string.IsNullOrWhiteSpace(message))
        {
            problems.Add("a reject needs the apiserver's message ('# apiserver: ...')");
        }

        return new(relative, fullPath, verdict == "reject", versions, source, message, problems);
    }
}
