using KubeLint.Core.CustomRules;

namespace KubeLint.Cli;

/// <summary>
/// Custom rules compile and run in a child <c>kubelint</c> process, so that a rule that loops, overflows its stack,
/// calls <c>Environment.Exit</c> or <c>FailFast</c>, or a source that takes Roslyn down, ends only that process:
/// the parent reports it as KL9003 and keeps the built-in findings and the exit code.
/// </summary>
internal static class CustomRulesWorker
{
    /// <summary>The command that runs this same build of KubeLint: its apphost when that is what runs, else the
    /// <c>dotnet</c> host with <c>kubelint.dll</c> (under the muxer, or in-process in the tests' host).</summary>
    public static CustomRuleWorkerCommand Command()
    {
        var dll = typeof(CustomRulesWorker).Assembly.Location;
        var process = Environment.ProcessPath;
        var folder = Path.GetDirectoryName(dll) ?? AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "kubelint.exe" : "kubelint");
        if (process is not null && string.Equals(Path.GetFullPath(process), apphost, StringComparison.Ordinal))
        {
            return new CustomRuleWorkerCommand(process, []);
        }

        var host = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? process
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk ? fromSdk : "dotnet";
        return new CustomRuleWorkerCommand(host, ["exec", dll]);
    }

    /// <summary>The worker's main: frames go to the real standard output, and <see cref="Console.Out"/> to standard
    /// error, so that a rule that prints (by reflection: <c>System.Console</c> is not referenced) corrupts nothing.</summary>
    public static int Serve()
    {
        var frames = Console.OpenStandardOutput();
        Console.SetOut(Console.Error);
        return CustomRuleWorkerHost.Serve(Console.In, frames);
    }
}
