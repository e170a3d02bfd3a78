using System.Text;

namespace KubeLint.Cli.Tests;

/// <summary>Runs the CLI in-process, in a working folder, and captures what it writes.</summary>
internal static class CliRunner
{
    private static readonly Lock CurrentDirectoryLock = new();

    public static (int Exit, string Out, string Err) Run(string workingDirectory, string[] args, string? stdin = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(stdin));

        // The CLI resolves paths against the current folder, which is process-wide.
        lock (CurrentDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var exit = CommandLine.Run(args, stdout, stderr, input);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
