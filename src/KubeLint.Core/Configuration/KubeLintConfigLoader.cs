using System.Globalization;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Configuration;

/// <summary>Finds and reads <c>.kubelint.yaml</c>. Checked by hand rather than by loading a JSON
/// Schema validator at start-up; a test keeps this and the published schema in agreement.</summary>
internal static class KubeLintConfigLoader
{
    public const string FileName = ".kubelint.yaml";

    /// <summary>Patterns read from one <c>include</c> or <c>exclude</c>: every walked path is matched against each, so
    /// their number multiplies the walk's cost; real configurations hold a handful.</summary>
    public const int MaxPatterns = 1000;

    /// <summary>The top-level settings; a test checks them against the schema's properties.</summary>
    internal static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "targetKubernetesVersion", "namespace", "include", "exclude", "maxFileSize", "rules",
        "categories", "cluster", "customRules", "complete", "maxFindingsPerFile", "maxFindingsPerRun",
        "customRulesTimeout", "customRulesMemoryLimit",
    };

    /// <summary>Larger configuration files are refused before they are parsed: a real one is a few kilobytes, and a
    /// 9 MB file of 400,000 globs took 15 s and 1 GB to read (#15).</summary>
    public const long MaxConfigBytes = 1024 * 1024;

    /// <summary>Looks for <c>.kubelint.yaml</c> (or <c>.kubelint.yml</c>) from <paramref name="folder"/> upwards.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            foreach (var name in new[] { FileName, ".kubelint.yml" })
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads a config file; throws <see cref="ConfigurationException"/> when it cannot be read or parsed.</summary>
    public static KubeLintConfig Load(string path, string displayPath)
    {
        SourceFile file;
        try
        {
            if (new FileInfo(path).Length is var length and > MaxConfigBytes)
            {
                throw new ConfigurationException($"configuration file '{displayPath}' is {length} bytes; at most {MaxConfigBytes} (1 MiB) are read");
            }

            file = new ManifestLoader().LoadFile(displayPath, Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"cannot read configuration file '{displayPath}': {e.Message}");
        }

        if (file.Problems.Count > 0)
        {
            var problem = file.Problems[0];
            if (problem.Kind is LoadProblemKind.Unreadable or LoadProblemKind.TooLarge)
            {
                throw new ConfigurationException($"configuration file '{displayPath}': {problem.Message}");
            }

            throw new ConfigurationException($"{displayPath}({problem.Span.Start.Line},{problem.Span.Start.Column}): configuration file does not parse: {problem.Message}");
        }

        var roots = file.Documents.Where(d => d.Root is not null).ToList();
        if (roots.Count == 0)
        {
            return new KubeLintConfig { File = file };
        }

        if (roots.Count > 1 || roots[0].Root is not YMapping root)
        {
            throw new ConfigurationException($"{displayPath}: configuration file must hold one mapping");
        }

        return Read(file, root);
    }

    private static KubeLintConfig Read(SourceFile file, YMapping root)
    {
        var issues = new List<ConfigurationIssue>();
        void Issue(YNode node, string message) => issues.Add(new ConfigurationIssue(Location.Of(file, node), message));

        foreach (var entry in root.Entries)
        {
            if (!KnownKeys.Contains(entry.Key.Value))
            {
                Issue(entry.Key, $"unknown setting '{entry.Key.Value}' in {FileName}");
            }
        }

        KubernetesVersion? version = null;
        if (root["targetKubernetesVersion"] is { } notScalar and not YScalar)
        {
            Issue(notScalar, "targetKubernetesVersion takes a version such as \"1.27\"");
        }
        else if (root["targetKubernetesVersion"] is YScalar versionNode)
        {
            if (KubernetesVersion.TryParse(versionNode.Value, out var parsed) && parsed.IsSupported)
            {
                version = parsed;
            }
            else
            {
                throw new ConfigurationException($"{file.Path}({versionNode.Start.Line},{versionNode.Start.Column}): unknown Kubernetes version '{versionNode.Value}' (supported: {KubernetesVersion.Oldest}–{KubernetesVersion.Newest})");
            }
        }

        var ns = root["namespace"] as YScalar;
        if (ns is not null && KubernetesNames.CheckDns1123Label(ns.Value) is { } nsProblem)
        {
            Issue(ns, $"namespace '{ns.Value}' {nsProblem}");
        }

        if (root["cluster"] is { } cluster and not YMapping)
        {
            Issue(cluster, "'cluster' takes a mapping of cluster settings");
        }

        if (root["customRules"] is { } customRules && (customRules is not YSequence folders || folders.Items.Any(i => i is not YScalar)))
        {
            Issue(customRules, "'customRules' takes a list of folders");
        }

        foreach (var key in new[] { "include", "exclude" })
        {
            if (root[key] is YSequence { Count: > MaxPatterns } patterns)
            {
                throw new ConfigurationException(
                    $"{file.Path}({patterns.Start.Line},{patterns.Start.Column}): '{key}' holds {patterns.Count} patterns; at most {MaxPatterns} are allowed, since every walked path is matched against each");
            }
        }

        return new KubeLintConfig
        {
            File = file,
            Root = root,
            TargetKubernetesVersion = version,
            Namespace = ns?.Value,
            Include = ReadStrings(root["include"], Issue, "include"),
            Exclude = ReadStrings(root["exclude"], Issue, "exclude"),
            MaxFileSize = ReadSize(root["maxFileSize"], "maxFileSize", Issue),
            MaxFindingsPerFile = ReadCount(root, "maxFindingsPerFile", Issue),
            MaxFindingsPerRun = ReadCount(root, "maxFindingsPerRun", Issue),
            CustomRulesTimeout = ReadCount(root, "customRulesTimeout", Issue, "seconds"),
            CustomRulesMemoryLimit = ReadSize(root["customRulesMemoryLimit"], "customRulesMemoryLimit", Issue),
            CustomRules = ReadStrings(root["customRules"], Issue, "customRules")
                .Select(folder => Path.GetFullPath(folder, Path.GetDirectoryName(file.FullPath)!))
                .ToList(),
            Complete = root["complete"] switch
            {
                YScalar complete => ReadBool(complete, Issue),
                { } other => ReadBool(new YScalar("a mapping or list", YScalarStyle.DoubleQuoted, other.Span), Issue),
                null => null,
            },
            Rules = ReadRules(root.GetMapping("rules"), Issue),
            Categories = ReadCategories(root.GetMapping("categories"), Issue),
            Issues = issues,
        };
    }

    private static Dictionary<string, RuleSettings> ReadRules(YMapping? rules, Action<YNode, string> issue)
    {
        var result = new Dictionary<string, RuleSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in rules?.Entries ?? [])
        {
            var severity = ReportSeverity.Default;
            var options = new Dictionary<string, YNode>(StringComparer.Ordinal);
            var optionKeys = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            switch (value)
            {
                case YScalar scalar when !scalar.IsNull:
                    // Short form: `KL4001: warning`.
                    severity = ParseSeverity(scalar, issue);
                    break;
                case YScalar or YSequence:
                    issue(value is YScalar ? key : value, $"'{key.Value}' in rules: takes a severity or a mapping with a severity and options");
                    break;
                case YMapping mapping:
                    foreach (var (optionKey, optionValue) in mapping.Entries)
                    {
                        if (optionKey.Value == "severity")
                        {
                            severity = optionValue is YScalar severityNode ? ParseSeverity(severityNode, issue) : ParseSeverity(new YScalar(string.Empty, YScalarStyle.Plain, optionValue.Span), issue);
                        }
                        else
                        {
                            options[optionKey.Value] = optionValue;
                            optionKeys[optionKey.Value] = optionKey;
                        }
                    }

                    break;
            }

            result[key.Value] = new RuleSettings(key, severity, options) { OptionKeys = optionKeys };
        }

        return result;
    }

    private static Dictionary<string, CategorySettings> ReadCategories(YMapping? categories, Action<YNode, string> issue)
    {
        var result = new Dictionary<string, CategorySettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in categories?.Entries ?? [])
        {
            result[key.Value] = new CategorySettings(key, ParseSeverity(value as YScalar ?? new YScalar(string.Empty, YScalarStyle.Plain, value.Span), issue));
        }

        return result;
    }

    private static ReportSeverity ParseSeverity(YScalar node, Action<YNode, string> issue)
    {
        if (ReportSeverityExtensions.TryParse(node.Value, out var severity))
        {
            return severity;
        }

        issue(node, node.Value.Length == 0
            ? "a severity is needed here (error, warning, info, hidden, none or default)"
            : $"unknown severity '{node.Value}' (use error, warning, info, hidden, none or default)");
        return ReportSeverity.Default;
    }

    private static List<string> ReadStrings(YNode? node, Action<YNode, string> issue, string name)
    {
        switch (node)
        {
            case null:
                return [];
            case YScalar scalar when !scalar.IsNull:
                return [scalar.Value];
            case YSequence sequence:
                var list = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YScalar s)
                    {
                        list.Add(s.Value);
                    }
                    else
                    {
                        issue(item, $"'{name}' takes a list of glob patterns");
                    }
                }

                return list;
            default:
                issue(node, $"'{name}' takes a list of glob patterns");
                return [];
        }
    }

    private static long? ReadSize(YNode? node, string key, Action<YNode, string> issue)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YScalar scalar)
        {
            issue(node, $"{key} takes a size (e.g. 10485760, 512KiB or 10MiB)");
            return null;
        }

        if (TryParseSize(scalar.Value, out var size))
        {
            return size;
        }

        issue(scalar, $"{key} '{scalar.Value}' is no size (e.g. 10485760, 512KiB or 10MiB)");
        return null;
    }

    /// <summary>A positive number of bytes, or of KiB, MiB or GiB (<c>10485760</c>, <c>512KiB</c>, <c>2GiB</c>).</summary>
    public static bool TryParseSize(string value, out long bytes)
    {
        var text = value.Trim();
        long factor = 1;
        foreach (var (suffix, multiplier) in new[] { ("KiB", 1024L), ("MiB", 1024L * 1024), ("GiB", 1024L * 1024 * 1024) })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                factor = multiplier;
                text = text[..^suffix.Length].Trim();
                break;
            }
        }

        bytes = 0;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 && size <= long.MaxValue / factor)
        {
            bytes = size * factor;
            return true;
        }

        return false;
    }

    /// <summary>A positive whole number, or null (with an issue when it is something else).</summary>
    private static int? ReadCount(YMapping root, string key, Action<YNode, string> issue, string unit = "findings")
    {
        if (root[key] is not { } node)
        {
            return null;
        }

        if (node is YScalar { Style: YScalarStyle.Plain } scalar
            && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }

        issue(node, $"'{key}' takes a whole number of {unit}, at least 1");
        return null;
    }

    private static bool? ReadBool(YScalar node, Action<YNode, string> issue)
    {
        if (node.Style == YScalarStyle.Plain && bool.TryParse(node.Value, out var value))
        {
            return value;
        }

        issue(node, $"'{node.Value}' is not true or false");
        return null;
    }
}
