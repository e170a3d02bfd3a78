using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>A Kubernetes object: a document's root mapping, or one item of a <c>List</c>.</summary>
public sealed class KubeObject
{
    private static readonly IReadOnlyDictionary<string, string> NoStrings = new Dictionary<string, string>();

    private ObjectSubject? _subject;

    internal KubeObject(SourceDocument document, YMapping root, int? itemIndex, string apiVersion, string kind)
    {
        Document = document;
        Root = root;
        ItemIndex = itemIndex;
        ApiVersion = apiVersion;
        Kind = kind;
        (Group, Version) = ApiVersions.Split(apiVersion);
        Metadata = root.GetMapping("metadata");
        Name = Metadata?.GetString("name");
        Namespace = Metadata?.GetString("namespace");
        Labels = ReadStringMap(Metadata?.GetMapping("labels"));
        Annotations = ReadStringMap(Metadata?.GetMapping("annotations"));
    }

    public SourceDocument Document { get; }

    public SourceFile File => Document.File;

    /// <summary>Where the nodes of a built object were written; null for an object read from one file.</summary>
    internal NodeOrigins? Origins { get; set; }

    /// <summary>The file <paramref name="node"/> was written in: <see cref="File"/> unless the object was built from several.</summary>
    public SourceFile FileOf(YNode node) => Origins?.FileOf(node) ?? File;

    /// <summary>The object's own mapping, with positions.</summary>
    public YMapping Root { get; }

    /// <summary>The index in the enclosing <c>List</c>'s <c>items</c>, or null for a top-level object.</summary>
    public int? ItemIndex { get; }

    public string ApiVersion { get; }

    /// <summary>The API group; empty for the core group (<c>v1</c>).</summary>
    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    public YMapping? Metadata { get; }

    public string? Name { get; }

    /// <summary>The namespace written in the manifest, or null.</summary>
    public string? Namespace { get; }

    /// <summary>The namespace the object lands in: its own, else the run's default.</summary>
    public string EffectiveNamespace { get; internal set; } = "default";

    public IReadOnlyDictionary<string, string> Labels { get; }

    public IReadOnlyDictionary<string, string> Annotations { get; }

    public SourceSpan Span => Root.Span;

    /// <summary>The object's position among its workspace's objects (input order), set when the workspace is
    /// built; -1 until then.</summary>
    internal int Ordinal { get; set; } = -1;

    /// <summary>
    /// What a finding about this object carries (<see cref="Diagnostics.Diagnostic.Subject"/>): its identity and
    /// file without the tree. Made on first read, once (a race keeps the first), after the workspace has set
    /// <see cref="EffectiveNamespace"/> and <see cref="Ordinal"/>.
    /// </summary>
    public ObjectSubject Subject
    {
        get
        {
            if (_subject is { } subject)
            {
                return subject;
            }

            var created = new ObjectSubject(this);
            return Interlocked.CompareExchange(ref _subject, created, null) ?? created;
        }
    }

    /// <summary>E.g. <c>Deployment/kube-dns</c>.</summary>
    public string DisplayName => $"{Kind}/{Name ?? "<unnamed>"}";

    public override string ToString() => DisplayName;

    internal static IReadOnlyDictionary<string, string> ReadStringMap(YMapping? mapping)
    {
        if (mapping is null || mapping.Count == 0)
        {
            return NoStrings;
        }

        var map = new Dictionary<string, string>(mapping.Count, StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YScalar scalar)
            {
                map[entry.Key.Value] = scalar.IsNull ? string.Empty : scalar.Value;
            }
        }

        return map;
    }
}
