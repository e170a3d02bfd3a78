using KubeLint.Core.Collections;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// The compact index of a run, built once on first use: one <see cref="ObjectRecord"/> per object with what the
/// cross-object rules read of objects other than the one they analyse (names, kinds, pod labels and selectors,
/// ports, node port claims, cluster IPs, positions as <see cref="Diagnostics.Location"/>s), and lookups by kind,
/// namespace, name and pod label, so that finding the pods a selector picks costs about the size of the answer.
/// Records hold no tree nodes: once built, the index needs no object's tree.
/// </summary>
internal sealed class ObjectIndex
{
    /// <summary>Labels the control plane puts on pods but no template carries; selectors that need them cannot be judged from manifests.</summary>
    public static readonly IReadOnlySet<string> ControllerAddedLabels = new HashSet<string>(StringComparer.Ordinal)
    {
        "pod-template-hash",
        "controller-revision-hash",
        "statefulset.kubernetes.io/pod-name",
        "apps.kubernetes.io/pod-index",
        "controller-uid",
        "job-name",
        "batch.kubernetes.io/controller-uid",
        "batch.kubernetes.io/job-name",
        "batch.kubernetes.io/job-completion-index",
    };

    /// <summary>How many pod sources of the same file, and how many sharing a label, <see cref="Closest"/> scores.</summary>
    public const int MaxClosestCandidates = 64;

    private readonly List<ObjectRecord> _records = [];
    private readonly Dictionary<Key, ObjectRecord> _byName = []; // kind, namespace, name
    private readonly Dictionary<Key, List<ObjectRecord>> _byKindAndName = []; // kind, name
    private readonly Dictionary<string, List<ObjectRecord>> _byKind = new(StringComparer.Ordinal);
    private readonly HashSet<Key> _kindsByNamespace = []; // kind, namespace
    private readonly Dictionary<Key, List<PodRecord>> _podsByLabelKey = []; // namespace, label key
    private readonly Dictionary<string, List<PodRecord>> _podsByNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<Key, List<PodRecord>> _podsByLabel = []; // namespace, label key, value
    private readonly Dictionary<int, List<PodRecord>> _podsByFile = []; // file ordinal
    private readonly List<PodRecord> _podSources = [];

    // Files by identity, to find the pods of the querying object's file; the files outlive the index anyway.
    private readonly Dictionary<SourceFile, int> _fileOrdinals = new(ReferenceEqualityComparer.Instance);

    public ObjectIndex(IEnumerable<KubeObject> objects)
    {
        foreach (var obj in objects)
        {
            if (!_fileOrdinals.TryGetValue(obj.File, out var fileOrdinal))
            {
                _fileOrdinals[obj.File] = fileOrdinal = _fileOrdinals.Count;
            }

            var record = Read(obj, _records.Count, fileOrdinal);
            _records.Add(record);
            var ns = record.EffectiveNamespace;
            _kindsByNamespace.Add(new Key(record.Kind, ns));
            _byKind.AddToList(record.Kind, record);
            if (record.Name is { } name)
            {
                _byName.TryAdd(new Key(record.Kind, ns, name), record);
                _byKindAndName.AddToList(new Key(record.Kind, name), record);
            }

            if (PodSource.Of(obj) is not { } source)
            {
                continue;
            }

            var pods = new PodRecord(record, source, _podSources.Count);
            record.Pods = pods;
            _podSources.Add(pods);
            _podsByFile.AddToList(fileOrdinal, pods);
            _podsByNamespace.AddToList(ns, pods);
            foreach (var (key, value) in pods.Labels)
            {
                _podsByLabel.AddToList(new Key(ns, key, value), pods);
                _podsByLabelKey.AddToList(new Key(ns, key), pods);
            }
        }
    }

    /// <summary>Every object of the run, in input order.</summary>
    public IReadOnlyList<ObjectRecord> Records => _records;

    /// <summary>Every pod source of the run, in input order.</summary>
    public IReadOnlyList<PodRecord> PodSources => _podSources;

    public IReadOnlyList<PodRecord> PodSourcesIn(string ns) =>
        _podsByNamespace.TryGetValue(ns, out var found) ? found : [];

    /// <summary>The object of a kind with a name in a namespace (the first, when several), or null.</summary>
    public ObjectRecord? Find(string kind, string ns, string name) =>
        _byName.TryGetValue(new Key(kind, ns, name), out var found) ? found : null;

    /// <summary>Whether the inputs hold any object of a kind in a namespace.</summary>
    public bool Holds(string kind, string ns) => _kindsByNamespace.Contains(new Key(kind, ns));

    /// <summary>Whether some pod source of a namespace carries a label key, whatever its value.</summary>
    public bool HoldsPodLabelKey(string ns, string key) => _podsByLabelKey.ContainsKey(new Key(ns, key));

    /// <summary>Objects of a kind with a name, in any namespace.</summary>
    public IReadOnlyList<ObjectRecord> FindAnywhere(string kind, string name) =>
        _byKindAndName.TryGetValue(new Key(kind, name), out var found) ? found : [];

    /// <summary>Objects of a kind (any group), in input order.</summary>
    public IReadOnlyList<ObjectRecord> OfKind(string kind) => _byKind.TryGetValue(kind, out var found) ? found : [];

    /// <summary>The pod sources of a namespace whose pod labels a selector matches, in input order.
    /// Requirements on <see cref="ControllerAddedLabels"/> are left out; an empty selector matches every source.</summary>
    public IEnumerable<PodRecord> Select(string ns, LabelSelector selector) => Select(ns, SelectorTerms.Of(selector));

    /// <summary>As <see cref="Select(string, LabelSelector)"/>, for a selector the index keeps.</summary>
    public IEnumerable<PodRecord> Select(string ns, SelectorTerms selector)
    {
        var effective = selector.Without(ControllerAddedLabels);
        var candidates = Candidates(effective, ns) ?? PodSourcesIn(ns);
        return candidates.Where(s => effective.Matches(s.Labels));
    }

    /// <summary>The pod sources in other namespaces that a selector would match there.</summary>
    public IEnumerable<PodRecord> SelectElsewhere(string ns, LabelSelector selector)
    {
        var terms = SelectorTerms.Of(selector);
        foreach (var other in _podsByNamespace.Keys)
        {
            if (other == ns)
            {
                continue;
            }

            foreach (var source in Select(other, terms))
            {
                yield return source;
            }
        }
    }

    /// <summary>
    /// For a selector that matches nothing: the pod source of the namespace that comes closest,
    /// scored by the requirements it satisfies, then by the selector keys it carries with another
    /// value (a typo); ties go to input order. A hint, so its cost is bounded: the candidates are
    /// the first <see cref="MaxClosestCandidates"/> pod sources of <paramref name="file"/> and as
    /// many sharing the selector's rarest label (else one of its keys).
    /// </summary>
    public PodRecord? Closest(string ns, LabelSelector selector, SourceFile? file = null)
    {
        IReadOnlyList<PodRecord>? rarest = null;
        for (var r = 0; r < selector.Requirements.Count; r++)
        {
            var requirement = selector.Requirements[r];
            for (var v = 0; requirement.Operator == LabelOperator.In && v < requirement.Values.Count; v++)
            {
                var postings = Postings(ns, requirement.Key, requirement.Values[v]);
                if (postings.Count > 0 && (rarest is null || postings.Count < rarest.Count))
                {
                    rarest = postings;
                }
            }
        }

        for (var r = 0; rarest is null && r < selector.Requirements.Count; r++)
        {
            if (_podsByLabelKey.TryGetValue(new Key(ns, selector.Requirements[r].Key), out var withKey))
            {
                rarest = withKey;
            }
        }

        PodRecord? best = null;
        var bestScore = 0;
        var sameFile = file is not null && _fileOrdinals.TryGetValue(file, out var fileOrdinal) && _podsByFile.TryGetValue(fileOrdinal, out var inFile) ? inFile : null;
        for (var i = 0; sameFile is not null && i < Math.Min(sameFile.Count, MaxClosestCandidates); i++)
        {
            Score(sameFile[i]);
        }

        for (var i = 0; rarest is not null && i < Math.Min(rarest.Count, MaxClosestCandidates); i++)
        {
            Score(rarest[i]);
        }

        return best;

        void Score(PodRecord source)
        {
            if (source.Object.EffectiveNamespace != ns)
            {
                return;
            }

            var score = 0;
            for (var r = 0; r < selector.Requirements.Count; r++)
            {
                var requirement = selector.Requirements[r];
                score += requirement.Matches(source.Labels) ? 2 : source.Labels.ContainsKey(requirement.Key) ? 1 : 0;
            }

            if (score > bestScore || (score == bestScore && best is not null && source.Ordinal < best.Ordinal))
            {
                best = source;
                bestScore = score;
            }
        }
    }

    /// <summary>The shortest posting list among the selector's equality and <c>In</c> requirements, or null to scan.</summary>
    private IReadOnlyList<PodRecord>? Candidates(SelectorTerms selector, string ns)
    {
        IReadOnlyList<PodRecord>? best = null;
        for (var r = 0; r < selector.Requirements.Count; r++)
        {
            var requirement = selector.Requirements[r];
            if (requirement.Operator != LabelOperator.In)
            {
                continue;
            }

            var values = requirement.Values;
            IReadOnlyList<PodRecord> list;
            if (values.Count == 1)
            {
                list = Postings(ns, requirement.Key, values[0]);
            }
            else
            {
                var lists = values.Distinct().Select(v => Postings(ns, requirement.Key, v)).ToList();
                if (best is not null && lists.Sum(l => l.Count) >= best.Count)
                {
                    continue;
                }

                list = lists.SelectMany(l => l).Distinct().ToList();
            }

            if (best is null || list.Count < best.Count)
            {
                best = list;
            }
        }

        return best;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "A miss returns the shared empty list; a List return type would allocate one per miss.")]
    private IReadOnlyList<PodRecord> Postings(string ns, string key, string value) =>
        _podsByLabel.GetValueOrDefault(new Key(ns, key, value)) ?? (IReadOnlyList<PodRecord>)[];

    /// <summary>A record of everything the rules compare, read from the object's tree once.</summary>
    private static ObjectRecord Read(KubeObject obj, int ordinal, int fileOrdinal)
    {
        var record = new ObjectRecord(obj, ordinal, fileOrdinal);
        var spec = obj.Root.GetMapping("spec");
        switch (obj.Kind)
        {
            case "Service":
                record.Service = ServiceRecord.Read(obj);
                break;
            case "ServiceAccount":
                record.OptsOutOfTokenMount = YValues.IsFalse(obj.Root["automountServiceAccountToken"]);
                break;
            case "Deployment" or "StatefulSet" or "ReplicaSet" or "ReplicationController":
                if (YValues.TryGetInt(spec?["replicas"], out var replicas) && spec!.MappingAt("template.metadata.labels") is { } labels)
                {
                    record.Replicas = replicas;
                    record.TemplateLabels = KubeObject.ReadStringMap(labels);
                }

                break;
        }

        if (spec?.GetMapping("scaleTargetRef") is { } target && target.GetString("name") is { } targetName)
        {
            record.ScaleTarget = new ScaleTargetRecord(target.GetString("kind"), targetName);
        }

        return record;
    }

    private sealed record Key(string A, string B, string C = "");
}
