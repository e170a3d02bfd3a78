using System.Text.Json;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>The JSON contract documented in the README; fields are only ever added, never renamed.</summary>
internal sealed class JsonReporter : IReporter
{
    public string Name => "json";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        using var output = new JsonTextOutput(writer);
        var json = output.Json;
        json.WriteStartObject();
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("kubernetesVersion", result.Options.TargetVersion.ToString());
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic, result);
            output.Drain();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", result.Files.Count);
        json.WriteNumber("documents", result.DocumentCount);
        json.WriteNumber("objects", result.ObjectCount);
        json.WriteNumber("errors", result.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", result.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("infos", result.Count(DiagnosticSeverity.Info));
        json.WriteNumber("suppressed", result.Suppressed.Count);
        json.WriteNumber("skipped", result.Skipped.Count);
        json.WriteNumber("contextFiles", result.ContextFileCount);
        json.WriteNumber("elapsedMs", (long)result.Elapsed.TotalMilliseconds);
        json.WriteStartArray("missingClusterFacts");
        foreach (var fact in result.Cluster.MissingFacts)
        {
            json.WriteStringValue(fact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        output.Finish();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, LintResult result)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToWord());
        json.WriteString("message", diagnostic.Message);
        json.WriteString("file", location.Path);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
        if (diagnostic.Subject is { } obj)
        {
            json.WriteStartObject("object");
            json.WriteString("apiVersion", obj.ApiVersion);
            json.WriteString("kind", obj.Kind);
            json.WriteString("namespace", obj.EffectiveNamespace);
            json.WriteString("name", obj.Name);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("object");
        }

        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var related in diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteString("file", related.Path);
                json.WriteNumber("line", related.Start.Line);
                json.WriteNumber("column", related.Start.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteFixes(json, result, diagnostic);
        json.WriteEndObject();
    }

    /// <summary>What <c>kubelint fix</c> would do, each fix with its edits as character offsets into the
    /// file's text (after any byte order mark) and as lines and columns.</summary>
    private static void WriteFixes(Utf8JsonWriter json, LintResult result, Diagnostic diagnostic)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in Fixes.CodeFixes.For(result, diagnostic))
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteString("equivalenceKey", fix.EquivalenceKey);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                var (start, end) = Fixes.CodeFixes.PositionsOf(result, edit);
                json.WriteStartObject();
                json.WriteString("file", diagnostic.Location.Path);
                json.WriteNumber("offset", edit.Start);
                json.WriteNumber("length", edit.Length);
                json.WriteNumber("line", start.Line);
                json.WriteNumber("column", start.Column);
                json.WriteNumber("endLine", end.Line);
                json.WriteNumber("endColumn", end.Column);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
