using KubeLint.Cli;

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
