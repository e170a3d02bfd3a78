using System.Diagnostics;
using System.Text;

namespace KubeLint.Cli.Tests;

/// <summary>Hostile files and paths through the built CLI (issue #15): each case's exit code, finding or message, and
/// that it ends (<see cref="KubelintProcess"/> fails a run that outlives its timeout: a FIFO opened for reading would
/// block forever, /dev/zero read to its reported length of 0 would read gigabytes). Exit code 3 is a bug of ours.</summary>
public class HostileInputCliTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";

    /// <summary>A case: how to lay out the folder, the arguments, the exit code and a line the output must hold.</summary>
    public sealed record Case(string Name, Action<string> Arrange, string[] Args, int Exit, string Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> Names() => [.. Cases().Select(c => c.Name)];

    private static IEnumerable<Case> Cases()
    {
        yield return new("fifo found by a walk", d => Fifo(d, "pipe.yaml"), ["."], 1,
            "pipe.yaml:1:1: error KL0001: cannot read this path: it is a FIFO (named pipe), not a regular file");
        yield return new("fifo named as a manifest", d => Fifo(d, "pipe.yaml"), ["pipe.yaml", "ok.yaml"], 1,
            "pipe.yaml:1:1: error KL0001: cannot read this path: it is a FIFO (named pipe), not a regular file");
        yield return new("/dev/zero named as a manifest", _ => { }, ["/dev/zero", "ok.yaml"], 1,
            "/dev/zero:1:1: error KL0001: cannot read this path: it is a character device, not a regular file");
        yield return new("/dev/zero as --config", _ => { }, ["-c", "/dev/zero", "ok.yaml"], 2,
            "kubelint: configuration file '/dev/zero': cannot read this path: it is a character device, not a regular file");
        yield return new("fifo as --config", d => Fifo(d, "settings.yaml"), ["-c", "settings.yaml", "ok.yaml"], 2,
            "kubelint: configuration file 'settings.yaml': cannot read this path: it is a FIFO (named pipe), not a regular file");
        yield return new("/dev/zero as --cluster-config", _ => { }, ["--cluster-config", "/dev/zero", "ok.yaml"], 2,
            "kubelint: --cluster-config: cannot read /dev/zero: it is a character device, not a regular file");
        yield return new("fifo as --cluster-config", d => Fifo(d, "apiserver.env"), ["--cluster-config", "apiserver.env", "ok.yaml"], 2,
            "kubelint: --cluster-config: cannot read apiserver.env: it is a FIFO (named pipe), not a regular file");
        yield return new("fifo as .editorconfig", d => Fifo(d, ".editorconfig"), ["ok.yaml"], 2,
            "it is a FIFO (named pipe), not a regular file");
        yield return new("fifo as a custom rule", d => Fifo(d, ".kubelint/rules/Rule.cs"), ["ok.yaml"], 2,
            "kubelint: cannot read the custom rule '.kubelint/rules/Rule.cs': it is a FIFO (named pipe), not a regular file");
        yield return new("dangling symbolic link", d => File.CreateSymbolicLink(Path.Combine(d, "gone.yaml"), "missing.yaml"), ["."], 1,
            "gone.yaml:1:1: error KL0001: cannot read this path: it is a symbolic link to 'missing.yaml', which does not exist");
        yield return new("links to the folder itself and up", d =>
        {
            Directory.CreateSymbolicLink(Path.Combine(d, "self"), ".");
            Directory.CreateSymbolicLink(Path.Combine(d, "again"), ".");
            Directory.CreateDirectory(Path.Combine(d, "sub"));
            Directory.CreateSymbolicLink(Path.Combine(d, "sub", "up"), "..");
        }, ["."], 0, "0 errors, 0 warnings, 0 infos in 1 file");
        yield return new("a path that does not exist", _ => { }, ["typo.yaml"], 2, "kubelint: path not found: typo.yaml");
        yield return new("parser crash on ': {' and a line", d => Write(d, "crash.yaml", ": {\nm"), ["crash.yaml"], 1,
            "crash.yaml:1:3: error KL0001: the YAML is malformed here: the parser gave up near this point");
        yield return new("\\U escape past U+10FFFF", d => Write(d, "escape.yaml", "\"\\UFFFFFFFF\"\n"), ["escape.yaml"], 1,
            "escape.yaml:1:1: error KL0001: the YAML is malformed here: the parser gave up near this point");
        yield return new("%YAML 2.0", d => Write(d, "v2.yaml", "%YAML 2.0\n---\n" + ConfigMap), ["v2.yaml"], 1,
            "v2.yaml:1:1: error KL0001: the %YAML directive asks for YAML 2.0; only YAML 1.x is read");
        yield return new("lone surrogate escape in JSON", d => Write(d, "s.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"s\"}, \"data\": {\"k\": \"\\ud800\"}}"),
            ["s.json"], 0, "0 errors, 0 warnings, 0 infos in 1 file (1 document, 1 object)");
    }

    [LinuxTheory]
    [MemberData(nameof(Names))]
    public void A_hostile_case_ends_with_its_exit_code_and_finding(string name)
    {
        var expected = Cases().Single(c => c.Name == name);
        var (exit, output) = Run(expected);
        Assert.True(exit == expected.Exit, $"exit {exit}, expected {expected.Exit}:\n{output}");
        Assert.Contains(expected.Expected, output);
        Assert.DoesNotContain("Exception", output);
    }

    [LinuxFact]
    public void No_hostile_case_is_an_internal_error()
    {
        var internalErrors = new List<string>();
        foreach (var hostile in Cases())
        {
            var (exit, output) = Run(hostile);
            if (exit == 3)
            {
                internalErrors.Add($"{hostile.Name}: {output}");
            }
        }

        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
    }

    private static (int Exit, string Output) Run(Case hostile)
    {
        var folder = Directory.CreateTempSubdirectory("kubelint-hostile-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "ok.yaml"), ConfigMap);
            hostile.Arrange(folder);
            var (exit, stdout, stderr) = KubelintProcess.Run(folder, null, TimeSpan.FromSeconds(60), [.. hostile.Args, "--no-color"]);
            return (exit, stdout + stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string folder, string name, string text) => File.WriteAllBytes(Path.Combine(folder, name), Encoding.UTF8.GetBytes(text));

    private static void Fifo(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

/// <summary>Skipped, saying so, where there are no FIFOs or /dev/zero.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: FIFOs made with mkfifo, /dev/zero";
        }
    }
}

/// <summary>As <see cref="LinuxFactAttribute"/>, for a theory.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: FIFOs made with mkfifo, /dev/zero";
        }
    }
}
