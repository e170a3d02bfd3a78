using System.Collections.Concurrent;
using KubeLint.Core.Configuration;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;

namespace KubeLint.Core.Engine;

/// <summary>The first stage: the configuration read, the inputs resolved and walked, the files loaded in
/// input order and the kustomizations among them built.</summary>
internal static class LoadStage
{
    /// <summary>Resolves and loads the inputs. Throws <see cref="InputException"/> for an unreadable one.</summary>
    public static LoadedInputs Run(LintOptions options, KubeLintConfig config, LoadLimits limits)
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

        var editorConfig = EditorConfigOptions.Discover(linted.Where(i => !i.IsStandardInput).Select(i => i.FullPath));
        return new LoadedInputs(files, context, skipped, editorConfig, parallelism);
    }

    public static LoadLimits LimitsOf(LintOptions options, KubeLintConfig config) =>
        options.Limits ?? (config.MaxFileSize is { } max ? LoadLimits.Default with { MaxFileBytes = max } : LoadLimits.Default);

    public static KubeLintConfig Config(LintOptions options)
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

    /// <summary>Apart from <see cref="Run"/> so that a run without a kustomization loads none of the build's types.</summary>
    private static List<SourceFile> BuildKustomizations(List<SourceFile> files, LoadLimits limits, string workingDirectory) =>
        Kustomize.KustomizeStage.Apply(files, limits, workingDirectory);

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

    internal static byte[] ReadAll(Func<Stream>? open, LoadLimits limits)
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
}

/// <summary>What the load stage hands on: every file (linted and context, kustomize builds last), the context
/// files if any, the documents a walk skipped, the <c>.editorconfig</c> options found beside the linted inputs,
/// and how many threads the later stages may use.</summary>
internal sealed record LoadedInputs(List<SourceFile> Files, LintContext? Context, List<SkippedInput> Skipped, EditorConfigOptions EditorConfig, int Parallelism);
