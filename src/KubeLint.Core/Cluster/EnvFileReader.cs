using System.Text;
using KubeLint.Core.Model;

namespace KubeLint.Core.Cluster;

/// <summary>
/// Reads cluster flags from shell-style environment files (<c>/etc/kubernetes/apiserver</c>,
/// <c>/etc/kubernetes/kubelet</c>: <c>KEY="--flag=value --flag2 value2"</c>) and systemd units or
/// drop-ins (<c>Environment="KUBELET_ARGS=…"</c>, <c>ExecStart=/usr/bin/kubelet … --cluster-dns=…</c>).
/// Quotes, backslash escapes, comments and backslash continuation lines are handled; every character
/// keeps its source offset so each fact points at its own line and column.
/// </summary>
internal static class EnvFileReader
{
    private static readonly string[] SystemdKeys = ["Environment=", "ExecStart=", "ExecStartPre=", "ExecStartPost="];

    /// <summary>The facts of the file, and whether it looked like such a file at all (at least one assignment).</summary>
    public static (List<RawFact> Facts, bool Recognised) Read(SourceFile file, int level)
    {
        var facts = new List<RawFact>();
        var recognised = false;
        var text = file.Text!.Text;
        var i = 0;
        while (i < text.Length)
        {
            var (words, systemdKey, next) = ReadLogicalLine(text, i);
            i = next;
            if (words.Count == 0)
            {
                continue;
            }

            var commandLine = new List<SourceWord>();
            foreach (var (chars, offsets) in words)
            {
                var word = chars.ToString();
                var assignment = systemdKey == "ExecStart" ? -1 : AssignmentLength(word);
                if (assignment > 0)
                {
                    recognised = true;
                    commandLine.AddRange(SplitWhitespace(file, word, offsets, assignment));
                }
                else if (systemdKey is not null || word != "export")
                {
                    commandLine.Add(SourceWord.FromOffsets(file, word, offsets));
                }
            }

            recognised |= systemdKey is not null;
            facts.AddRange(FlagScanner.Scan(commandLine, level, file.Path));
        }

        return (facts, recognised);
    }

    /// <summary>Length of <c>NAME=</c> at the start of a word, or -1.</summary>
    private static int AssignmentLength(string word)
    {
        var equals = word.IndexOf('=');
        if (equals <= 0 || !(char.IsAsciiLetter(word[0]) || word[0] == '_'))
        {
            return -1;
        }

        for (var k = 1; k < equals; k++)
        {
            if (!char.IsAsciiLetterOrDigit(word[k]) && word[k] != '_')
            {
                return -1;
            }
        }

        return equals + 1;
    }

    /// <summary>An assignment's value split as the shell splits an unquoted <c>$VAR</c>.</summary>
    private static IEnumerable<SourceWord> SplitWhitespace(SourceFile file, string word, List<int> offsets, int from)
    {
        var start = -1;
        for (var k = from; k <= word.Length; k++)
        {
            var space = k == word.Length || char.IsWhiteSpace(word[k]);
            if (space && start >= 0)
            {
                yield return SourceWord.FromOffsets(file, word[start..k], offsets.GetRange(start, k - start));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = k;
            }
        }
    }

    /// <summary>Reads words up to an unescaped, unquoted line end; skips comments and section headers.</summary>
    private static (List<(StringBuilder Chars, List<int> Offsets)> Words, string? SystemdKey, int Next) ReadLogicalLine(string text, int i)
    {
        var words = new List<(StringBuilder, List<int>)>();
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] is '#' or ';' or '[')
        {
            var end = text.IndexOf('\n', i);
            return (words, null, end < 0 ? text.Length : end + 1);
        }

        string? systemdKey = null;
        foreach (var key in SystemdKeys)
        {
            if (string.CompareOrdinal(text, i, key, 0, key.Length) == 0)
            {
                systemdKey = key[..^1].StartsWith("Exec", StringComparison.Ordinal) ? "ExecStart" : "Environment";
                i += key.Length;
                while (i < text.Length && text[i] is '-' or '@' or '+' or '!' or ':')
                {
                    i++; // ExecStart prefixes such as "-" (ignore failure)
                }

                break;
            }
        }

        StringBuilder? chars = null;
        List<int>? offsets = null;
        void Add(char c, int at)
        {
            if (chars is null)
            {
                chars = new StringBuilder();
                offsets = [];
                words.Add((chars, offsets));
            }

            chars.Append(c);
            offsets!.Add(at);
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += c == '\r' ? 2 : 1;
                break;
            }

            if (c is ' ' or '\t' or '\r')
            {
                chars = null;
                i++;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                var continuation = ContinuationLength(text, i);
                if (continuation > 0)
                {
                    chars = null;
                    i += continuation;
                }
                else
                {
                    Add(text[i + 1], i + 1);
                    i += 2;
                }
            }
            else if (c == '#' && chars is null)
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '\'')
            {
                i++;
                for (; i < text.Length && text[i] != '\''; i++)
                {
                    Add(text[i], i);
                }

                i++;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        var continuation = ContinuationLength(text, i);
                        if (continuation > 0)
                        {
                            Add(' ', i);
                            i += continuation;
                            continue;
                        }

                        if (text[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }
                    }

                    Add(text[i], i);
                    i++;
                }

                i++;
            }
            else
            {
                Add(c, i);
                i++;
            }
        }

        words.RemoveAll(w => w.Item1.Length == 0);
        return (words, systemdKey, i);
    }

    /// <summary>Length of a backslash-newline at <paramref name="i"/>, or 0.</summary>
    private static int ContinuationLength(string text, int i) =>
        text[i + 1] == '\n' ? 2 : text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n' ? 3 : 0;
}
