using System.Collections.Concurrent;
using System.Diagnostics;
using KubeLint.Core.Analysis;
using KubeLint.Core.Collections;
using KubeLint.Core.Configuration;
using KubeLint.Core.CustomRules;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Suppression;
using Diagnostic = KubeLint.Core.Diagnostics.Diagnostic;

namespace KubeLint.Core.Engine;

/// <summary>
/// Runs a lint: resolves inputs, loads them in parallel, builds the workspace, runs every
/// analyzer's actions, then applies configured severities and suppressions. It knows no rule
/// by name except the engine's own KL9xxx.
/// </summary>
internal sealed class LintEngine
{
    /// <summary>Runs a lint. Throws <see cref="InputException"/> or <see cref="ConfigurationException"/> for exit code 2.</summary>
    public LintResult Run(LintOptions options)
    {
        var clock = Stopwatch.StartNew();
        var config = LoadConfig(options);
        var limits = LimitsOf(options, config);
        using var worker = StartWorker(ref options, config, limits);
        return RunWith(options, config, limits, worker, clock, null);
    }

    /// <summary>The worker's side: only the custom rules, in this process, and their findings as reported, before
    /// severities, suppressions and caps (the parent applies those with its own).</summary>
    internal static (CustomRuleSet Rules, List<Diagnostic> Findings, Workspace Workspace) RunCustomRulesHere(LintOptions options)
    {
        options = options with { UseBuiltInAnalyzers = false, AdditionalAnalyzers = [], CustomRulesWorker = null, CustomRules = true };
        var clock = Stopwatch.StartNew();
        var config = LoadConfig(options);
        var limits = LimitsOf(options, config);
        var findings = new List<Diagnostic>();
        var result = RunWith(options, config, limits, null, clock, findings);
        return (result.CustomRules, findings, result.Workspace);
    }

    private static LoadLimits LimitsOf(LintOptions options, KubeLintConfig config) =>
        options.Limits ?? (config.MaxFileSize is { } max ? LoadLimits.Default with { MaxFileBytes = max } : LoadLimits.Default);

    /// <summary>Starts the custom rules' worker when there are rule folders and a worker to run them in, before the
    /// inputs load, so that it compiles meanwhile. Standard input is read here, once, and given to both.</summary>
    private static CustomRuleWorkerClient? StartWorker(ref LintOptions options, KubeLintConfig config, LoadLimits limits)
    {
        if (!options.CustomRules || options.CustomRulesWorker is not { } command)
        {
            return null;
        }

        var folders = CustomRuleLoader.FindFolders(options.WorkingDirectory, config.CustomRules);
        if (folders.Count == 0)
        {
            return null;
        }

        byte[]? standardInput = null;
        if (options.Paths.Contains("-"))
        {
            var bytes = ReadAll(options.OpenStandardInput, limits);
            standardInput = bytes;
            options = options with { OpenStandardInput = () => new MemoryStream(bytes, writable: false) };
        }

        var timeout = options.CustomRulesTimeout
            ?? (config.CustomRulesTimeout is { } seconds ? TimeSpan.FromSeconds(seconds) : CustomRuleWorkerClient.DefaultTimeout);
        var memory = options.CustomRulesMemoryLimit ?? config.CustomRulesMemoryLimit ?? CustomRuleWorkerClient.DefaultMemoryLimit;
        return CustomRuleWorkerClient.Start(command, CustomRuleWorkerProtocol.LintMode, options with { CustomRulesWorker = null }, standardInput, timeout, memory, folders);
    }

    private static LintResult RunWith(LintOptions options, KubeLintConfig config, LoadLimits limits, CustomRuleWorkerClient? worker, Stopwatch clock, List<Diagnostic>? findingsAsReported)
    {
        // Command-line globs are relative to the working folder, the configuration's to its own folder.
        var configFolder = config.File is { } configFile ? Path.GetDirectoryName(configFile.FullPath)! : options.WorkingDirectory;
        var exclude = new[] { new PathFilter(options.Exclude, options.WorkingDirectory), new PathFilter(config.Exclude, configFolder) };
        var include = new PathFilter(config.Include, configFolder);
        var linted = InputResolver.Resolve(options.Paths, options.WorkingDirectory, exclude, include, options.UseIgnoreFiles);
        var context = options.Context.Count > 0 ? LintContext.Resolve(options, linted, exclude, include) : null;
        var inputs = context is null ? linted : context.Inputs;
        var parallelism = DegreeOfParallelism(options.Parallelism, inputs);
        var files = Load(inputs, options, limits, parallelism);
        var built = Kustomize.KustomizeStage.Needed(inputs) ? BuildKustomizations(files, limits, options.WorkingDirectory) : null;
        var skipped = WalkSkipper.Apply(files, inputs);
        if (context is not null)
        {
            skipped = context.OnlyLinted(skipped);
        }
        if (built is not null)
        {
            files.AddRange(built);
        }

        var loaded = clock.Elapsed;

        var editorConfig = EditorConfigOptions.Discover(linted.Where(i => !i.IsStandardInput).Select(i => i.FullPath));
        var defaultNamespace = options.Namespace ?? config.Namespace ?? "default";
        var workspace = new Workspace(files, defaultNamespace);
        var target = ChooseTargetVersion(options, config, workspace);
        var analyzerOptions = new AnalyzerOptions(
            config,
            editorConfig,
            target.Version,
            defaultNamespace,
            options.Properties)
        {
            TargetVersionSource = target.Source,
            InputsComplete = options.Complete ?? config.Complete ?? false,
        };
        analyzerOptions.ConfigurationIssues.AddRange(config.Issues);
        analyzerOptions.WorkingDirectory = options.WorkingDirectory;

        // The worker's rules are waited for after the built-in rules have run (or when a check of rule references asks).
        var fromWorker = worker is null ? null : new Lazy<CustomRuleSet>(() => worker.Finish(workspace).Set, LazyThreadSafetyMode.ExecutionAndPublication);
        var inProcess = worker is not null ? null
            : options.CustomRules ? CustomRuleLoader.Load(CustomRuleLoader.FindFolders(options.WorkingDirectory, config.CustomRules), options.WorkingDirectory, options.CacheDirectory)
            : CustomRuleSet.Empty;
        var analyzers = new List<KubeAnalyzer>(options.UseBuiltInAnalyzers ? AnalyzerCatalog.CreateBuiltIns() : []);
        analyzers.AddRange(options.AdditionalAnalyzers);
        analyzers.AddRange(inProcess?.Analyzers ?? []);
        var resolver = new SeverityResolver(config, editorConfig, options.WarningsAsErrors);
        var registrations = RegisterEnabled(analyzers, resolver);
        analyzerOptions.KnowRulesWhenAsked(() =>
        {
            var known = DescriptorsOf(analyzers, fromWorker?.Value.Descriptors ?? []);
            return (known.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase), known.Select(d => d.Category).Concat(RuleCategories.All).ToHashSet(StringComparer.OrdinalIgnoreCase));
        });

        var analyzing = clock.Elapsed;
        var raw = Analyze(workspace, analyzerOptions, registrations, parallelism);
        var custom = inProcess ?? fromWorker!.Value; // a fatal frame throws here (exit code 2), whatever an analyzer caught
        var descriptors = DescriptorsOf(analyzers, custom.InWorker ? custom.Descriptors : []);
        raw.AddRange(custom.Diagnostics);
        findingsAsReported?.AddRange(raw);
        var analyzed = clock.Elapsed;
        if (context is not null)
        {
            raw = context.OnlyLinted(raw);
        }

        var (sorted, suppressed) = Finish(raw, workspace, resolver);
        var (visible, notShown) = FindingLimits.Apply(
            sorted,
            options.MaxFindingsPerFile ?? config.MaxFindingsPerFile ?? FindingLimits.DefaultPerFile,
            options.MaxFindingsPerRun ?? config.MaxFindingsPerRun ?? FindingLimits.DefaultPerRun,
            resolver);
        return new LintResult
        {
            Workspace = workspace,
            Options = analyzerOptions,
            Diagnostics = visible,
            Suppressed = suppressed,
            NotShown = notShown,
            Rules = descriptors,
            RulesRun = descriptors.FindAll(d => !resolver.IsOffEverywhere(d)),
            Elapsed = clock.Elapsed,
            Phases = new LintPhases(loaded, analyzed - analyzing, clock.Elapsed - analyzed),
            CustomRules = custom,
            Skipped = skipped,
            ContextFiles = context?.Files ?? LintContext.None,
        };
    }

    /// <summary>Apart from <see cref="Run"/> so that a run without a kustomization loads none of the build's types.</summary>
    private static List<SourceFile> BuildKustomizations(List<SourceFile> files, LoadLimits limits, string workingDirectory) =>
        Kustomize.KustomizeStage.Apply(files, limits, workingDirectory);

    /// <summary>As in Roslyn, an analyzer whose rules are all off for the whole run is not run at all.</summary>
    /// <remarks>Loops rather than LINQ here and in <see cref="DescriptorsOf"/>: the LINQ pipelines' generic
    /// helpers (a growing buffer, the sort's index map) had no ReadyToRun code and were compiled at every start.</remarks>
    private static List<Registration> RegisterEnabled(List<KubeAnalyzer> analyzers, SeverityResolver resolver)
    {
        var registrations = new List<Registration>(analyzers.Count);
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!resolver.IsOffEverywhere(descriptor))
                {
                    registrations.Add(Register(analyzer));
                    break;
                }
            }
        }

        return registrations;
    }

    /// <summary>Every rule of the run once (the first analyzer to declare an ID wins), ordered by ID.</summary>
    /// <remarks><paramref name="fromWorker"/>: the custom rules that ran in the worker process, which have no analyzer here.</remarks>
    private static List<DiagnosticDescriptor> DescriptorsOf(List<KubeAnalyzer> analyzers, IReadOnlyList<DiagnosticDescriptor> fromWorker)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (seen.Add(descriptor.Id))
                {
                    descriptors.Add(descriptor);
                }
            }
        }

        foreach (var descriptor in fromWorker)
        {
            if (seen.Add(descriptor.Id))
            {
                descriptors.Add(descriptor);
            }
        }

        descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return descriptors;
    }

    /// <summary>The option wins, then <c>.kubelint.yaml</c>, then a kubeadm ClusterConfiguration among the inputs, then the newest.</summary>
    private static TargetChoice ChooseTargetVersion(LintOptions options, KubeLintConfig config, Workspace workspace)
    {
        if (options.TargetVersion is { } fromOption)
        {
            return new TargetChoice(fromOption, TargetVersionSource.Option);
        }

        if (config.TargetKubernetesVersion is { } fromConfig)
        {
            return new TargetChoice(fromConfig, TargetVersionSource.Configuration);
        }

        foreach (var obj in workspace.OfKind("ClusterConfiguration"))
        {
            if (obj.Group == "kubeadm.k8s.io"
                && KubernetesVersion.TryParse(obj.Root.GetString("kubernetesVersion"), out var fromKubeadm)
                && fromKubeadm.IsSupported)
            {
                return new TargetChoice(fromKubeadm, TargetVersionSource.Kubeadm);
            }
        }

        return new TargetChoice(KubernetesVersion.Newest, TargetVersionSource.Default);
    }

    private static KubeLintConfig LoadConfig(LintOptions options)
    {
        var path = options.ConfigFile is null
            ? KubeLintConfigLoader.Find(options.WorkingDirectory)
            : Path.GetFullPath(options.ConfigFile, options.WorkingDirectory);
        if (path is null)
        {
            return KubeLintConfig.Empty;
        }

        if (!File.Exists(path))
        {
            throw new ConfigurationException($"configuration file not found: {options.ConfigFile}");
        }

        return KubeLintConfigLoader.Load(path, InputResolver.DisplayPath(path, options.WorkingDirectory));
    }

    /// <summary>
    /// Loads in input order. YamlDotNet's scanner rents its string builders from one process-wide pool,
    /// so two threads each loading whole files contend for it and were 1.8 times slower than one. For
    /// larger inputs, one thread reads and scans the next files ahead (the only one using the scanner)
    /// while this one parses them into trees.
    /// </summary>
    private static List<SourceFile> Load(IReadOnlyList<InputFile> inputs, LintOptions options, LoadLimits limits, int parallelism)
    {
        var loader = new ManifestLoader(limits) { Contents = options.Contents };
        if (parallelism == 1 || inputs.Count < 2)
        {
            return LoadInOrder(inputs, options, loader, input => () => Read(loader, input, scanAhead: false));
        }

        return LoadWithReaderAhead(inputs, options, loader);
    }

    /// <summary>Kept out of <see cref="Load"/>: a ReadyToRun method loads the assemblies of every type it uses
    /// before it first runs, and a small run needs neither the concurrent collections nor tasks.</summary>
    private static List<SourceFile> LoadWithReaderAhead(IReadOnlyList<InputFile> inputs, LintOptions options, ManifestLoader loader)
    {
        using var stop = new CancellationTokenSource();
        using var ahead = new BlockingCollection<Func<ReadFile>>(boundedCapacity: 64);
        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    ahead.Add(ReadAhead(loader, input), stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The parsing side gave up (an unreadable input); nothing more to read.
            }
            finally
            {
                ahead.CompleteAdding();
            }
        });
        try
        {
            return LoadInOrder(inputs, options, loader, _ => ahead.Take());
        }
        finally
        {
            stop.Cancel();
            reader.Wait();
        }
    }

    /// <summary>Parses each input in turn; <paramref name="readOf"/> gives how to get its read file (taken for
    /// standard input too, to stay in step with a reader ahead, but standard input is read here).</summary>
    private static List<SourceFile> LoadInOrder(IReadOnlyList<InputFile> inputs, LintOptions options, ManifestLoader loader, Func<InputFile, Func<ReadFile>> readOf)
    {
        var files = new List<SourceFile>(inputs.Count);
        foreach (var input in inputs)
        {
            var read = readOf(input);
            files.Add(input.IsStandardInput
                ? loader.LoadBytes(input.DisplayPath, input.FullPath, ReadAll(options.OpenStandardInput, loader.Limits))
                : Guarded(input, () => loader.Load(read())));
        }

        return files;
    }

    /// <summary>Reads and scans one input ahead; an error is kept for the parsing side to raise in input order.</summary>
    private static Func<ReadFile> ReadAhead(ManifestLoader loader, InputFile input)
    {
        if (input.IsStandardInput)
        {
            return () => throw new InvalidOperationException("standard input is read in order, not ahead");
        }

        try
        {
            var read = Read(loader, input, scanAhead: true);
            return () => read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            return () =>
            {
                error.Throw();
                return null!;
            };
        }
    }

    /// <summary>An input read, or the problem the walk met at its path.</summary>
    private static ReadFile Read(ManifestLoader loader, InputFile input, bool scanAhead)
    {
        if (input.Problem is { } problem)
        {
            var file = new SourceFile(input.DisplayPath, input.FullPath);
            file.ProblemList.Add(new LoadProblem(LoadProblemKind.Unreadable, problem, Text.SourceSpan.At(Text.SourcePosition.Start)));
            return new ReadFile(file, null, null);
        }

        return loader.Read(input.DisplayPath, input.FullPath, scanAhead);
    }

    private static SourceFile Guarded(InputFile input, Func<SourceFile> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {input.DisplayPath}: {e.Message}");
        }
    }

    private static byte[] ReadAll(Func<Stream>? open, LoadLimits limits)
    {
        using var stream = open?.Invoke() ?? Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                break; // The loader reports the size; no need to read the rest.
            }
        }

        return buffer.ToArray();
    }

    private static Registration Register(KubeAnalyzer analyzer)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new Registration(analyzer, context);
    }

    private static List<Diagnostic> Analyze(Workspace workspace, AnalyzerOptions options, List<Registration> registrations, int parallelism)
    {
        var results = new ConcurrentBag<Diagnostic>();
        foreach (var (analyzer, context) in registrations)
        {
            foreach (var action in context.StartActions)
            {
                Guard(analyzer, null, null, results, () => action(new WorkspaceAnalysisContext(workspace, options, results.Add)));
            }
        }

        // Each object's actions, looked up once per kind; one context per object and file serves every action.
        var report = (Action<Diagnostic>)results.Add;
        var byKind = new Dictionary<string, List<AnalyzerAction>>(StringComparer.Ordinal);
        foreach (var obj in workspace.Objects)
        {
            if (byKind.ContainsKey(obj.Kind))
            {
                continue;
            }

            var actions = new List<AnalyzerAction>();
            foreach (var (analyzer, context) in registrations)
            {
                foreach (var (kinds, action) in context.ObjectActions)
                {
                    if (kinds.Length == 0 || Array.IndexOf(kinds, obj.Kind) >= 0)
                    {
                        actions.Add(new AnalyzerAction(analyzer, action));
                    }
                }
            }

            byKind[obj.Kind] = actions;
        }

        ForEach(workspace.Files, parallelism, file =>
        {
            var documentContext = new DocumentAnalysisContext(file, workspace, options, report);
            foreach (var (analyzer, context) in registrations)
            {
                foreach (var action in context.DocumentActions)
                {
                    Run(analyzer, null, file, results, action, documentContext);
                }
            }

            foreach (var document in file.Documents)
            {
                foreach (var obj in document.Objects)
                {
                    var objectContext = new ObjectAnalysisContext(obj, workspace, options, report);
                    foreach (var (analyzer, action) in byKind[obj.Kind])
                    {
                        Run(analyzer, obj, file, results, action, objectContext);
                    }
                }
            }
        });

        ForEach(registrations, parallelism, registration =>
        {
            foreach (var action in registration.Context.WorkspaceActions)
            {
                Guard(registration.Analyzer, null, null, results, () => action(new WorkspaceAnalysisContext(workspace, options, results.Add)));
            }
        });

        return [.. results];
    }

    /// <summary>A failing analyzer is reported (KL9003) and the run goes on.</summary>
    private static void Guard(KubeAnalyzer analyzer, KubeObject? obj, SourceFile? file, ConcurrentBag<Diagnostic> results, Action action) =>
        Run(analyzer, obj, file, results, static a => a(), action);

    /// <summary><see cref="Guard"/> without a closure per call: the per-object loop makes hundreds of thousands.</summary>
    private static void Run<TContext>(KubeAnalyzer analyzer, KubeObject? obj, SourceFile? file, ConcurrentBag<Diagnostic> results, Action<TContext> action, TContext context)
    {
        try
        {
            action(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var location = obj is not null ? Location.Of(obj.File, obj.Root.Span)
                : file is not null ? Location.Of(file, Text.SourceSpan.At(Text.SourcePosition.Start))
                : new Location(string.Empty, string.Empty, Text.SourceSpan.At(Text.SourcePosition.Start));
            var ids = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
            results.Add(Diagnostic.Create(KL9003AnalyzerFailed.Rule, location, obj, null, ids, obj?.DisplayName ?? file?.Path ?? "the workspace", $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static (List<Diagnostic> Visible, List<Diagnostic> Suppressed) Finish(List<Diagnostic> raw, Workspace workspace, SeverityResolver resolver)
    {
        var regions = new Dictionary<string, List<AnnotationSuppressions.Region>>(StringComparer.Ordinal);
        foreach (var obj in workspace.Objects)
        {
            foreach (var region in AnnotationSuppressions.For(obj))
            {
                regions.AddToList(obj.FileOf(region.Value).FullPath, region);
            }
        }

        var files = workspace.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        var visible = new List<Diagnostic>();
        var suppressed = new List<Diagnostic>();
        foreach (var diagnostic in raw)
        {
            if (resolver.Resolve(diagnostic.Descriptor, diagnostic.Location.FullPath, diagnostic.Severity) is not { } severity)
            {
                continue;
            }

            var effective = diagnostic with { Severity = severity };
            if (diagnostic.Object is { Origins: not null } built && diagnostic.Location.FullPath != built.File.FullPath)
            {
                // A finding in a base or patch of a kustomize build: the kustomization built it.
                effective = effective.WithRelated(Location.Of(built.File, Text.SourceSpan.At(Text.SourcePosition.Start)));
            }

            if (IsSuppressed(effective, files, regions, out var justification))
            {
                suppressed.Add(effective with { IsSuppressed = true, SuppressionJustification = justification });
            }
            else if (severity != DiagnosticSeverity.Hidden)
            {
                visible.Add(effective);
            }
        }

        visible.Sort(Compare);
        suppressed.Sort(Compare);
        return (visible, suppressed);
    }

    private static bool IsSuppressed(Diagnostic diagnostic, Dictionary<string, SourceFile> files, Dictionary<string, List<AnnotationSuppressions.Region>> regions, out string? justification)
    {
        justification = null;

        // Engine and configuration findings cannot be switched off from the places they point at.
        if (diagnostic.Descriptor.Category == RuleCategories.Engine)
        {
            return false;
        }

        var location = diagnostic.Location;
        if (files.TryGetValue(location.FullPath, out var file) && file.Suppressions.IsSuppressed(diagnostic.Id, location.Start.Line, out justification))
        {
            return true;
        }

        foreach (var region in regions.GetValueOrDefault(location.FullPath) ?? [])
        {
            if (region.Covers(diagnostic.Id, location.Start))
            {
                justification = region.Justification;
                return true;
            }
        }

        return false;
    }

    /// <summary>File, line, column, rule ID, message, then related locations: the same order on every run,
    /// whatever the threads did. The sort is not stable, so the order must be total: one selector overlapping
    /// several workloads of the same name gives findings that differ only in where they point to.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var order = Compare(a.Location, b.Location);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Id, b.Id);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Message, b.Message);
        }

        for (var i = 0; order == 0 && i < Math.Min(a.AdditionalLocations.Count, b.AdditionalLocations.Count); i++)
        {
            order = Compare(a.AdditionalLocations[i], b.AdditionalLocations[i]);
        }

        return order != 0 ? order : a.AdditionalLocations.Count.CompareTo(b.AdditionalLocations.Count);
    }

    private static int Compare(Location a, Location b)
    {
        var order = string.CompareOrdinal(a.Path, b.Path);
        return order != 0 ? order : a.Start.CompareTo(b.Start);
    }

    /// <summary>Below this much input, starting worker threads costs more than it saves (it is most of a
    /// small run's start-up), so the run stays on one thread.</summary>
    private const long ParallelThresholdBytes = 256 * 1024;

    /// <summary>The requested degree, else one thread for small inputs and one per core otherwise.</summary>
    private static int DegreeOfParallelism(int requested, IReadOnlyList<InputFile> inputs)
    {
        if (requested > 0)
        {
            return requested;
        }

        long total = 0;
        foreach (var input in inputs)
        {
            total += input.IsStandardInput ? ParallelThresholdBytes : SizeOf(input.FullPath);
            if (total >= ParallelThresholdBytes && inputs.Count > 1)
            {
                return Environment.ProcessorCount;
            }
        }

        return 1;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // Loading reports it.
        }
    }

    private static void ForEach<T>(IReadOnlyList<T> items, int parallelism, Action<T> body)
    {
        if (parallelism == 1 || items.Count < 2)
        {
            foreach (var item in items)
            {
                body(item);
            }

            return;
        }

        ForEachInParallel(items, parallelism, body);
    }

    /// <summary>Apart from <see cref="ForEach"/> so that small runs do not load the parallel library (see <see cref="LoadWithReaderAhead"/>).</summary>
    private static void ForEachInParallel<T>(IReadOnlyList<T> items, int parallelism, Action<T> body) =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);

    /// <summary>An analyzer and its context (classes, not tuples: see <see cref="ObjectAction"/>).</summary>
    private sealed record Registration(KubeAnalyzer Analyzer, AnalysisContext Context);

    private sealed record AnalyzerAction(KubeAnalyzer Analyzer, Action<ObjectAnalysisContext> Action);

    private sealed record TargetChoice(KubernetesVersion Version, TargetVersionSource Source);
}
