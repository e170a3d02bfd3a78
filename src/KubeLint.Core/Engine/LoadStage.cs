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
    /// Loads in input order: larger inputs on two threads, each taking the next file and loading it whole, small ones
    /// on this thread alone. YamlDotNet's scanner rents its string builders from one process-wide pool, which two
    /// threads scanning at once fight over (they were 1.8 times slower than one), so the second thread scans with a
    /// copy of YamlDotNet of its own (<see cref="IsolatedScanner"/>).
    /// </summary>
    private static List<SourceFile> Load(IReadOnlyList<InputFile> inputs, LintOptions options, LoadLimits limits, int parallelism)
    {
        var loader = new ManifestLoader(limits) { Contents = options.Contents };
        if (parallelism == 1 || inputs.Count < 2)
        {
            return LoadInOrder(inputs, options, loader);
        }

        return LoadOnTwoThreads(inputs, options, loader);
    }

    /// <summary>Kept out of <see cref="Load"/>: a ReadyToRun method loads the assemblies of every type it uses
    /// before it first runs, and a small run needs neither tasks nor load contexts.</summary>
    private static List<SourceFile> LoadOnTwoThreads(IReadOnlyList<InputFile> inputs, LintOptions options, ManifestLoader loader)
    {
        var files = new SourceFile?[inputs.Count];
        var errors = new System.Runtime.ExceptionServices.ExceptionDispatchInfo?[inputs.Count];
        var next = -1;
        var failed = false;

        // Files are taken in input order, so when one fails every earlier one has been taken and is finished
        // before the errors are looked at; the first failure in input order is the one raised, as in turn.
        void LoadTaken(Func<ReadFile, ReadFile>? scan)
        {
            int index;
            while (!Volatile.Read(ref failed) && (index = Interlocked.Increment(ref next)) < inputs.Count)
            {
                try
                {
                    files[index] = LoadOne(inputs[index], options, loader, scan);
                }
                catch (Exception e)
                {
                    errors[index] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                    Volatile.Write(ref failed, true);
                }
            }
        }

        // This thread scans with the default copy as it parses; the other sets its copy up (this thread starts
        // meanwhile, and takes every file if the copy cannot be had), then scans each file whole with it and parses.
        var second = Task.Run(() =>
        {
            if (IsolatedScanner.Instance is { } isolated)
            {
                LoadTaken(read => read.Text is { Length: <= ManifestLoader.ScanAheadLimit } text ? read with { Tokens = isolated.Scan(text) } : read);
            }
        });
        LoadTaken(null);
        second.Wait();

        var loaded = new List<SourceFile>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            errors[i]?.Throw();
            loaded.Add(files[i]!);
        }

        return loaded;
    }

    private static List<SourceFile> LoadInOrder(IReadOnlyList<InputFile> inputs, LintOptions options, ManifestLoader loader)
    {
        var files = new List<SourceFile>(inputs.Count);
        foreach (var input in inputs)
        {
            files.Add(LoadOne(input, options, loader, scan: null));
        }

        return files;
    }

    /// <summary>Loads one input; <paramref name="scan"/>, if given, scans the read text before it is parsed
    /// (without, the parser scans as it goes).</summary>
    private static SourceFile LoadOne(InputFile input, LintOptions options, ManifestLoader loader, Func<ReadFile, ReadFile>? scan) =>
        input.IsStandardInput
            ? loader.LoadBytes(input.DisplayPath, input.FullPath, ReadAll(options.OpenStandardInput, loader.Limits))
            : Guarded(input, () => loader.Load(scan is null ? Read(loader, input) : scan(Read(loader, input))));

    /// <summary>An input read, or the problem the walk met at its path.</summary>
    private static ReadFile Read(ManifestLoader loader, InputFile input)
    {
        if (input.Problem is { } problem)
        {
            var file = new SourceFile(input.DisplayPath, input.FullPath);
            file.ProblemList.Add(new LoadProblem(LoadProblemKind.Unreadable, problem, Text.SourceSpan.At(Text.SourcePosition.Start)));
            return new ReadFile(file, null, null);
        }

        return loader.Read(input.DisplayPath, input.FullPath, scanAhead: false);
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
