using System.Diagnostics;

namespace KubeLint.Cli.Tests;

/// <summary>The built CLI run as a real process (<c>dotnet kubelint.dll</c>), for what only a process shows: exit
/// codes set by <c>Program</c>, environment variables, the default regex timeout.</summary>
internal static class KubelintProcess
{
    /// <summary>Runs kubelint in <paramref name="workingDirectory"/>; an <paramref name="environment"/> value of null
    /// removes that variable. Fails the test when the process has not ended within <paramref name="timeout"/>.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(
        string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kubelint.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kubelint did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
