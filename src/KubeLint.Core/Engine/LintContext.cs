using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Engine;

/// <summary>
/// The manifests of <c>--context</c>: loaded with the linted inputs so that cross-object rules see the whole
/// repository (a staged Service and the unchanged Deployment it points at), but no finding located in one of them is
/// reported. A finding on a linted file whose cause lies in a context file is, with the context file as its related
/// location. Context paths are walked with the run's filters (<c>.kubelint.yaml</c> include and exclude,
/// <c>--exclude</c>, ignore files); a file that is also linted is linted, not context.
/// </summary>
internal sealed class LintContext
{
    public static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    private LintContext(IReadOnlyList<InputFile> inputs, HashSet<string> files, HashSet<string> displayPaths)
    {
        Inputs = inputs;
        Files = files;
        _displayPaths = displayPaths;
    }

    private readonly HashSet<string> _displayPaths;

    /// <summary>The linted inputs first, in their order, then the context files.</summary>
    public IReadOnlyList<InputFile> Inputs { get; }

    /// <summary>Full paths of the context files.</summary>
    public HashSet<string> Files { get; }

    public static LintContext Resolve(LintOptions options, IReadOnlyList<InputFile> linted, IReadOnlyList<PathFilter> exclude, PathFilter include)
    {
        IReadOnlyList<InputFile> found;
        try
        {
            found = InputResolver.Resolve(options.Context, options.WorkingDirectory, exclude, include, options.UseIgnoreFiles);
        }
        catch (InputException e) when (e.Message.StartsWith("path not found: ", StringComparison.Ordinal))
        {
            throw new InputException($"--context {e.Message}");
        }

        var lintedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in linted)
        {
            lintedPaths.Add(input.FullPath);
        }

        var inputs = new List<InputFile>(linted);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var displayPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in found)
        {
            if (input.IsStandardInput)
            {
                throw new InputException("--context takes folders or files, not standard input ('-')");
            }

            if (!lintedPaths.Contains(input.FullPath))
            {
                // As found by a walk even when named: context is never reported, so a non-manifest in it is skipped quietly.
                inputs.Add(input with { FromWalk = true });
                files.Add(input.FullPath);
                displayPaths.Add(input.DisplayPath);
            }
        }

        return new LintContext(inputs, files, displayPaths);
    }

    public List<Diagnostic> OnlyLinted(List<Diagnostic> diagnostics) => diagnostics.FindAll(d => !Files.Contains(d.Location.FullPath));

    public List<SkippedInput> OnlyLinted(List<SkippedInput> skipped) => skipped.FindAll(s => !_displayPaths.Contains(s.Path));
}
