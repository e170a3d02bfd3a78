using System.Globalization;
using System.Text;
using System.Xml;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>
/// JUnit XML for CI systems that chart test results: one <c>testsuite</c> per file, a failing
/// <c>testcase</c> per finding at or above <c>--fail-on</c>, a passing one (its message in <c>system-out</c>) per
/// finding below it, so that a lint that exits 0 gives a green report; a passing one for a clean file, a skipped one
/// per suppressed finding.
/// </summary>
internal sealed class JUnitReporter : IReporter
{
    private const string WorkspaceSuite = "(workspace)";

    public string Name => "junit";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        var suites = new SortedDictionary<string, (List<Diagnostic> Findings, List<Diagnostic> Skipped)>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            suites[file.Path] = ([], []);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Suite(suites, diagnostic).Findings.Add(diagnostic);
        }

        foreach (var diagnostic in result.Suppressed.Where(d => d.Severity != DiagnosticSeverity.Hidden))
        {
            Suite(suites, diagnostic).Skipped.Add(diagnostic);
        }

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", ToolInfo.Name);
            var total = suites.Values.Sum(s => Math.Max(1, s.Findings.Count + s.Skipped.Count));
            xml.WriteAttributeString("tests", Number(total));
            xml.WriteAttributeString("failures", Number(result.Diagnostics.Count(d => d.Severity >= options.FailOn)));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("time", Seconds(result.Elapsed));
            foreach (var (path, suite) in suites)
            {
                WriteSuite(xml, path, suite.Findings, suite.Skipped, options.FailOn);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static (List<Diagnostic> Findings, List<Diagnostic> Skipped) Suite(SortedDictionary<string, (List<Diagnostic>, List<Diagnostic>)> suites, Diagnostic diagnostic)
    {
        var path = string.IsNullOrEmpty(diagnostic.Location.Path) ? WorkspaceSuite : diagnostic.Location.Path;
        if (!suites.TryGetValue(path, out var suite))
        {
            suites[path] = suite = ([], []);
        }

        return suite;
    }

    private static void WriteSuite(XmlWriter xml, string path, List<Diagnostic> findings, List<Diagnostic> skipped, DiagnosticSeverity failOn)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(path));
        xml.WriteAttributeString("tests", Number(Math.Max(1, findings.Count + skipped.Count)));
        xml.WriteAttributeString("failures", Number(findings.Count(d => d.Severity >= failOn)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(skipped.Count));
        if (findings.Count == 0 && skipped.Count == 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", "no findings");
            xml.WriteAttributeString("classname", Clean(path));
            xml.WriteEndElement();
        }

        foreach (var diagnostic in findings)
        {
            WriteCase(xml, path, diagnostic);
            var text = Clean($"{diagnostic.Location.Path}({diagnostic.Location.Start.Line},{diagnostic.Location.Start.Column}): {diagnostic.Severity.ToWord()} {diagnostic.Id}: {diagnostic.Message}{Environment.NewLine}{diagnostic.Descriptor.HelpLinkUri}");
            if (diagnostic.Severity >= failOn)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(diagnostic.Message));
                xml.WriteAttributeString("type", $"{diagnostic.Id} {diagnostic.Severity.ToWord()}");
                xml.WriteString(text);
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteElementString("system-out", text); // below --fail-on: reported, not failed
            }

            xml.WriteEndElement();
        }

        foreach (var diagnostic in skipped)
        {
            WriteCase(xml, path, diagnostic);
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", Clean($"suppressed: {diagnostic.SuppressionJustification ?? "no justification given"}"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, string path, Diagnostic diagnostic)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", Clean($"{diagnostic.Id} at {diagnostic.Location.Start.Line}:{diagnostic.Location.Start.Column}: {diagnostic.Descriptor.Title}"));
        xml.WriteAttributeString("classname", Clean(path));
    }

    /// <summary>XML 1.0 cannot carry some characters at all (most C0 controls, lone surrogates):
    /// replace them so a hostile manifest cannot make the report unreadable.</summary>
    internal static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
