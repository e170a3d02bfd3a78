using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace KubeLint.Cli;

/// <summary>Wires the commands: <c>kubelint [lint] PATH…</c>, <c>fix</c>, <c>rules</c>, <c>explain</c>.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <summary>Runs with <paramref name="stdin"/> as standard input for <c>-</c> (tests); null reads the console's.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin)
    {
        var verbose = args.Contains("--verbose") || args.Contains("-v");
        try
        {
            var root = Build(args, stdout, stderr, stdin);
            var parse = root.Parse(args);
            if (UnknownOptions.Find(parse) is { Count: > 0 } unknown)
            {
                foreach (var line in unknown)
                {
                    stderr.WriteLine(line);
                }

                stderr.WriteLine($"Run '{(parse.CommandResult.Command == root ? "kubelint" : "kubelint " + parse.CommandResult.Command.Name)} --help' for usage.");
                return ExitCodes.Usage;
            }

            if (HelpLayout.TryWrite(parse, root, stdout, stderr) is { } helped)
            {
                return helped;
            }

            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"kubelint: {error.Message}");
                }

                stderr.WriteLine("Run 'kubelint --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            stderr.WriteLine($"kubelint: internal error: {e.GetType().Name}: {e.Message}");
            if (verbose)
            {
                stderr.WriteLine(e);
            }

            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// The root is a plain command named <c>kubelint</c> with its own <c>--help</c> and <c>--version</c>:
    /// <see cref="RootCommand"/> adds System.CommandLine's help and version options, whose descriptions come
    /// from its resources, and that first resource lookup cost 8 ms of every start. The same actions run.
    /// </summary>
    private static Command Build(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin)
    {
        var root = new Command("kubelint", "KubeLint: lints Kubernetes manifests with exact positions and knowledge of your cluster.");
        var lint = LintCommand.Create(args, stdout, stderr, stdin is null ? null : () => stdin);

        // `kubelint PATH…` is `kubelint lint PATH…`.
        foreach (var argument in lint.Arguments)
        {
            root.Arguments.Add(argument);
        }

        foreach (var option in lint.Options)
        {
            root.Options.Add(option);
        }

        var help = Switch.Create("--help", "Show help and usage information", "-h", "-?");
        help.Recursive = true;
        help.Action = new HelpAction();
        root.Options.Add(help);
        var version = Switch.Create("--version", "Show version information");
        version.Action = new PrintVersion(stdout, stderr);
        root.Options.Add(version);
        root.Action = lint.Action;
        root.Subcommands.Add(lint);
        root.Subcommands.Add(FixCommand.Create(stdout, stderr, stdin is null ? null : () => stdin));
        root.Subcommands.Add(RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        root.Subcommands.Add(ConfigSchemaCommand.Create(stdout, stderr));
        root.Subcommands.Add(RulePagesCommand.Create(stdout, stderr));
        return root;
    }

    /// <summary>Prints KubeLint's version (not the entry assembly's, which in-process is the test host's).</summary>
    private sealed class PrintVersion(TextWriter stdout, TextWriter stderr) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            if (parseResult.Tokens.Count > 1)
            {
                stderr.WriteLine("kubelint: --version cannot be combined with other arguments");
                return ExitCodes.Usage;
            }

            stdout.WriteLine(Core.Reporting.ToolInfo.Version);
            return ExitCodes.Success;
        }
    }
}
