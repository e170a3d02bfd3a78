using System.Reflection;

namespace KubeLint.Core.Reporting;

/// <summary>The tool's name and version, for outputs and <c>--version</c>.</summary>
internal static class ToolInfo
{
    public const string Name = "kubelint";

    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        // Drop the "+commit" suffix the SDK appends.
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
