namespace KubeLint.Cli;

/// <summary>One <c>--format</c> with the <c>--output</c> that follows it (null: standard output).</summary>
internal sealed record OutputTarget(string Format, string? Path)
{
    /// <summary>Pairs each <c>--output</c> with the <c>--format</c> before it, so that
    /// <c>--format text --format sarif --output x.sarif</c> prints text and writes SARIF. Refused (<paramref name="error"/>
    /// set): an <c>--output</c> with no <c>--format</c> of its own before it (it silently wrote text), two formats to
    /// standard output (two documents in one stream) and two formats to one file (the second overwrote the first).</summary>
    public static List<OutputTarget> FromArgs(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var targets = new List<OutputTarget>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (TryValue(args, ref i, "--format", "-f", out var format))
            {
                targets.Add(new OutputTarget(format, null));
            }
            else if (TryValue(args, ref i, "--output", "-o", out var path))
            {
                if (targets.Count == 0)
                {
                    error = $"--output {path} needs a --format before it, e.g. '--format json --output {path}'";
                    return [];
                }

                if (targets[^1].Path is { } taken)
                {
                    error = $"--format {targets[^1].Format} already goes to {taken}; give --output {path} a --format of its own before it";
                    return [];
                }

                targets[^1] = targets[^1] with { Path = path };
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(new OutputTarget("text", null));
        }

        var toConsole = targets.FindAll(t => t.Path is null);
        if (toConsole.Count > 1)
        {
            error = $"only one format may go to standard output, not {string.Join(" and ", toConsole.Select(t => t.Format))}; give the others an --output after them";
            return [];
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            if (target.Path is { } file && !files.TryAdd(System.IO.Path.GetFullPath(file), target.Format))
            {
                error = $"--format {files[System.IO.Path.GetFullPath(file)]} and --format {target.Format} both go to {file}; one file per format";
                return [];
            }
        }

        return targets;
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, string longName, string shortName, out string value)
    {
        value = string.Empty;
        var arg = args[i];
        if ((arg == longName || arg == shortName) && i + 1 < args.Count)
        {
            value = args[++i];
            return true;
        }

        foreach (var prefix in new[] { longName + "=", longName + ":", shortName + "=" })
        {
            if (arg.StartsWith(prefix, StringComparison.Ordinal))
            {
                value = arg[prefix.Length..];
                return true;
            }
        }

        return false;
    }
}
