using KubeLint.Core.Loading;
using KubeLint.Core.Model;

namespace KubeLint.Core.Kustomize;

/// <summary>The files a build reads, each loaded once: the run's own inputs, and files outside them (a base beside
/// the overlay named on the command line) loaded on first use and kept in <see cref="Extra"/>, so that the run
/// knows them (their suppression comments, their YAML problems).</summary>
internal sealed class KustomizeFiles
{
    private readonly Dictionary<string, SourceFile> _byPath = new(StringComparer.Ordinal);
    private readonly ManifestLoader _loader;
    private readonly string _workingDirectory;

    public KustomizeFiles(IEnumerable<SourceFile> loaded, ManifestLoader loader, string workingDirectory)
    {
        foreach (var file in loaded)
        {
            _byPath.TryAdd(file.FullPath, file);
        }

        _loader = loader;
        _workingDirectory = workingDirectory;
    }

    public List<SourceFile> Extra { get; } = [];

    public SourceFile Get(string fullPath)
    {
        if (_byPath.TryGetValue(fullPath, out var file))
        {
            return file;
        }

        var display = Engine.InputResolver.DisplayPath(fullPath, _workingDirectory);
        try
        {
            file = _loader.LoadFile(display, fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Engine.InputException($"cannot read {display}: {e.Message}");
        }

        _byPath[fullPath] = file;
        Extra.Add(file);
        return file;
    }
}
