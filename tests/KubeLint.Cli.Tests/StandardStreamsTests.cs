using System.Diagnostics;
using System.Text;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary>The real process's standard output and error, which the in-process tests replace with string writers.</summary>
public sealed class StandardStreamsTests : IDisposable
{
    private const string Findings = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n";

    /// <summary>The CLI under test, as a shell command.</summary>
    private static readonly string KubelintCommand = $"dotnet '{Path.Combine(AppContext.BaseDirectory, "kubelint.dll")}'";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Findings_reach_standard_output_as_utf8_and_the_summary_is_last()
    {
        _folder.Write("café.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Café\n");

        var (exit, output, error) = Kubelint(_folder.Path, "café.yaml", "--no-color");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("café.yaml:4:9: error KL0005: ", output);
        Assert.Contains("\"Café\"", output);
        Assert.Matches(@"\n1 errors?, 0 warnings, 0 infos in 1 file \(1 document, 1 object\); Kubernetes 1\.\d+; \d+ ms\n$", output);
    }

    [Fact]
    public void A_reader_that_stops_early_ends_the_output_quietly()
    {
        // Enough findings to overflow the pipe, so writes still pending when the reader goes away fail with EPIPE.
        var manifest = string.Concat(Enumerable.Range(0, 2000).Select(i => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_{i}\n---\n"));
        _folder.Write("many.yaml", manifest);
        var start = Start(_folder.Path, "many.yaml", "--no-color");

        var first = start.StandardOutput.ReadLine();
        start.StandardOutput.Close();
        var error = start.StandardError.ReadToEnd();
        Assert.True(start.WaitForExit(60_000), "kubelint did not exit");

        Assert.StartsWith("many.yaml:4:9: error KL0005", first);
        Assert.Equal(string.Empty, error);
        Assert.Equal(1, start.ExitCode);
    }

    [Fact]
    public void Output_redirected_to_a_file_continues_what_was_written_before_and_after_it()
    {
        var log = Path.Combine(_folder.Path, "log.txt");
        Shell($"{{ echo before; {KubelintCommand} --version; {KubelintCommand} missing.yaml; echo after; }} > '{log}' 2>&1");

        Assert.Equal($"before\n{KubeLint.Core.Reporting.ToolInfo.Version}\nkubelint: path not found: missing.yaml\nafter\n", File.ReadAllText(log));
    }

    [Fact]
    public void Output_appended_to_a_file_lands_after_what_it_held_and_before_what_follows()
    {
        // More than the writer's 64 KiB buffer, so the output reaches the file in several writes (the "---" that
        // ends the last document starts an empty 601st).
        var manifest = string.Concat(Enumerable.Range(0, 600).Select(i => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_{i}\n---\n"));
        _folder.Write("many.yaml", manifest);
        var log = Path.Combine(_folder.Path, "log.txt");
        File.WriteAllText(log, "before\n");
        Shell($"{KubelintCommand} many.yaml --no-color >> '{log}' 2>&1; echo \"exit $?\" >> '{log}'");

        var text = File.ReadAllText(log);
        Assert.True(text.Length > 64 * 1024, $"only {text.Length} characters");
        Assert.StartsWith("before\nmany.yaml:4:9: error KL0005: ", text);
        Assert.Equal(600, text.Split('\n').Count(line => line.StartsWith("many.yaml:", StringComparison.Ordinal)));
        Assert.Matches(@"\n600 errors, 0 warnings, \d+ infos in 1 file \(601 documents, 600 objects\); Kubernetes 1\.\d+; \d+ ms\nexit 1\n$", text);
    }

    [Fact]
    public void Output_sent_to_dev_null_is_dropped_and_the_exit_code_kept()
    {
        _folder.Write("findings.yaml", Findings);

        var (output, error) = Shell($"{KubelintCommand} findings.yaml > /dev/null 2>&1; echo \"exit $?\"");

        Assert.Equal("exit 1\n", output);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("--version >&-", 0)]
    [InlineData("findings.yaml >&-", 1)]
    [InlineData("missing.yaml 2>&-", 2)]
    [InlineData("findings.yaml >&- 2>&-", 1)]
    public void A_closed_standard_stream_is_written_to_as_to_nowhere(string arguments, int expected)
    {
        _folder.Write("findings.yaml", Findings);
        var status = Path.Combine(_folder.Path, "status.txt");

        var (output, error) = Shell($"exec 3>'{status}'; {KubelintCommand} {arguments}; echo \"exit $?\" >&3");

        Assert.Equal($"exit {expected}\n", File.ReadAllText(status));
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.DoesNotContain("internal error", output + error);
    }

    /// <summary>Runs a script with <c>sh</c> in the test's folder; what the shell itself wrote to its output and error.</summary>
    private (string Out, string Err) Shell(string script)
    {
        var info = new ProcessStartInfo("sh") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        using var shell = Process.Start(info)!;
        var output = shell.StandardOutput.ReadToEndAsync();
        var error = shell.StandardError.ReadToEnd();
        Assert.True(shell.WaitForExit(60_000), "the shell did not exit");
        return (output.Result, error);
    }

    private static (int Exit, string Out, string Err) Kubelint(string folder, params string[] args)
    {
        using var process = Start(folder, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "kubelint did not exit");
        return (process.ExitCode, output.Result, error);
    }

    private static Process Start(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kubelint.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
