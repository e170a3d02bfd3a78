using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeLint.MSBuild;

/// <summary>
/// Lints <c>@(KubeLintManifest)</c> by running the <c>kubelint</c> CLI shipped in this package
/// (<c>dotnet exec tools/net10.0/any/kubelint.dll --format msbuild …</c>) and logs each finding
/// as a real MSBuild error, warning or message with its code, help link and full range.
/// </summary>
/// <remarks>
/// Out of process on purpose: the linter runs on .NET 10 with its own dependencies whatever
/// MSBuild hosts the build (Visual Studio's .NET Framework MSBuild cannot load net10.0 code, and
/// in-process tasks share the host's copies of common assemblies). See the README, "MSBuild task".
/// </remarks>
public sealed class KubeLintTask : ToolTask
{
    /// <summary>The rule pages' address; the CLI's <c>RuleHelp.LinkFor</c> uses the same.</summary>
    internal const string HelpLinkFormat = "https://github.com/kubelint/kubelint/blob/main/rules/{0}.md";

    private readonly List<string> _otherOutput = new();
    private WarningPolicy _policy = new(false, null, null, null);
    private int _findings;
    private int _errorFindings;

    /// <summary>The manifests to lint.</summary>
    [Required]
    public ITaskItem[] Manifests { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The CLI, <c>kubelint.dll</c>, run with <c>dotnet exec</c>.</summary>
    [Required]
    public string ToolAssembly { get; set; } = string.Empty;

    /// <summary>The project folder: relative paths in findings are relative to it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The <c>dotnet</c> that runs the build (<c>$(DOTNET_HOST_PATH)</c>); else <c>dotnet</c> on PATH.</summary>
    public string? DotNetHostPath { get; set; }

    public string? KubernetesVersion { get; set; }

    public string? ConfigFile { get; set; }

    /// <summary><c>;</c>-separated cluster configuration files (each becomes a <c>--cluster-config</c>).</summary>
    public string? ClusterConfig { get; set; }

    public string? ServiceClusterIpRange { get; set; }

    public string? ServiceNodePortRange { get; set; }

    public string? ClusterDns { get; set; }

    public string? ClusterDomain { get; set; }

    /// <summary>When set, a SARIF file is written there too.</summary>
    public string? SarifFile { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? NoWarn { get; set; }

    /// <summary>How many findings were logged (after NoWarn).</summary>
    [Output]
    public int FindingCount => _findings;

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    // Findings arrive on standard output; keep them visible at the default verbosity.
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.High;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.High;

    public override bool Execute()
    {
        _policy = new WarningPolicy(TreatWarningsAsErrors, WarningsAsErrors, WarningsNotAsErrors, NoWarn);
        var succeeded = base.Execute();
        Log.LogMessage(MessageImportance.Normal, "KubeLint: {0} manifest(s) linted, {1} finding(s) logged.", Manifests.Length, _findings);
        return succeeded && !Log.HasLoggedErrors;
    }

    protected override string GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotNetHostPath) && File.Exists(DotNetHostPath))
        {
            return DotNetHostPath!;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator))
        {
            var candidate = string.IsNullOrWhiteSpace(folder) ? null : Path.Combine(folder.Trim(), ToolName);
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return ToolName;
    }

    protected override string GetWorkingDirectory() => ProjectDirectory;

    protected override bool ValidateParameters()
    {
        if (!File.Exists(ToolAssembly))
        {
            Log.LogError("KubeLint: the linter is missing from the package: {0}", ToolAssembly);
            return false;
        }

        return base.ValidateParameters();
    }

    /// <summary>Options on the command line (the CLI pairs <c>--output</c> with the <c>--format</c> before it).</summary>
    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendSwitch("exec");
        builder.AppendFileNameIfNotNull(ToolAssembly);
        builder.AppendSwitch("lint");
        builder.AppendSwitchIfNotNull("--format ", "msbuild");
        if (!string.IsNullOrWhiteSpace(SarifFile))
        {
            builder.AppendSwitchIfNotNull("--format ", "sarif");
            builder.AppendSwitchIfNotNull("--output ", Path.GetFullPath(Path.Combine(ProjectDirectory, SarifFile)));
        }

        builder.AppendSwitchIfNotNull("--fail-on ", "error");

        // Every finding reaches MSBuild, which shows infos as messages by its own verbosity (the CLI's default hides them).
        builder.AppendSwitchIfNotNull("--severity ", "info");
        builder.AppendSwitch("--no-color");
        AppendIfSet(builder, "--config ", ConfigFile);
        AppendIfSet(builder, "--kubernetes-version ", KubernetesVersion);

        // Cluster settings are passed only when set, so projects that use none work with any CLI.
        AppendIfSet(builder, "--service-cluster-ip-range ", ServiceClusterIpRange);
        AppendIfSet(builder, "--service-node-port-range ", ServiceNodePortRange);
        AppendIfSet(builder, "--cluster-dns ", ClusterDns);
        AppendIfSet(builder, "--cluster-domain ", ClusterDomain);
        foreach (var file in Split(ClusterConfig))
        {
            builder.AppendSwitchIfNotNull("--cluster-config ", file);
        }

        return builder.ToString();
    }

    /// <summary>The manifests go into a response file, so that long lists fit any command line.</summary>
    protected override string GenerateResponseFileCommands()
    {
        var builder = new StringBuilder();
        foreach (var manifest in Manifests)
        {
            builder.Append('"').Append(manifest.GetMetadata("FullPath")).Append('"').AppendLine();
        }

        return builder.ToString();
    }

    protected override Encoding ResponseFileEncoding => new UTF8Encoding(false);

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        var line = CanonicalLine.TryParse(singleLine);
        if (line is null)
        {
            // Anything else is the CLI talking about itself (bad configuration, unreadable path).
            _otherOutput.Add(singleLine);
            Log.LogMessage(MessageImportance.Low, singleLine);
            return;
        }

        // Built-in rules have a page; custom rules (their own prefixes) have none that the task knows.
        var helpLink = line.Code.StartsWith("KL", StringComparison.Ordinal)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpLinkFormat, line.Code)
            : null;
        switch (_policy.Decide(line.Severity, line.Code))
        {
            case WarningPolicy.Outcome.Error:
                Log.LogError(null, line.Code, null, helpLink, line.File, line.Line, line.Column, line.EndLine, line.EndColumn, line.Message);
                _errorFindings++;
                break;
            case WarningPolicy.Outcome.Warning:
                Log.LogWarning(null, line.Code, null, helpLink, line.File, line.Line, line.Column, line.EndLine, line.EndColumn, line.Message);
                break;
            case WarningPolicy.Outcome.Message:
                Log.LogMessage(null, line.Code, null, line.File, line.Line, line.Column, line.EndLine, line.EndColumn, MessageImportance.Normal, line.Message);
                break;
            default:
                return;
        }

        _findings++;
    }

    /// <summary>
    /// A failure is explained by the findings logged as errors when there are any: exit code 1 (errors found); -1,
    /// which ToolTask reports when the CLI exited 0 but this task logged errors (warnings made errors by
    /// TreatWarningsAsErrors or WarningsAsErrors); and 2 when the errors are KL9002 (a custom rule that does not
    /// compile). Otherwise (2 for bad configuration, 3 for a crash) the CLI could not lint, and says why.
    /// </summary>
    protected override bool HandleTaskExecutionErrors()
    {
        if (_errorFindings > 0 && (ExitCode is 1 or -1 || (ExitCode == 2 && _otherOutput.Count == 0)))
        {
            return false;
        }

        var detail = _otherOutput.Count > 0 ? string.Join(Environment.NewLine, _otherOutput) : "no output";
        Log.LogError(null, null, null, ProjectDirectory, 0, 0, 0, 0, "KubeLint could not lint (exit code {0}): {1}", ExitCode, detail);
        return false;
    }

    private static void AppendIfSet(CommandLineBuilder builder, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.AppendSwitchIfNotNull(name, value!.Trim());
        }
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
}
