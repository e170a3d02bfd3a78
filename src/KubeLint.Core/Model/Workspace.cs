namespace KubeLint.Core.Model;

/// <summary>All files and objects of one run, indexed by kind and namespace.</summary>
public sealed class Workspace
{
    // Plain dictionaries: built once per run and read a few times per object, too few reads for a
    // frozen dictionary's costlier construction to pay off.
    private readonly Dictionary<string, KubeObject[]> _byKind;
    private readonly Dictionary<string, KubeObject[]> _byNamespace;
    private readonly Lazy<ObjectIndex> _index;

    internal Workspace(IReadOnlyList<SourceFile> files, string defaultNamespace = "default")
    {
        Files = files;
        DefaultNamespace = defaultNamespace;
        var objects = new List<KubeObject>();
        foreach (var file in files)
        {
            foreach (var document in file.Documents)
            {
                foreach (var obj in document.Objects)
                {
                    obj.EffectiveNamespace = obj.Namespace ?? defaultNamespace;
                    obj.Ordinal = objects.Count;
                    objects.Add(obj);
                }
            }
        }

        Objects = objects;
        _byKind = objects.GroupBy(o => o.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byNamespace = objects.GroupBy(o => o.EffectiveNamespace, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _index = new Lazy<ObjectIndex>(() => new ObjectIndex(objects));
    }

    public IReadOnlyList<SourceFile> Files { get; }

    public IReadOnlyList<KubeObject> Objects { get; }

    public string DefaultNamespace { get; }

    public int DocumentCount
    {
        get
        {
            var count = 0;
            foreach (var file in Files)
            {
                count += file.Documents.Count;
            }

            return count;
        }
    }

    public IReadOnlyList<KubeObject> OfKind(string kind) => _byKind.TryGetValue(kind, out var found) ? found : [];

    public IReadOnlyList<KubeObject> InNamespace(string ns) => _byNamespace.TryGetValue(ns, out var found) ? found : [];

    /// <summary>Objects by name and pods by label, for cross-object rules; built on first use, once per run.</summary>
    internal ObjectIndex Index => _index.Value;

    /// <summary>The object a finding's subject names, while the run keeps it (fixes read its tree); null for a
    /// subject of another workspace.</summary>
    internal KubeObject? ObjectOf(ObjectSubject? subject) =>
        subject is { Ordinal: >= 0 } && subject.Ordinal < Objects.Count && ReferenceEquals(Objects[subject.Ordinal].Subject, subject)
            ? Objects[subject.Ordinal]
            : null;

    /// <summary>The subject of the object at <paramref name="ordinal"/> (input order), or null when there is none.</summary>
    internal ObjectSubject? SubjectAt(int ordinal) => ordinal >= 0 && ordinal < Objects.Count ? Objects[ordinal].Subject : null;

    public IEnumerable<KubeObject> OfKind(string kind, string ns) => OfKind(kind).Where(o => o.EffectiveNamespace == ns);
}
