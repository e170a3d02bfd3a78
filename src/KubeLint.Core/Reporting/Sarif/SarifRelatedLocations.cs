using System.Text;
using KubeLint.Core.Collections;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>
/// GitHub code scanning shows a related location only when the result's message links to it, as
/// <c>[text](id)</c> with the related location's <c>id</c> (SARIF 2.1.0 §3.11.6, embedded links), and shows each
/// related location's own <c>message</c> beside it. The link text and that message name the object at the location
/// (<c>Deployment/web</c>), else its file and line.
/// </summary>
/// <remarks>The objects are read from the index's records (file, root span, name), not from the documents, so
/// that describing a location needs no tree.</remarks>
internal sealed class SarifRelatedLocations(Workspace workspace)
{
    // By file, in input order; built on the first related location (most results have none).
    private Dictionary<string, List<ObjectRecord>>? _objectsByFile;

    /// <summary>What a related location is: the first object of its file whose mapping spans it, else <c>path:line</c>.</summary>
    public string Describe(Location location)
    {
        _objectsByFile ??= ByFile(workspace.Index.Records);
        if (_objectsByFile.TryGetValue(location.FullPath, out var objects))
        {
            foreach (var obj in objects)
            {
                if (obj.RootLocation.Span.Contains(location.Start))
                {
                    return obj.DisplayName;
                }
            }
        }

        return $"{location.Path}:{location.Start.Line}";
    }

    private static Dictionary<string, List<ObjectRecord>> ByFile(IReadOnlyList<ObjectRecord> records)
    {
        var byFile = new Dictionary<string, List<ObjectRecord>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            byFile.AddToList(record.FileFullPath, record);
        }

        return byFile;
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
