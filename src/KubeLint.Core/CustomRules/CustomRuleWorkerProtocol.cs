using System.Text;
using System.Text.Json;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.CustomRules;

/// <summary>
/// What the parent and the custom rules' worker process say to each other, as JSON lines: one request on the worker's
/// standard input; on its standard output a <c>hello</c> frame naming the protocol's version, then <c>rule</c> frames
/// (descriptors), <c>finding</c> frames and a closing <c>done</c> — or one <c>fatal</c> frame for what stops the run
/// with exit code 2 (a rule folder that cannot be read). A line that is none of these means the worker's output was
/// corrupted, and the parent trusts none of it.
/// </summary>
internal static class CustomRuleWorkerProtocol
{
    public const int Version = 1;
    public const string Hello = "kubelint-custom-rules";
    public const string LintMode = "lint";
    public const string ListMode = "list";

    /// <summary>A longer line is not ours: the parent stops reading rather than buffer it.</summary>
    public const int MaxLineChars = 4 * 1024 * 1024;

    public static string WriteRequest(string mode, LintOptions options, byte[]? standardInput) => Line(w =>
    {
        w.WriteNumber("protocol", Version);
        w.WriteString("mode", mode);
        w.WriteString("workingDirectory", options.WorkingDirectory);
        Strings(w, "paths", options.Paths);
        Strings(w, "exclude", options.Exclude);
        Strings(w, "context", options.Context);
        w.WriteBoolean("useIgnoreFiles", options.UseIgnoreFiles);
        w.WriteString("configFile", options.ConfigFile);
        w.WriteString("targetVersion", options.TargetVersion?.ToString());
        w.WriteString("namespace", options.Namespace);
        w.WriteBoolean("warningsAsErrors", options.WarningsAsErrors);
        if (options.Complete is { } complete)
        {
            w.WriteBoolean("complete", complete);
        }

        w.WriteString("cacheDirectory", options.CacheDirectory);
        w.WriteStartObject("properties");
        foreach (var (key, value) in options.Properties)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        if (options.Limits is { } limits)
        {
            w.WriteNumber("maxFileBytes", limits.MaxFileBytes);
        }

        if (standardInput is not null)
        {
            w.WriteBase64String("standardInput", standardInput);
        }
    });

    /// <summary>The lint options of a request; throws <see cref="FormatException"/> for a request of another version.</summary>
    public static LintOptions ReadRequest(string line, out string? mode)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.GetProperty("protocol").GetInt32() != Version)
        {
            throw new FormatException($"the parent speaks protocol {root.GetProperty("protocol")}, this worker {Version}");
        }

        mode = root.GetProperty("mode").GetString();
        var stdin = root.TryGetProperty("standardInput", out var input) ? input.GetBytesFromBase64() : null;
        return new LintOptions
        {
            WorkingDirectory = root.GetProperty("workingDirectory").GetString()!,
            Paths = StringsOf(root, "paths"),
            Exclude = StringsOf(root, "exclude"),
            Context = StringsOf(root, "context"),
            UseIgnoreFiles = root.GetProperty("useIgnoreFiles").GetBoolean(),
            ConfigFile = root.GetProperty("configFile").GetString(),
            TargetVersion = KubernetesVersion.TryParse(root.GetProperty("targetVersion").GetString(), out var version) ? version : null,
            Namespace = root.GetProperty("namespace").GetString(),
            WarningsAsErrors = root.GetProperty("warningsAsErrors").GetBoolean(),
            Complete = root.TryGetProperty("complete", out var complete) ? complete.GetBoolean() : null,
            CacheDirectory = root.GetProperty("cacheDirectory").GetString(),
            Properties = root.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal),
            Limits = root.TryGetProperty("maxFileBytes", out var max) ? Loading.LoadLimits.Default with { MaxFileBytes = max.GetInt64() } : null,
            OpenStandardInput = stdin is null ? null : () => new MemoryStream(stdin, writable: false),
        };
    }

    public static string HelloFrame() => Line(w =>
    {
        w.WriteString("t", Hello);
        w.WriteNumber("protocol", Version);
    });

    public static string RuleFrame(DiagnosticDescriptor d, string? source) => Line(w =>
    {
        w.WriteString("t", "rule");
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        w.WriteString("messageFormat", d.MessageFormat);
        w.WriteString("category", d.Category);
        w.WriteString("severity", d.DefaultSeverity.ToString());
        w.WriteBoolean("enabled", d.IsEnabledByDefault);
        w.WriteString("description", d.Description);
        w.WriteString("helpLink", d.HelpLinkUri);
        w.WriteString("source", source);
        w.WriteStartArray("options");
        foreach (var option in d.Options)
        {
            w.WriteStartObject();
            w.WriteString("name", option.Name);
            w.WriteString("kind", option.Kind.ToString());
            w.WriteString("description", option.Description);
            w.WriteString("default", option.DefaultText);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>A finding; <paramref name="objectIndex"/> is the index of its object among the workspace's objects, if it has one.</summary>
    public static string FindingFrame(Diagnostic d, int? objectIndex = null) => Line(w =>
    {
        w.WriteString("t", "finding");
        if (objectIndex is { } index && d.Subject is { } obj)
        {
            w.WriteNumber("object", index);
            w.WriteString("objectName", obj.DisplayName);
        }

        w.WriteString("id", d.Id);
        w.WriteString("severity", d.Severity.ToString());
        w.WriteString("message", d.Message);
        w.WritePropertyName("at");
        WriteLocation(w, d.Location);
        w.WriteStartArray("related");
        foreach (var related in d.AdditionalLocations)
        {
            WriteLocation(w, related);
        }

        w.WriteEndArray();
    });

    public static string DoneFrame(int analyzers, bool fromCache) => Line(w =>
    {
        w.WriteString("t", "done");
        w.WriteNumber("analyzers", analyzers);
        w.WriteBoolean("fromCache", fromCache);
    });

    public static string FatalFrame(string message) => Line(w =>
    {
        w.WriteString("t", "fatal");
        w.WriteString("message", message);
    });

    public static DiagnosticDescriptor ReadDescriptor(JsonElement frame, out string? source)
    {
        source = frame.GetProperty("source").GetString();
        return new DiagnosticDescriptor(
            frame.GetProperty("id").GetString()!,
            frame.GetProperty("title").GetString()!,
            frame.GetProperty("messageFormat").GetString()!,
            frame.GetProperty("category").GetString()!,
            Severity(frame),
            frame.GetProperty("enabled").GetBoolean(),
            frame.GetProperty("description").GetString(),
            frame.GetProperty("helpLink").GetString())
        {
            Options = ReadOptions(frame),
        };
    }

    /// <summary>The declared options of a rule frame, so the parent can check the configuration against them.</summary>
    private static RuleOption[] ReadOptions(JsonElement frame) =>
        frame.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? options.EnumerateArray().Select(o => RuleOption.Create(
                o.GetProperty("name").GetString()!,
                Enum.Parse<RuleOptionKind>(o.GetProperty("kind").GetString()!),
                o.GetProperty("description").GetString() ?? string.Empty,
                o.GetProperty("default").GetString())).ToArray()
            : [];

    public static DiagnosticSeverity Severity(JsonElement frame) =>
        Enum.TryParse<DiagnosticSeverity>(frame.GetProperty("severity").GetString(), out var severity) && Enum.IsDefined(severity)
            ? severity
            : throw new FormatException($"unknown severity {frame.GetProperty("severity")}");

    public static Location ReadLocation(JsonElement at) => new(
        at.GetProperty("path").GetString()!,
        at.GetProperty("fullPath").GetString()!,
        new SourceSpan(
            new SourcePosition(at.GetProperty("line").GetInt32(), at.GetProperty("column").GetInt32()),
            new SourcePosition(at.GetProperty("endLine").GetInt32(), at.GetProperty("endColumn").GetInt32())));

    private static void WriteLocation(Utf8JsonWriter w, Location location)
    {
        w.WriteStartObject();
        w.WriteString("path", location.Path);
        w.WriteString("fullPath", location.FullPath);
        w.WriteNumber("line", location.Start.Line);
        w.WriteNumber("column", location.Start.Column);
        w.WriteNumber("endLine", location.End.Line);
        w.WriteNumber("endColumn", location.End.Column);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static List<string> StringsOf(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>One object on one line: the writer escapes line breaks inside strings, so a frame never spans two.</summary>
    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
