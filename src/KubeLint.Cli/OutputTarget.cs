namespace KubeLint.Cli;

/// <summary>One <c>--format</c> with the <c>--output</c> that follows it (null: standard output).</summary>
internal sealed record OutputTarget(string Format, string? Path)
{
    /// <summary>Pairs each <c>--output</c> with the <c>--format</c> before it, so that
    /// <c>--format text --format sarif --output x.sarif</c> prints text and writes SARIF.
    /// An <c>--output</c> before any <c>--format</c> gets the default text format.</summary>
    public static List<OutputTarget> FromArgs(IReadOnlyList<string> args)
    {
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
                if (targets.Count == 0 || targets[^1].Path is not null)
                {
                    targets.Add(new OutputTarget(targets.Count == 0 ? "text" : targets[^1].Format, path));
                }
                else
                {
                    targets[^1] = targets[^1] with { Path = path };
                }
            }
        }

        if (targets.Count == 0)
        {
            targets.Add(new OutputTarget("text", null));
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
