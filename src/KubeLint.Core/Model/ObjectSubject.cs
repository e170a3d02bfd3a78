namespace KubeLint.Core.Model;

/// <summary>
/// What a finding is about when it is about an object: the object's identity and file, without its tree. One
/// instance per object (<see cref="KubeObject.Subject"/>), shared by every finding on it, so that findings kept
/// until the report hold a few strings, not the object's nodes. It references no node, object, document or
/// file (IndexGuardTests), so an engine that drops trees once they are analysed can keep the findings.
/// </summary>
public sealed class ObjectSubject
{
    internal ObjectSubject(KubeObject obj)
    {
        Kind = obj.Kind;
        ApiVersion = obj.ApiVersion;
        Group = obj.Group;
        Version = obj.Version;
        Name = obj.Name;
        Namespace = obj.Namespace;
        EffectiveNamespace = obj.EffectiveNamespace;
        FilePath = obj.File.Path;
        FileFullPath = obj.File.FullPath;
        IsBuilt = obj.Origins is not null;
        Ordinal = obj.Ordinal;
    }

    public string Kind { get; }

    public string ApiVersion { get; }

    /// <summary>The API group; empty for the core group (<c>v1</c>).</summary>
    public string Group { get; }

    public string Version { get; }

    public string? Name { get; }

    /// <summary>The namespace written in the manifest, or null.</summary>
    public string? Namespace { get; }

    /// <summary>The namespace the object lands in: its own, else the run's default.</summary>
    public string EffectiveNamespace { get; }

    /// <summary>The display path of the object's file; for an object a kustomization built, the kustomization's.</summary>
    public string FilePath { get; }

    /// <summary>The absolute path of the object's file (as <see cref="FilePath"/>).</summary>
    public string FileFullPath { get; }

    /// <summary>Whether kustomize built the object: its nodes may come from bases and patches, not from <see cref="FilePath"/>.</summary>
    public bool IsBuilt { get; }

    /// <summary>The object's position among the workspace's objects (input order), by which the engine finds the
    /// object again while trees are kept (<see cref="Workspace.ObjectOf"/>); -1 for an object of no workspace.</summary>
    internal int Ordinal { get; }

    /// <summary>E.g. <c>Deployment/kube-dns</c>, as <see cref="KubeObject.DisplayName"/>.</summary>
    public string DisplayName => $"{Kind}/{Name ?? "<unnamed>"}";

    public override string ToString() => DisplayName;
}
