using System.Security.Cryptography;
using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>
/// <c>partialFingerprints.primaryLocationLineHash</c>: identifies a finding across commits so that
/// code scanning keeps one alert open instead of closing and reopening it when lines move.
/// </summary>
/// <remarks>
/// The hash covers the rule, the object's identity (kind, namespace, name; the file for findings
/// about no object) and the text of the finding's first line with whitespace collapsed — never the
/// line number, so inserting lines above a finding or re-indenting it keeps the fingerprint.
/// Identical inputs within one run are told apart by a <c>:N</c> occurrence suffix, the form GitHub uses.
/// </remarks>
internal sealed class SarifFingerprint
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, SourceFile> _files;

    public SarifFingerprint(IReadOnlyDictionary<string, SourceFile> filesByFullPath)
    {
        _files = filesByFullPath;
    }

    /// <summary>The next fingerprint; call in a deterministic order (the results' order).</summary>
    public string Next(Diagnostic diagnostic)
    {
        var hash = Hash(diagnostic.Id, Identity(diagnostic), NormalisedLine(diagnostic));
        var occurrence = _occurrences[hash] = _occurrences.GetValueOrDefault(hash) + 1;
        return $"{hash}:{occurrence}";
    }

    public static string Hash(string ruleId, string identity, string lineText)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId}\n{identity}\n{lineText}"));
        return Convert.ToHexStringLower(bytes, 0, 8);
    }

    private static string Identity(Diagnostic diagnostic) => diagnostic.Subject is { } obj
        ? $"{obj.Kind}/{obj.EffectiveNamespace}/{obj.Name}"
        : diagnostic.Location.Path;

    private string NormalisedLine(Diagnostic diagnostic)
    {
        if (!_files.TryGetValue(diagnostic.Location.FullPath, out var file) || file.Text is not { } text)
        {
            return string.Empty;
        }

        var line = text.GetLine(diagnostic.Location.Start.Line);
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
