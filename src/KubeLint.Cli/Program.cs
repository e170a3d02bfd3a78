using KubeLint.Cli;

// Before any regex exists: a bound on every match that sets no timeout of its own, Roslyn's .editorconfig
// section matching among them, so that a pathological section name is a configuration error, not a hang.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(2));

if (args is [KubeLint.Core.CustomRules.CustomRuleWorkerHost.Command])
{
    return CustomRulesWorker.Serve();
}

var stdout = StandardStreams.Output();
var stderr = StandardStreams.Error();
var code = CommandLine.Run(args, stdout, stderr);
try
{
    stdout.Flush();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    stderr.WriteLine($"kubelint: cannot write standard output: {e.Message}");
    return ExitCodes.Usage;
}

return code;
