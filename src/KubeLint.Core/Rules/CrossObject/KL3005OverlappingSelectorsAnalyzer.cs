using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3005: a controller whose selector matches the pods of another controller, or a bare Pod, in
/// its namespace. Controllers then count (and may adopt or delete) pods they did not create.
/// Two controllers are compared through their pods: A overlaps B when A's selector matches the
/// labels of B's pod template.
/// </summary>
/// <remarks>
/// Reported per group, not per pair (#15): 1,000 Deployments sharing one selector gave 499,500 findings. Controllers
/// that overlap, directly or through others, form one group and get one finding at the last of them to reach another's
/// pods; a bare Pod gets one finding naming every controller that claims it. Related locations are capped.
/// </remarks>
internal sealed class KL3005OverlappingSelectorsAnalyzer : KubeAnalyzer
{
    /// <summary>Related locations (and names in the message) per finding; the message counts the rest.</summary>
    public const int MaxRelated = 10;

    /// <summary>Names spelt out in a group's message before "and N more".</summary>
    private const int MaxNamed = 3;

    public static readonly DiagnosticDescriptor Rule = new(
        "KL3005",
        "Selectors overlap",
        "{0} and {1} overlap: {2}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext ctx)
    {
        var index = ctx.Workspace.Index;
        var sources = index.PodSources;
        Groups? groups = null;
        Dictionary<PodRecord, List<PodRecord>>? claimedPods = null;
        var withoutAdded = new SelectorTerms?[sources.Count];
        foreach (var controller in sources)
        {
            if (controller.ClaimSelector is not { IsEmpty: false } selector)
            {
                continue;
            }

            foreach (var other in index.Select(controller.Object.EffectiveNamespace, selector))
            {
                // The same kind and name twice is one object written twice (variants of a manifest), not two controllers.
                if (other == controller || (other.Object.Kind == controller.Object.Kind && other.Object.Name == controller.Object.Name))
                {
                    continue;
                }

                if (other.IsBarePod)
                {
                    claimedPods ??= [];
                    if (!claimedPods.TryGetValue(other, out var claimants))
                    {
                        claimedPods[other] = claimants = [];
                    }

                    claimants.Add(controller);
                }
                else if (other.ClaimSelector is { IsEmpty: false } otherSelector
                    && (other.Ordinal < controller.Ordinal
                        || !(withoutAdded[other.Ordinal] ??= otherSelector.Without(ObjectIndex.ControllerAddedLabels)).Matches(controller.Labels)))
                {
                    // Mutual overlaps count once, for the later controller.
                    (groups ??= new Groups(sources.Count)).Join(controller, other);
                }
            }
        }

        groups?.Report(ctx, sources);
        foreach (var (pod, claimants) in claimedPods ?? [])
        {
            ReportBarePod(ctx, pod, claimants);
        }
    }

    private static void ReportBarePod(WorkspaceAnalysisContext ctx, PodRecord pod, List<PodRecord> claimants)
    {
        var location = pod.LabelsAnchor;
        var related = claimants.Take(MaxRelated).Select(c => c.SelectorAnchor).ToList();
        if (claimants.Count == 1)
        {
            var controller = claimants[0];
            var consequence = Adopts(controller)
                ? "adopts it and may delete it to keep its pod count"
                : "counts it among its own pods";
            var detail = $"the Pod's labels match the selector {controller.ClaimSelector}, and the {controller.Object.Kind} {consequence}";
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, location, pod.Object.Subject, related, Name(ctx, pod.Object), Name(ctx, controller.Object), detail));
            return;
        }

        var adopting = claimants.Any(Adopts) ? "; a ReplicaSet, ReplicationController, DaemonSet or Job among them adopts it and may delete it" : string.Empty;
        ctx.ReportDiagnostic(Diagnostic.Create(
            Rule, location, pod.Object.Subject, related, Name(ctx, pod.Object), Several(ctx, claimants, "controllers"),
            $"the Pod's labels match the selector of each, so each counts it among its own pods{adopting}"));
    }

    private static bool Adopts(PodRecord controller) => controller.Object.Kind is "ReplicaSet" or "ReplicationController" or "DaemonSet" or "Job";

    /// <summary>"N controllers (A, B, C and M more)": the names of the first few, the count of all.</summary>
    private static string Several(WorkspaceAnalysisContext ctx, List<PodRecord> members, string noun)
    {
        var names = string.Join(", ", members.Take(MaxNamed).Select(m => Name(ctx, m.Object)));
        var rest = members.Count > MaxNamed ? $" and {members.Count - MaxNamed} more" : string.Empty;
        return $"{members.Count} {noun} ({names}{rest})";
    }

    /// <summary>
    /// The object's kind and name, with its file and line when the inputs hold another variant of it (the same kind,
    /// namespace and name, e.g. a single-node and an HA manifest of one app): else two findings would read the same.
    /// </summary>
    private static string Name(WorkspaceAnalysisContext ctx, ObjectRecord obj)
    {
        var variants = 0;
        foreach (var same in ctx.Workspace.Index.FindAnywhere(obj.Kind, obj.Name ?? string.Empty))
        {
            if (same.EffectiveNamespace == obj.EffectiveNamespace && ++variants > 1)
            {
                return $"{obj.DisplayName} ({obj.FilePath}:{obj.Start.Line})";
            }
        }

        return obj.DisplayName;
    }

    /// <summary>Overlapping controllers joined into groups (union–find by ordinal); each group remembers the controller
    /// of its latest overlap, where the finding stands.</summary>
    private sealed class Groups(int count)
    {
        private readonly int[] _parent = Ordinals(count);
        private readonly int[] _reporter = Enumerable.Repeat(-1, count).ToArray();

        public void Join(PodRecord controller, PodRecord other)
        {
            var (a, b) = (Root(controller.Ordinal), Root(other.Ordinal));
            var reporter = Math.Max(controller.Ordinal, Math.Max(_reporter[a], _reporter[b]));
            if (a != b)
            {
                _parent[b] = a;
            }

            _reporter[a] = reporter;
        }

        public void Report(WorkspaceAnalysisContext ctx, IReadOnlyList<PodRecord> sources)
        {
            var members = new Dictionary<int, List<PodRecord>>();
            foreach (var source in sources)
            {
                var root = Root(source.Ordinal);
                if (_reporter[root] >= 0 && source.Ordinal != _reporter[root])
                {
                    if (!members.TryGetValue(root, out var list))
                    {
                        members[root] = list = [];
                    }

                    list.Add(source);
                }
            }

            foreach (var (root, others) in members)
            {
                ReportGroup(ctx, sources[_reporter[root]], others);
            }
        }

        private static void ReportGroup(WorkspaceAnalysisContext ctx, PodRecord controller, List<PodRecord> others)
        {
            var name = Name(ctx, controller.Object);
            var related = others.Take(MaxRelated).Select(o => o.LabelsAnchor).ToList();
            if (others.Count == 1)
            {
                var otherName = Name(ctx, others[0].Object);
                var detail = $"the selector of {name} ({controller.ClaimSelector}) matches the pods of {otherName}, so both claim the same pods and fight over them";
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, controller.SelectorAnchor, controller.Object.Subject, related, name, otherName, detail));
                return;
            }

            ctx.ReportDiagnostic(Diagnostic.Create(
                Rule, controller.SelectorAnchor, controller.Object.Subject, related, name, Several(ctx, others, "other controllers"),
                "each of their selectors matches the pods of another of them, so they claim the same pods and fight over them"));
        }

        private int Root(int at)
        {
            while (_parent[at] != at)
            {
                _parent[at] = _parent[_parent[at]];
                at = _parent[at];
            }

            return at;
        }

        // A loop, not Enumerable.Range(...).ToArray(): see ColdStartJitTests.
        private static int[] Ordinals(int count)
        {
            var ordinals = new int[count];
            for (var i = 0; i < count; i++)
            {
                ordinals[i] = i;
            }

            return ordinals;
        }
    }
}
