using System.Text;
using System.Text.RegularExpressions;

namespace KubeLint.Core.Engine;

/// <summary>Path globs: <c>**</c> spans folders, <c>*</c> and <c>?</c> stay within one; a pattern without
/// <c>/</c> matches a file or folder name at any depth, as in <c>.gitignore</c>.</summary>
/// <remarks>Compiled to a non-backtracking regex: a pattern such as <c>**a**a**a**b</c> would otherwise take
/// exponential time on a long name; this way matching is linear in the path's length.</remarks>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var normalized = pattern.Replace('\\', '/').TrimStart('/');
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        var anyDepth = !normalized.TrimEnd('/').Contains('/');
        var body = Translate(normalized.TrimEnd('/'));
        _regex = new Regex(anyDepth ? $"(^|/){body}(/|$)" : $"^{body}(/|$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    /// <summary>Matches a path relative to the working folder, with <c>/</c> separators.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    private static string Translate(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    sb.Append("(.*/)?");
                }
                else
                {
                    sb.Append(".*");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }
}
