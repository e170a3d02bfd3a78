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
        Subject = obj.Subject;
        Ordinal = ordinal;
        FileOrdinal = fileOrdinal;
        Start = obj.Span.Start;
        RootLocation = Location.Of(obj, obj.Root);
        NameLocation = obj.Metadata?["name"] is YScalar name ? Location.Of(obj, name) : null;
        IsConfigurationFile = ConfigurationKinds.IsConfigurationFile(obj);
    }

    /// <summary>
    /// The object's identity and file, shared with its findings: a workspace action reporting on the object passes
    /// it to <see cref="Diagnostic.Create(DiagnosticDescriptor, Location, ObjectSubject?, IReadOnlyList{Location}?, object?[])"/>.
    /// The record's identity properties read it, so they cost no fields of their own.
    /// </summary>
    public ObjectSubject Subject { get; }

    /// <summary>Position among the run's objects (input order).</summary>
    public int Ordinal { get; }

    /// <summary>Which input file (by identity): objects of one kustomize build share it.</summary>
    public int FileOrdinal { get; }

    public string Kind => Subject.Kind;

    /// <summary>The API group; empty for the core group.</summary>
    public string Group => Subject.Group;

    public string ApiVersion => Subject.ApiVersion;

    public string? Name => Subject.Name;

    public string EffectiveNamespace => Subject.EffectiveNamespace;

    /// <summary>The display path of the object's file (for a built object, the build's).</summary>
    public string FilePath => Subject.FilePath;

    public string FileFullPath => Subject.FileFullPath;

    /// <summary>Whether kustomize built the object (its nodes come from several files).</summary>
    public bool IsBuilt => Subject.IsBuilt;

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
    public string DisplayName => Subject.DisplayName;

    public override string ToString() => DisplayName;
}

/// <summary>A <c>scaleTargetRef</c>: the kind (null when unset) and name of the workload of the same namespace.</summary>
internal sealed record ScaleTargetRecord(string? Kind, string Name);
