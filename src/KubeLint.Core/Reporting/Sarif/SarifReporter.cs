using System.Text;
using System.Text.Json;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule that ran with its help,
/// results at exact regions relative to <c>%SRCROOT%</c>, related locations, stable fingerprints,
/// suppressed findings with their justification, and engine problems as notifications.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";

    private readonly int _maxResults;

    public SarifReporter()
        : this(SarifResultSelection.GitHubMaxResults)
    {
    }

    /// <summary>A reporter with another result cap (tests use a small one).</summary>
    public SarifReporter(int maxResults)
    {
        _maxResults = maxResults;
    }

    public string Name => "sarif";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        var root = SourceRoot.OfFiles(result.Files, options.WorkingDirectory);
        var rules = RulesOf(result);
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        var files = result.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);

        // Findings with no file (a rule that failed on the whole workspace) cannot be results:
        // code scanning needs a location. They are reported as notifications instead.
        var candidates = result.Diagnostics
            .Concat(result.Suppressed.Where(d => d.Severity != DiagnosticSeverity.Hidden))
            .Where(d => HasFile(d.Location))
            .ToList();
        var (kept, omitted) = SarifResultSelection.Select(candidates, _maxResults);

        // Streamed to the writer as results are written (JsonTextOutput), the output is never held whole.
        using (var output = new JsonTextOutput(writer))
        {
            var json = output.Json;
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, result, root, ruleIndex, omitted);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", root.Uri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var fingerprints = new SarifFingerprint(files);
            var relatedLocations = new SarifRelatedLocations(result.Workspace);
            foreach (var diagnostic in kept)
            {
                WriteResult(json, result, diagnostic, ruleIndex, root, fingerprints, relatedLocations);
                output.Drain();
            }

            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("kubernetesVersion", result.Options.TargetVersion.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            output.Finish();
        }
    }

    /// <summary>Every rule that ran (not those switched off for the whole run, issue #16), plus any rule a finding
    /// names that is not among them.</summary>
    private static List<DiagnosticDescriptor> RulesOf(LintResult result)
    {
        var rules = result.RulesRun.ToList();
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics.Concat(result.Suppressed))
        {
            if (known.Add(diagnostic.Id))
            {
                rules.Add(diagnostic.Descriptor);
            }
        }

        return rules;
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "KubeLint");
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", RuleHelp.RepositoryUrl);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Title));
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpLinkUri);

        // GitHub shows `help`, not `helpUri`: both forms carry the link to the rule's page.
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description}{Environment.NewLine}{Environment.NewLine}Documentation: {rule.HelpLinkUri}");
        var page = RuleHelp.ReadPage(rule.Id)?.TrimEnd() ?? $"# {rule.Id}: {rule.Title}{Environment.NewLine}{Environment.NewLine}{rule.Description}";
        json.WriteString("markdown", $"{RuleHelp.WithAbsoluteLinks(page)}{Environment.NewLine}{Environment.NewLine}[{rule.Id} documentation]({rule.HelpLinkUri})");
        json.WriteEndObject();

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifRuleMetadata.Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in SarifRuleMetadata.Tags(rule))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("category", rule.Category);
        json.WriteString("precision", SarifRuleMetadata.Precision(rule));
        json.WriteString("problem.severity", SarifRuleMetadata.ProblemSeverity(rule.DefaultSeverity));
        if (SarifRuleMetadata.SecuritySeverity(rule) is { } score)
        {
            json.WriteString("security-severity", score);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, LintResult result, SourceRoot root, Dictionary<string, int> ruleIndex, int omitted)
    {
        var engineFindings = result.Diagnostics.Where(d => d.Descriptor.Category == RuleCategories.Engine).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();

        // A rule that crashed (KL9003) means the analysis is incomplete.
        json.WriteBoolean("executionSuccessful", !engineFindings.Any(d => d.Id == Rules.Engine.KL9003AnalyzerFailed.Rule.Id));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var finding in engineFindings)
        {
            json.WriteStartObject();
            WriteText(json, "message", finding.Message);
            json.WriteString("level", SarifRuleMetadata.Level(finding.Severity));
            json.WriteStartObject("associatedRule");
            json.WriteString("id", finding.Id);
            if (ruleIndex.TryGetValue(finding.Id, out var index))
            {
                json.WriteNumber("index", index);
            }

            json.WriteEndObject();
            if (HasFile(finding.Location))
            {
                json.WriteStartArray("locations");
                WriteLocation(json, finding.Location, root, null);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        var outside = result.Files.Count(f => Path.IsPathFullyQualified(f.FullPath) && f.Path != InputResolver.StandardInputPath && root.Relative(f.FullPath) is null);
        if (outside > 0)
        {
            // Code scanning shows only results inside the repository it analyses.
            json.WriteStartObject();
            WriteText(json, "message", $"{outside} linted {(outside == 1 ? "file lies" : "files lie")} outside the repository at {root.Path} (%SRCROOT%); {(outside == 1 ? "its" : "their")} results carry absolute file: URIs, which GitHub code scanning does not show.");
            json.WriteString("level", "warning");
            json.WriteEndObject();
        }

        if (omitted > 0)
        {
            json.WriteStartObject();
            WriteText(json, "message", $"{omitted} results were left out: GitHub code scanning accepts at most {SarifResultSelection.GitHubMaxResults} per run, so the most severe were kept.");
            json.WriteString("level", "warning");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, LintResult result, Diagnostic diagnostic, Dictionary<string, int> ruleIndex, SourceRoot root, SarifFingerprint fingerprints, SarifRelatedLocations relatedLocations)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Id]);
        json.WriteString("level", SarifRuleMetadata.Level(diagnostic.Severity));
        var related = diagnostic.AdditionalLocations.Where(HasFile).ToList();
        var descriptions = related.ConvertAll(relatedLocations.Describe);
        WriteText(json, "message", related.Count == 0 ? diagnostic.Message : SarifRelatedLocations.MessageWithLinks(diagnostic.Message, descriptions));
        json.WriteStartArray("locations");
        WriteLocation(json, diagnostic.Location, root, null);
        json.WriteEndArray();

        if (related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < related.Count; i++)
            {
                WriteLocation(json, related[i], root, i + 1, descriptions[i]);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("primaryLocationLineHash", fingerprints.Next(diagnostic));
        json.WriteEndObject();
        WriteFixes(json, result, diagnostic, root);

        if (diagnostic.IsSuppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("status", "accepted");
            if (!string.IsNullOrWhiteSpace(diagnostic.SuppressionJustification))
            {
                json.WriteString("justification", diagnostic.SuppressionJustification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (diagnostic.Subject is { } obj)
        {
            json.WriteStartObject("properties");
            json.WriteString("apiVersion", obj.ApiVersion);
            json.WriteString("kind", obj.Kind);
            json.WriteString("namespace", obj.EffectiveNamespace);
            if (obj.Name is not null)
            {
                json.WriteString("name", obj.Name);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>SARIF 2.1.0 §3.55 fixes: one artifactChange per fix (a fix edits only its finding's file), each edit a
    /// replacement whose deletedRegion has both lines and columns and charOffset/charLength (§3.30), so viewers can apply it.</summary>
    private static void WriteFixes(Utf8JsonWriter json, LintResult result, Diagnostic diagnostic, SourceRoot root)
    {
        var fixes = Fixes.CodeFixes.For(result, diagnostic);
        if (fixes.Count == 0)
        {
            return;
        }

        json.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            WriteText(json, "description", fix.Title);
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifactLocation(json, diagnostic.Location, root);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                var (start, end) = Fixes.CodeFixes.PositionsOf(result, edit);
                json.WriteStartObject();
                json.WriteStartObject("deletedRegion");
                json.WriteNumber("startLine", start.Line);
                json.WriteNumber("startColumn", start.Column);
                json.WriteNumber("endLine", end.Line);
                json.WriteNumber("endColumn", end.Column);
                json.WriteNumber("charOffset", edit.Start);
                json.WriteNumber("charLength", edit.Length);
                json.WriteEndObject();
                if (edit.NewText.Length > 0)
                {
                    WriteText(json, "insertedContent", edit.NewText);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, SourceRoot root, int? id, string? message = null)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        if (message is not null)
        {
            WriteText(json, "message", message);
        }

        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, location, root);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, location.Start.Line));
        json.WriteNumber("startColumn", Math.Max(1, location.Start.Column));
        var end = location.End < location.Start ? location.Start : location.End;
        json.WriteNumber("endLine", Math.Max(1, end.Line));
        json.WriteNumber("endColumn", Math.Max(1, end.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, Location location, SourceRoot root)
    {
        json.WriteStartObject("artifactLocation");
        if (root.Relative(location.FullPath) is { } relative)
        {
            json.WriteString("uri", SourceRoot.ToUriReference(relative));
            json.WriteString("uriBaseId", SourceRootId);
        }
        else if (Path.IsPathFullyQualified(location.FullPath))
        {
            json.WriteString("uri", new Uri(location.FullPath).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", SourceRoot.ToUriReference(location.Path.Replace('\\', '/')));
        }

        json.WriteEndObject();
    }

    private static bool HasFile(Location location) => !string.IsNullOrEmpty(location.Path);

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's <c>name</c> is an identifier-like form of the title: "Duplicate key in a mapping" → "DuplicateKeyInAMapping".</summary>
    internal static string PascalName(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }
}
