using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Text;

namespace KubeLint.Core.CustomRules;

/// <summary>How to start a custom rules worker: the CLI's own executable (or <c>dotnet</c> with <c>kubelint.dll</c>)
/// and the arguments that come before <see cref="CustomRuleWorkerHost.Command"/>.</summary>
internal sealed record CustomRuleWorkerCommand(string FileName, IReadOnlyList<string> Arguments);

/// <summary>
/// The parent's side of <see cref="CustomRuleWorkerProtocol"/>: starts the worker as soon as the run knows it has custom
/// rules (so it compiles while the parent loads), reads its frames as they come, and at <see cref="Finish"/> turns them
/// into the run's custom rule set. A worker that does not finish its report in time, ends early by any means, or writes
/// anything else becomes one KL9003 error naming the rule files, and none of its findings count.
/// </summary>
internal sealed class CustomRuleWorkerClient : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
    public const long DefaultMemoryLimit = 2L * 1024 * 1024 * 1024;

    /// <summary>More findings than any real rule set reports; past this the worker is not believed (and not buffered).</summary>
    private const int MaxFindings = 1_000_000;

    /// <summary>Enough of the worker's standard error to tell a stack overflow, FailFast or an out-of-memory apart.</summary>
    private const int StandardErrorKept = 16 * 1024;

    private readonly Process? _process;
    private readonly string? _startError;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _timeout;
    private readonly long _memoryLimit;
    private readonly IReadOnlyList<string> _folders;
    private readonly string _workingDirectory;
    private readonly Task<Frames>? _frames;
    private readonly Task<string>? _standardError;

    private CustomRuleWorkerClient(CustomRuleWorkerCommand command, string request, TimeSpan timeout, long memoryLimit, IReadOnlyList<string> folders, string workingDirectory)
    {
        _timeout = timeout;
        _memoryLimit = memoryLimit;
        _folders = folders;
        _workingDirectory = workingDirectory;
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(CustomRuleWorkerHost.Command);
        start.Environment["DOTNET_GCHeapHardLimit"] = memoryLimit.ToString("X", CultureInfo.InvariantCulture);
        // A crash is reported as KL9003; a core dump in the user's folder would only fill the disk.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        try
        {
            _process = Process.Start(start)!;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            _startError = $"could not be started ({e.Message})";
            return;
        }

        _frames = Task.Run(() => ReadFrames(_process.StandardOutput));
        _standardError = Task.Run(() => ReadHead(_process.StandardError));
        try
        {
            _process.StandardInput.WriteLine(request);
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The worker ended before it read the request: its exit code says why.
        }
    }

    public static CustomRuleWorkerClient Start(
        CustomRuleWorkerCommand command, string mode, LintOptions options, byte[]? standardInput, TimeSpan timeout, long memoryLimit, IReadOnlyList<string> folders) =>
        new(command, CustomRuleWorkerProtocol.WriteRequest(mode, options, standardInput), timeout, memoryLimit, folders, options.WorkingDirectory);

    /// <summary>Waits for the worker (no longer than what is left of the time limit) and returns its rules and findings,
    /// mapped onto <paramref name="workspace"/>'s objects; throws <see cref="ConfigurationException"/> for the worker's
    /// fatal frame (a rule folder that cannot be read: exit code 2, as in-process).</summary>
    /// <remarks>The rules come with the files that declare them when the request was a listing.</remarks>
    public (CustomRuleSet Set, IReadOnlyList<CustomRuleInfo> Rules) Finish(Workspace? workspace)
    {
        var frames = Wait(out var failure);
        if (frames.Fatal is { } fatal)
        {
            throw new ConfigurationException(fatal);
        }

        var descriptors = frames.Rules.Select(r => r.Descriptor).ToList();
        if (failure is not null)
        {
            return (new CustomRuleSet([], [Failure(failure)], false) { Descriptors = descriptors, AnalyzerCount = 0, InWorker = true }, frames.Rules);
        }

        var diagnostics = Restore(frames.Findings, workspace);
        return (new CustomRuleSet([], diagnostics, frames.FromCache) { Descriptors = descriptors, AnalyzerCount = frames.Analyzers, InWorker = true }, frames.Rules);
    }

    public void Dispose()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }

        _process.Dispose();
    }

    private Frames Wait(out string? failure)
    {
        failure = _startError;
        if (_process is null)
        {
            return new Frames();
        }

        var left = _timeout - _clock.Elapsed;
        if (!_process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero))
        {
            Dispose(); // the whole tree: a rule may have started processes of its own
            failure = $"timed out after {_timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s and was stopped";
            return _frames!.Wait(TimeSpan.FromSeconds(5)) ? _frames.Result : new Frames();
        }

        // The streams end with the process, unless something it started still holds them.
        if (!_frames!.Wait(TimeSpan.FromSeconds(5)))
        {
            Dispose();
            failure = "left a process behind that holds its output";
            return new Frames();
        }

        var frames = _frames.Result;
        var exitCode = _process.ExitCode;
        if (frames.Corrupt is { } corrupt)
        {
            failure = corrupt;
        }
        else if (!frames.Done || exitCode != 0)
        {
            var standardError = _standardError!.Wait(TimeSpan.FromSeconds(5)) ? _standardError.Result : string.Empty;
            failure = frames.Fatal is null ? Describe(exitCode, frames.Done, standardError, _memoryLimit) : null;
        }

        return frames;
    }

    /// <summary>What an early end most likely was: the runtime prints why it aborts on standard error.</summary>
    internal static string Describe(int exitCode, bool done, string standardError, long memoryLimit)
    {
        if (standardError.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return $"overflowed its stack (exit code {exitCode})";
        }

        if (standardError.Contains("OutOfMemoryException", StringComparison.Ordinal) || standardError.Contains("Out of memory", StringComparison.Ordinal))
        {
            return $"ran out of memory (limit {Size(memoryLimit)}; exit code {exitCode})";
        }

        if (standardError.Contains("Environment.FailFast", StringComparison.Ordinal) || standardError.Contains("Process terminated", StringComparison.Ordinal))
        {
            return $"was ended by Environment.FailFast (exit code {exitCode})";
        }

        return (exitCode, done) switch
        {
            (0, _) => "exited with code 0 before it had reported (a rule called Environment.Exit?)",
            (_, true) => $"exited with code {exitCode} after it had reported",
            (134, _) => "exited with code 134 (stack overflow or Environment.FailFast?)",
            (137, _) => "was killed (exit code 137: out of memory, or a signal)",
            _ => $"exited with code {exitCode} before it had reported (a rule called Environment.Exit?)",
        };
    }

    private static string Size(long bytes) =>
        bytes % (1L << 30) == 0 ? $"{bytes >> 30} GiB" : bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB" : $"{bytes} bytes";

    /// <summary>One KL9003 error: named by the rule file when there is one, else by the rule folders.</summary>
    private Diagnostic Failure(string what)
    {
        var files = CustomRuleLoader.SourcePaths(_folders);
        var at = files.Count == 1 ? files[0] : _folders[0];
        var name = files.Count == 1
            ? InputResolver.DisplayPath(files[0], _workingDirectory)
            : string.Join(", ", _folders.Select(f => InputResolver.DisplayPath(f, _workingDirectory) + "/"));
        var location = new Location(InputResolver.DisplayPath(at, _workingDirectory), at, SourceSpan.At(SourcePosition.Start));
        return Diagnostic.Create(KL9003AnalyzerFailed.Rule, location, name, "the workspace", $"the worker process that runs the custom rules {what}; none of their findings are reported")
            .WithDefaultSeverity(DiagnosticSeverity.Error);
    }

    /// <summary>Each finding with its object (for suppressions and kustomize origins): the worker names it by its index
    /// in the workspace, which it built from the same inputs in the same order; a name that does not match is dropped.</summary>
    private static List<Diagnostic> Restore(List<Finding> findings, Workspace? workspace)
    {
        var restored = new List<Diagnostic>(findings.Count);
        foreach (var finding in findings)
        {
            var subject = finding.Object is { } index && workspace?.SubjectAt(index) is { } at && at.DisplayName == finding.ObjectName ? at : null;
            restored.Add(finding.Restore(subject));
        }

        return restored;
    }

    private static Frames ReadFrames(StreamReader output)
    {
        var frames = new Frames();
        var byId = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal)
        {
            [KL9002CustomRuleCompileError.Rule.Id] = KL9002CustomRuleCompileError.Rule,
            [KL9003AnalyzerFailed.Rule.Id] = KL9003AnalyzerFailed.Rule,
            [KL9004ReservedRuleId.Rule.Id] = KL9004ReservedRuleId.Rule,
        };
        var line = new System.Text.StringBuilder();
        var number = 0;
        while (ReadLine(output, line) is { } text)
        {
            number++;
            if (frames.Corrupt is not null || frames.Done)
            {
                frames.Corrupt ??= Garbage(number, text);
                continue; // drain, so the worker is not blocked on a full pipe
            }

            try
            {
                Read(frames, byId, number, text);
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                frames.Corrupt = Garbage(number, text);
            }
        }

        return frames;
    }

    private static void Read(Frames frames, Dictionary<string, DiagnosticDescriptor> byId, int number, string text)
    {
        using var json = JsonDocument.Parse(text);
        var frame = json.RootElement;
        var type = frame.GetProperty("t").GetString();
        if (number == 1)
        {
            if (type != CustomRuleWorkerProtocol.Hello)
            {
                throw new FormatException("no hello");
            }

            if (frame.GetProperty("protocol").GetInt32() is var version && version != CustomRuleWorkerProtocol.Version)
            {
                frames.Corrupt = $"speaks protocol {version}, this KubeLint {CustomRuleWorkerProtocol.Version}";
            }

            return;
        }

        switch (type)
        {
            case "rule":
                var descriptor = CustomRuleWorkerProtocol.ReadDescriptor(frame, out var source);
                byId.TryAdd(descriptor.Id, descriptor);
                frames.Rules.Add(new CustomRuleInfo(descriptor, source));
                break;
            case "finding" when frames.Findings.Count < MaxFindings:
                frames.Findings.Add(new Finding(
                    byId[frame.GetProperty("id").GetString()!],
                    CustomRuleWorkerProtocol.Severity(frame),
                    frame.GetProperty("message").GetString()!,
                    CustomRuleWorkerProtocol.ReadLocation(frame.GetProperty("at")),
                    frame.GetProperty("related").EnumerateArray().Select(CustomRuleWorkerProtocol.ReadLocation).ToList(),
                    frame.TryGetProperty("object", out var index) ? index.GetInt32() : null,
                    frame.TryGetProperty("objectName", out var name) ? name.GetString() : null));
                break;
            case "finding":
                frames.Corrupt = $"reported more than {MaxFindings:N0} findings";
                break;
            case "done":
                frames.Analyzers = frame.GetProperty("analyzers").GetInt32();
                frames.FromCache = frame.GetProperty("fromCache").GetBoolean();
                frames.Done = true;
                break;
            case "fatal":
                frames.Fatal = frame.GetProperty("message").GetString();
                frames.Done = true;
                break;
            default:
                throw new FormatException("unknown frame");
        }
    }

    private static string Garbage(int number, string text)
    {
        var shown = new string(text.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return $"wrote output that is not KubeLint's worker protocol (line {number}: '{shown}'{(text.Length > 60 ? "…" : string.Empty)}); does a rule write to standard output?";
    }

    /// <summary>A line without its break, or null at the end; a line longer than the protocol allows is cut and so
    /// unreadable as a frame, without being buffered whole.</summary>
    private static string? ReadLine(StreamReader reader, System.Text.StringBuilder line)
    {
        line.Clear();
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                break;
            }

            if (line.Length < CustomRuleWorkerProtocol.MaxLineChars)
            {
                line.Append((char)c);
            }
        }

        return any ? line.ToString().TrimEnd('\r') : null;
    }

    private static string ReadHead(StreamReader reader)
    {
        var buffer = new char[4096];
        var head = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (head.Length < StandardErrorKept)
            {
                head.Append(buffer, 0, Math.Min(read, StandardErrorKept - head.Length));
            }
        }

        return head.ToString();
    }

    private sealed class Frames
    {
        public List<CustomRuleInfo> Rules { get; } = [];

        public List<Finding> Findings { get; } = [];

        public int Analyzers { get; set; }

        public bool FromCache { get; set; }

        public bool Done { get; set; }

        public string? Fatal { get; set; }

        public string? Corrupt { get; set; }
    }

    private sealed record Finding(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, string Message, Location Location, IReadOnlyList<Location> Related, int? Object, string? ObjectName)
    {
        public Diagnostic Restore(ObjectSubject? subject) => Diagnostic.Restore(Descriptor, Location, Message, Severity, Related, subject);
    }
}
