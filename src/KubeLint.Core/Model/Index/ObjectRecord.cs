using KubeLint.Core.Diagnostics;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// What the cross-object rules read of an object other than the one they analyse: its identity, where it stands,
/// and the few facts of its kind they compare (<see cref="Pods"/>, <see cref="Service"/> …). Strings are the
/// object's own (shared, not copied); places are <see cref="Location"/>s, never nodes, so that a record does not
/// keep its object's tree alive.
/// </summary>
internal sealed class ObjectRecord
{
    internal ObjectRecord(KubeObject obj, int ordinal, int fileOrdinal)
    {
        Subject = obj;
        Ordinal = ordinal;
        FileOrdinal = fileOrdinal;
        Kind = obj.Kind;
        Group = obj.Group;
        ApiVersion = obj.ApiVersion;
        Name = obj.Name;
        EffectiveNamespace = obj.EffectiveNamespace;
        FilePath = obj.File.Path;
        FileFullPath = obj.File.FullPath;
        IsBuilt = obj.Origins is not null;
        Start = obj.Span.Start;
        RootLocation = Location.Of(obj, obj.Root);
        NameLocation = obj.Metadata?["name"] is YScalar name ? Location.Of(obj, name) : null;
        IsConfigurationFile = ConfigurationKinds.IsConfigurationFile(obj);
    }

    /// <summary>
    /// The object itself, only to name it as the subject of a finding a workspace action reports on it
    /// (<see cref="Diagnostic.Create(DiagnosticDescriptor, Location, KubeObject?, IReadOnlyList{Location}?, object?[])"/>),
    /// until a finding carries a compact subject. Rules never read through it (IndexGuardTests).
    /// </summary>
    public KubeObject Subject { get; }

    /// <summary>Position among the run's objects (input order).</summary>
    public int Ordinal { get; }

    /// <summary>Which input file (by identity): objects of one kustomize build share it.</summary>
    public int FileOrdinal { get; }

    public string Kind { get; }

    /// <summary>The API group; empty for the core group.</summary>
    public string Group { get; }

    public string ApiVersion { get; }

    public string? Name { get; }

    public string EffectiveNamespace { get; }

    /// <summary>The display path of the object's file (for a built object, the build's).</summary>
    public string FilePath { get; }

    public string FileFullPath { get; }

    /// <summary>Whether kustomize built the object (its nodes come from several files).</summary>
    public bool IsBuilt { get; }

    /// <summary>Where the object's mapping starts in <see cref="FilePath"/>.</summary>
    public SourcePosition Start { get; }

    /// <summary>The whole object, for a related location.</summary>
    public Location RootLocation { get; }

    /// <summary><c>metadata.name</c> when it is a scalar, else null.</summary>
    public Location? NameLocation { get; }

    /// <summary>A configuration file's kind (kubeadm, kubelet …), not an object for the apiserver.</summary>
    public bool IsConfigurationFile { get; }

    /// <summary>The pods the object puts in its namespace, or null when it holds none.</summary>
    public PodRecord? Pods { get; internal set; }

    /// <summary>What the network rules compare of a Service (any object of kind Service), else null.</summary>
    public ServiceRecord? Service { get; internal set; }

    /// <summary>For a ServiceAccount: whether it sets <c>automountServiceAccountToken: false</c>.</summary>
    public bool OptsOutOfTokenMount { get; internal set; }

    /// <summary>The workload <c>spec.scaleTargetRef</c> names (an HPA, KEDA's ScaledObject …), when it gives a name.</summary>
    public ScaleTargetRecord? ScaleTarget { get; internal set; }

    /// <summary><c>spec.replicas</c> when written as an integer, else null.</summary>
    public long? Replicas { get; internal set; }

    /// <summary><c>spec.template.metadata.labels</c> when it is a mapping, else null.</summary>
    public IReadOnlyDictionary<string, string>? TemplateLabels { get; internal set; }

    /// <summary>E.g. <c>Deployment/kube-dns</c>, as <see cref="KubeObject.DisplayName"/>.</summary>
    public string DisplayName => $"{Kind}/{Name ?? "<unnamed>"}";

    public override string ToString() => DisplayName;
}

/// <summary>A <c>scaleTargetRef</c>: the kind (null when unset) and name of the workload of the same namespace.</summary>
internal sealed record ScaleTargetRecord(string? Kind, string Name);
