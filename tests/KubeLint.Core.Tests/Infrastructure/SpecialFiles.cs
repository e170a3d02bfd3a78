using System.Diagnostics;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>A test of Unix special files (FIFOs, devices, permissions): skipped, saying so, on other systems.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: FIFOs made with mkfifo, /dev/zero, statx";
        }
    }
}

/// <summary>Special files for tests.</summary>
public static class SpecialFiles
{
    /// <summary>Makes a FIFO with <c>mkfifo</c>; nothing ever writes to it, so opening it for reading would block forever.</summary>
    public static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path}: {mkfifo.StandardError.ReadToEnd()}");
        return path;
    }

    /// <summary>Runs <paramref name="work"/>, failing the test when it has not ended within <paramref name="seconds"/> (a hang).</summary>
    public static T Within<T>(int seconds, Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not end within {seconds} s");
        return task.Result;
    }
}
