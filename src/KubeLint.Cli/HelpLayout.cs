using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace KubeLint.Cli;

/// <summary>
/// <c>--help</c> for every command: System.CommandLine's text, corrected. Its usage and argument sections list the
/// parent's arguments too, so <c>kubelint rules --help</c> showed the lint command's <c>&lt;paths&gt;</c>; here each
/// command shows only its own arguments, and the root's help ends with examples and the exit codes. The help's own
/// layout API is internal in System.CommandLine 2.0, so its output is rewritten line by line.
/// </summary>
internal static class HelpLayout
{
    /// <summary>Runs the help action into a buffer and writes the corrected text; null when the parse asks for no help.</summary>
    public static int? TryWrite(ParseResult parse, Command root, TextWriter stdout, TextWriter stderr)
    {
        if (parse.Action is not HelpAction)
        {
            return null;
        }

        using var buffer = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = buffer, Error = stderr, EnableDefaultExceptionHandler = false });
        stdout.Write(Rewrite(buffer.ToString(), parse.CommandResult.Command, root));
        return ExitCodes.Success;
    }

    internal static string Rewrite(string help, Command command, Command root)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n').ToList();
        var usage = lines.IndexOf("Usage:");
        if (usage >= 0 && usage + 1 < lines.Count)
        {
            var replacement = command == root
                ? [$"  {root.Name} [lint] <paths>... [options]", $"  {root.Name} [command] [options]"]
                : new[] { $"  {root.Name} {command.Name}{string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => " " + Label(a)))} [options]" };
            lines.RemoveAt(usage + 1);
            lines.InsertRange(usage + 1, replacement);
        }

        if (command != root)
        {
            KeepOwnArguments(lines, command);
        }

        var text = new StringBuilder(string.Join(Environment.NewLine, lines).TrimEnd()).AppendLine().AppendLine();
        if (command == root)
        {
            foreach (var line in RootExtras)
            {
                text.AppendLine(line);
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Label(Argument argument) => argument.Arity.MaximumNumberOfValues > 1
        ? (argument.Arity.MinimumNumberOfValues == 0 ? $"[<{argument.Name}>...]" : $"<{argument.Name}>...")
        : $"<{argument.Name}>";

    /// <summary>Drops the rows of other commands' arguments (each row and its wrapped lines), and the section when none is left.</summary>
    private static void KeepOwnArguments(List<string> lines, Command command)
    {
        var start = lines.IndexOf("Arguments:");
        if (start < 0)
        {
            return;
        }

        var own = command.Arguments.Select(a => $"  <{a.Name}>").ToList();
        var end = start + 1;
        var keep = true;
        var kept = 0;
        while (end < lines.Count && lines[end].Length > 0)
        {
            var line = lines[end];
            if (line.StartsWith("  <", StringComparison.Ordinal))
            {
                keep = own.Exists(o => line.StartsWith(o + " ", StringComparison.Ordinal) || line == o);
                kept += keep ? 1 : 0;
            }

            if (keep)
            {
                end++;
            }
            else
            {
                lines.RemoveAt(end);
            }
        }

        if (kept == 0)
        {
            // The header and the blank line after the section.
            lines.RemoveRange(start, Math.Min(2, lines.Count - start));
        }
    }

    private static readonly string[] RootExtras =
    [
        "Examples:",
        "  kubelint deploy/                                      lint a folder (recursively)",
        "  kubelint deploy/ --kubernetes-version 1.27            against the API of Kubernetes 1.27",
        "  kubelint deploy/ -f text -f sarif -o kubelint.sarif   text on the console, SARIF to a file",
        "  kubectl kustomize overlays/prod | kubelint -          lint standard input",
        "  kubelint --context . deploy/web-service.yaml          report on one file, the rest of the repository as context",
        "  kubelint fix deploy/ --kubernetes-version 1.16 --diff  the fixes for 1.16 as a diff; without --diff, in place",
        "  kubelint explain KL3004                               a rule's page",
        string.Empty,
        "Exit codes:",
        "  0  no finding at or above --fail-on (default: error)",
        "  1  findings at or above --fail-on; for 'fix --check', a fix would change a file",
        "  2  bad invocation, a path that cannot be read, a configuration that cannot be read or parsed, custom rules that do not compile",
        "  3  internal error (the trace with --verbose); please report it",
    ];
}
