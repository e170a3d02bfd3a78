using System.CommandLine;

namespace KubeLint.Cli;

/// <summary>Wires the commands: <c>kubelint [lint] PATH…</c>, <c>rules</c>, <c>explain</c>.</summary>
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

    private static RootCommand Build(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin)
    {
        var root = new RootCommand("KubeLint: lints Kubernetes manifests with exact positions and knowledge of your cluster.");
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

        root.Action = lint.Action;

        // The built-in --version prints the entry assembly's version (the test host's, in-process).
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(stdout);
        }

        root.Subcommands.Add(lint);
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        return root;
    }

    private sealed class PrintVersion(TextWriter stdout) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(Core.Reporting.ToolInfo.Version);
            return ExitCodes.Success;
        }
    }
}
