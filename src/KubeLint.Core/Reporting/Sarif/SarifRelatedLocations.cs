using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>
/// GitHub code scanning shows a related location only when the result's message links to it, as
/// <c>[text](id)</c> with the related location's <c>id</c> (SARIF 2.1.0 §3.11.6, embedded links), and shows each
/// related location's own <c>message</c> beside it. The link text and that message name the object at the location
/// (<c>Deployment/web</c>), else its file and line.
/// </summary>
internal sealed class SarifRelatedLocations(IReadOnlyList<SourceFile> files)
{
    private readonly Dictionary<string, SourceFile> _files = files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);

    /// <summary>What a related location is: the object whose tree holds it, else <c>path:line</c>.</summary>
    public string Describe(Location location)
    {
        if (_files.TryGetValue(location.FullPath, out var file))
        {
            foreach (var document in file.Documents)
            {
                foreach (var obj in document.Objects)
                {
                    if (obj.File.FullPath == location.FullPath && obj.Root.Span.Contains(location.Start))
                    {
                        return obj.DisplayName;
                    }
                }
            }
        }

        return $"{location.Path}:{location.Start.Line}";
    }

    /// <summary>The message with SARIF's brackets escaped (a plain bracket would read as a link) and one link per
    /// related location: <c>… (related: [Deployment/web](1))</c>.</summary>
    public static string MessageWithLinks(string message, IReadOnlyList<string> descriptions)
    {
        var text = new StringBuilder(message.Length + 32 * descriptions.Count);
        Escape(text, message);
        text.Append(" (related: ");
        for (var i = 0; i < descriptions.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append('[');
            Escape(text, descriptions[i]);
            text.Append("](").Append(i + 1).Append(')');
        }

        return text.Append(')').ToString();
    }

    private static void Escape(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (c is '[' or ']' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }
    }
}
