using KubeLint.Core.Collections;

namespace KubeLint.Core.Model;

/// <summary>
/// Lookups for cross-object rules, built once per run on first use: objects by kind, namespace
/// and name, and pod sources by namespace and by label, so that finding the pods a selector
/// picks costs about the size of the answer rather than the size of the workspace.
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

    private readonly Dictionary<Key, KubeObject> _byName = []; // kind, namespace, name
    private readonly Dictionary<Key, List<KubeObject>> _byKindAndName = []; // kind, name
    private readonly HashSet<Key> _kindsByNamespace = []; // kind, namespace
    private readonly Dictionary<Key, List<PodSource>> _podsByLabelKey = []; // namespace, label key
    private readonly Dictionary<string, List<PodSource>> _podsByNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<Key, List<PodSource>> _podsByLabel = []; // namespace, label key, value
    private readonly Dictionary<SourceFile, List<PodSource>> _podsByFile = [];
    private readonly List<PodSource> _podSources = [];
    private readonly Dictionary<KubeObject, PodSource> _podSourceByObject = new(ReferenceEqualityComparer.Instance);

    public ObjectIndex(IEnumerable<KubeObject> objects)
    {
        foreach (var obj in objects)
        {
            var ns = obj.EffectiveNamespace;
            _kindsByNamespace.Add(new Key(obj.Kind, ns));
            if (obj.Name is { } name)
            {
                _byName.TryAdd(new Key(obj.Kind, ns, name), obj);
                _byKindAndName.AddToList(new Key(obj.Kind, name), obj);
            }

            if (PodSource.Of(obj) is not { } source)
            {
                continue;
            }

            source.Ordinal = _podSources.Count;
            _podSources.Add(source);
            _podSourceByObject[obj] = source;
            _podsByFile.AddToList(obj.File, source);
            _podsByNamespace.AddToList(ns, source);
            foreach (var (key, value) in source.Labels)
            {
                _podsByLabel.AddToList(new Key(ns, key, value), source);
                _podsByLabelKey.AddToList(new Key(ns, key), source);
            }
        }
    }

    /// <summary>Every pod source of the run, in input order.</summary>
    public IReadOnlyList<PodSource> PodSources => _podSources;

    /// <summary>The pod source an object is, or null when it holds no pods.</summary>
    public PodSource? PodSourceOf(KubeObject obj) => _podSourceByObject.GetValueOrDefault(obj);

    public IReadOnlyList<PodSource> PodSourcesIn(string ns) =>
        _podsByNamespace.TryGetValue(ns, out var found) ? found : [];

    /// <summary>The object of a kind with a name in a namespace (the first, when several), or null.</summary>
    public KubeObject? Find(string kind, string ns, string name) =>
        _byName.TryGetValue(new Key(kind, ns, name), out var found) ? found : null;

    /// <summary>Whether the inputs hold any object of a kind in a namespace.</summary>
    public bool Holds(string kind, string ns) => _kindsByNamespace.Contains(new Key(kind, ns));

    /// <summary>Whether some pod source of a namespace carries a label key, whatever its value.</summary>
    public bool HoldsPodLabelKey(string ns, string key) => _podsByLabelKey.ContainsKey(new Key(ns, key));

    /// <summary>Objects of a kind with a name, in any namespace.</summary>
    public IReadOnlyList<KubeObject> FindAnywhere(string kind, string name) =>
        _byKindAndName.TryGetValue(new Key(kind, name), out var found) ? found : [];

    /// <summary>The pod sources of a namespace whose pod labels a selector matches, in input order.
    /// Requirements on <see cref="ControllerAddedLabels"/> are left out; an empty selector matches every source.</summary>
    public IEnumerable<PodSource> Select(string ns, LabelSelector selector)
    {
        var effective = selector.Without(ControllerAddedLabels);
        var candidates = Candidates(effective, ns) ?? PodSourcesIn(ns);
        return candidates.Where(s => effective.Matches(s.Labels));
    }

    /// <summary>The pod sources in other namespaces that a selector would match there.</summary>
    public IEnumerable<PodSource> SelectElsewhere(string ns, LabelSelector selector)
    {
        foreach (var other in _podsByNamespace.Keys)
        {
            if (other == ns)
            {
                continue;
            }

            foreach (var source in Select(other, selector))
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
    public PodSource? Closest(string ns, LabelSelector selector, SourceFile? file = null)
    {
        IReadOnlyList<PodSource>? rarest = null;
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

        PodSource? best = null;
        var bestScore = 0;
        var sameFile = file is not null ? _podsByFile.GetValueOrDefault(file) : null;
        for (var i = 0; sameFile is not null && i < Math.Min(sameFile.Count, MaxClosestCandidates); i++)
        {
            Score(sameFile[i]);
        }

        for (var i = 0; rarest is not null && i < Math.Min(rarest.Count, MaxClosestCandidates); i++)
        {
            Score(rarest[i]);
        }

        return best;

        void Score(PodSource source)
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
    private IReadOnlyList<PodSource>? Candidates(LabelSelector selector, string ns)
    {
        IReadOnlyList<PodSource>? best = null;
        for (var r = 0; r < selector.Requirements.Count; r++)
        {
            var requirement = selector.Requirements[r];
            if (requirement.Operator != LabelOperator.In)
            {
                continue;
            }

            var values = requirement.Values;
            IReadOnlyList<PodSource> list;
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
    private IReadOnlyList<PodSource> Postings(string ns, string key, string value) =>
        _podsByLabel.GetValueOrDefault(new Key(ns, key, value)) ?? (IReadOnlyList<PodSource>)[];

    private sealed record Key(string A, string B, string C = "");
}
