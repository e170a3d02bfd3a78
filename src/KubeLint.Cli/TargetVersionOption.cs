using System.CommandLine;
using KubeLint.Core.Model;

namespace KubeLint.Cli;

/// <summary><c>--kubernetes-version</c>, shared by <c>lint</c> and <c>fix</c>.</summary>
internal static class TargetVersionOption
{
    public static Option<string?> Create() =>
        new("--kubernetes-version") { Description = $"Target Kubernetes version, {KubernetesVersion.Oldest.ToString()}–{KubernetesVersion.Newest.ToString()} (default {KubernetesVersion.Newest.ToString()})" };

    /// <summary>False after printing why the version is not one KubeLint knows; <paramref name="version"/> null when none was given.</summary>
    public static bool TryRead(ParseResult parse, Option<string?> option, TextWriter stderr, out KubernetesVersion? version)
    {
        version = null;
        if (parse.GetValue(option) is not { } text)
        {
            return true;
        }

        if (!KubernetesVersion.TryParse(text, out var parsed) || !parsed.IsSupported)
        {
            stderr.WriteLine($"kubelint: unknown Kubernetes version '{text}' (supported: {KubernetesVersion.Oldest}–{KubernetesVersion.Newest})");
            return false;
        }

        version = parsed;
        return true;
    }
}
