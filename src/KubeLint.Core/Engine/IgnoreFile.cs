namespace KubeLint.Core.Engine;

/// <summary>
/// One <c>.gitignore</c>, read as git reads it (git's Documentation/gitignore.adoc; matching in dir.c,
/// <c>match_pathspec</c>/<c>last_matching_pattern_from_list</c>): blank lines and <c>#</c> comments skipped, trailing
/// spaces dropped, <c>\</c> escapes; <c>!</c> re-includes; a trailing <c>/</c> matches folders only; a pattern with a
/// <c>/</c> at its start or in its middle is anchored to the file's folder, one without matches a name at any depth;
/// <c>**</c> as a whole segment spans folders; <c>*</c>, <c>?</c> and <c>[...]</c> stay within one name. The last
/// matching line wins. No git binary is run: the walk reads the files.
/// </summary>
/// <remarks>Matching simulates every position of the pattern at once (a set of states per segment and per character),
/// so a path costs its length times the pattern's, never a backtracking search.</remarks>
internal sealed class IgnoreFile
{
    private readonly List<IgnorePattern> _patterns;

    private IgnoreFile(string folder, List<IgnorePattern> patterns)
    {
        Folder = folder;
        _patterns = patterns;
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Folder { get; }

    public static IgnoreFile Parse(string folder, string text)
    {
        var patterns = new List<IgnorePattern>();
        foreach (var raw in text.Split('\n'))
        {
            if (IgnorePattern.TryParse(raw.TrimEnd('\r'), out var pattern))
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreFile(folder, patterns);
    }

    public static IgnoreFile? Read(string folder)
    {
        try
        {
            return Parse(folder, Loading.RegularFile.ReadAllText(Path.Combine(folder, ".gitignore")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // An unreadable .gitignore ignores nothing, as git does.
        }
    }

    /// <summary>
    /// The repository's <c>info/exclude</c> (gitignore syntax, rooted at the repository's root <paramref name="root"/>,
    /// below every <c>.gitignore</c> in precedence: git's Documentation/gitignore.adoc, and dir.c
    /// <c>setup_standard_excludes</c>), or null when there is none. <c>.git</c> is a folder, or in a linked worktree a
    /// file <c>gitdir: PATH</c> whose folder names the shared one in <c>commondir</c>; <c>info/</c> is shared by
    /// every worktree (git's path.c, <c>common_list</c>).
    /// </summary>
    public static IgnoreFile? ReadExclude(string root)
    {
        try
        {
            var gitDir = Path.Combine(root, ".git");
            if (File.Exists(gitDir))
            {
                var line = Loading.RegularFile.ReadAllText(gitDir).Trim();
                if (!line.StartsWith("gitdir:", StringComparison.Ordinal))
                {
                    return null;
                }

                gitDir = Path.GetFullPath(line["gitdir:".Length..].Trim(), root);
                var commonDir = Path.Combine(gitDir, "commondir");
                if (File.Exists(commonDir))
                {
                    gitDir = Path.GetFullPath(Loading.RegularFile.ReadAllText(commonDir).Trim(), gitDir);
                }
            }

            var exclude = Path.Combine(gitDir, "info", "exclude");
            return File.Exists(exclude) ? Parse(root, Loading.RegularFile.ReadAllText(exclude)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // An unreadable exclude file ignores nothing, as git does.
        }
    }

    /// <summary>True when ignored, false when re-included by <c>!</c>, null when no line matches.</summary>
    /// <param name="relativeSegments">The path's names relative to <see cref="Folder"/>.</param>
    /// <param name="isFolder">Whether the path is a folder (a pattern ending in <c>/</c> matches only those).</param>
    public bool? Match(string[] relativeSegments, bool isFolder)
    {
        for (var i = _patterns.Count - 1; i >= 0; i--)
        {
            var pattern = _patterns[i];
            if (pattern.IsMatch(relativeSegments, isFolder))
            {
                return !pattern.Negated;
            }
        }

        return null;
    }
}

/// <summary>One line of a <c>.gitignore</c>, split into segments.</summary>
internal sealed class IgnorePattern
{
    private const string AnySegments = "**";

    private readonly string[] _segments;
    private readonly bool _anchored;
    private readonly bool _foldersOnly;

    private IgnorePattern(string[] segments, bool anchored, bool foldersOnly, bool negated)
    {
        _segments = segments;
        _anchored = anchored;
        _foldersOnly = foldersOnly;
        Negated = negated;
    }

    public bool Negated { get; }

    public static bool TryParse(string line, out IgnorePattern pattern)
    {
        pattern = null!;
        line = TrimTrailingSpaces(line);
        if (line.Length == 0 || line[0] == '#')
        {
            return false;
        }

        var negated = line[0] == '!';
        if (negated)
        {
            line = line[1..];
        }

        var foldersOnly = line.EndsWith('/');
        line = line.TrimEnd('/');
        if (line.Length == 0)
        {
            return false;
        }

        // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
        var anchored = line.Contains('/');
        var segments = line.TrimStart('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        pattern = new IgnorePattern(segments, anchored, foldersOnly, negated);
        return true;
    }

    public bool IsMatch(string[] path, bool isFolder)
    {
        if (_foldersOnly && !isFolder)
        {
            return false;
        }

        return _anchored ? MatchSegments(path) : path.Length > 0 && MatchName(_segments[0], path[^1]);
    }

    /// <summary>Pattern segments against path segments; <c>**</c> takes any number of them.</summary>
    private bool MatchSegments(string[] path)
    {
        var states = new bool[_segments.Length + 1];
        var next = new bool[_segments.Length + 1];
        states[0] = true;
        Close(states);
        foreach (var name in path)
        {
            Array.Clear(next);
            for (var s = 0; s < _segments.Length; s++)
            {
                if (!states[s])
                {
                    continue;
                }

                if (_segments[s] == AnySegments)
                {
                    next[s] = true;
                }
                else if (MatchName(_segments[s], name))
                {
                    next[s + 1] = true;
                }
            }

            Close(next);
            (states, next) = (next, states);
        }

        return states[_segments.Length];
    }

    /// <summary>A <c>**</c> segment may take no path segment at all.</summary>
    private void Close(bool[] states)
    {
        for (var s = 0; s < _segments.Length; s++)
        {
            if (states[s] && _segments[s] == AnySegments)
            {
                states[s + 1] = true;
            }
        }
    }

    /// <summary>One name against one segment with <c>*</c>, <c>?</c>, <c>[...]</c> and <c>\</c> escapes.</summary>
    internal static bool MatchName(string glob, string name)
    {
        // Positions in the glob that are alive; a '*' position stays alive on any character.
        var states = new bool[glob.Length + 1];
        var next = new bool[glob.Length + 1];
        states[0] = true;
        CloseStars(glob, states);
        foreach (var c in name)
        {
            Array.Clear(next);
            var any = false;
            for (var p = 0; p < glob.Length; p++)
            {
                if (!states[p])
                {
                    continue;
                }

                switch (glob[p])
                {
                    case '*':
                        next[p] = any = true;
                        break;
                    case '?':
                        next[p + 1] = any = true;
                        break;
                    case '[':
                        var end = ClassEnd(glob, p);
                        if (end < 0)
                        {
                            if (c == '[')
                            {
                                next[p + 1] = any = true;
                            }
                        }
                        else if (InClass(glob, p + 1, end, c))
                        {
                            next[end + 1] = any = true;
                        }

                        break;
                    case '\\' when p + 1 < glob.Length:
                        if (glob[p + 1] == c)
                        {
                            next[p + 2] = any = true;
                        }

                        break;
                    default:
                        if (glob[p] == c)
                        {
                            next[p + 1] = any = true;
                        }

                        break;
                }
            }

            if (!any)
            {
                return false;
            }

            CloseStars(glob, next);
            (states, next) = (next, states);
        }

        return states[glob.Length];
    }

    private static void CloseStars(string glob, bool[] states)
    {
        for (var p = 0; p < glob.Length; p++)
        {
            if (states[p] && glob[p] == '*')
            {
                states[p + 1] = true;
            }
        }
    }

    /// <summary>The index of the <c>]</c> closing the class opened at <paramref name="open"/>, or -1.</summary>
    private static int ClassEnd(string glob, int open)
    {
        var i = open + 1;
        if (i < glob.Length && glob[i] is '!' or '^')
        {
            i++;
        }

        if (i < glob.Length && glob[i] == ']')
        {
            i++; // A ']' first in the class is a member.
        }

        for (; i < glob.Length; i++)
        {
            if (glob[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool InClass(string glob, int start, int end, char c)
    {
        var negated = glob[start] is '!' or '^';
        if (negated)
        {
            start++;
        }

        var found = false;
        for (var i = start; i < end; i++)
        {
            if (i + 2 < end && glob[i + 1] == '-')
            {
                found |= c >= glob[i] && c <= glob[i + 2];
                i += 2;
            }
            else
            {
                found |= glob[i] == c;
            }
        }

        return found != negated;
    }

    /// <summary>Trailing spaces are dropped unless escaped with a backslash.</summary>
    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }
}
