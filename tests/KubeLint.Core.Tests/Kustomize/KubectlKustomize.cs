using System.Diagnostics;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>Runs <c>kubectl kustomize DIR</c>, the oracle the in-process build is held to.</summary>
public static class KubectlKustomize
{
    private static readonly Lazy<string?> Kubectl = new(Find);

    public static string? MissingMessage => Kubectl.Value is null ? "kubectl is not on PATH; the in-process kustomize build is compared with `kubectl kustomize` only where it is installed" : null;

    public static string Build(string folder)
    {
        var start = new ProcessStartInfo(Kubectl.Value!, ["kustomize", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {folder} failed: {stderr}");
        return stdout.Result;
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "kubectl");
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs kubectl: skipped, saying so, where it is absent.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (KubectlKustomize.MissingMessage is { } message)
        {
            Skip = message;
        }
    }
}

/// <summary>A theory that needs kubectl: skipped, saying so, where it is absent.</summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public KubectlTheoryAttribute()
    {
        if (KubectlKustomize.MissingMessage is { } message)
        {
            Skip = message;
        }
    }
}
