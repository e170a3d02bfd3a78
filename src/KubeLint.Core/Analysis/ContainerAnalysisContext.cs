using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Analysis;

/// <summary>One container of a workload, for an action registered with
/// <see cref="AnalysisContext.RegisterContainerAction(Action{ContainerAnalysisContext}, DiagnosticDescriptor)"/>: the container, its role and the object that owns it.</summary>
public sealed class ContainerAnalysisContext : ActionContext
{
    internal ContainerAnalysisContext(ObjectAnalysisContext owner, PodContainer container)
        : base(owner.Run, owner.ReportDiagnostic)
    {
        Object = owner.Object;
        Container = container;
    }

    /// <summary>The object that holds the container (a Pod, a workload, a template).</summary>
    public KubeObject Object { get; }

    public PodContainer Container { get; }

    /// <summary>The container's own mapping.</summary>
    public YMapping Node => Container.Node;

    /// <summary>The pod spec the container belongs to.</summary>
    public YMapping PodSpec => Container.PodSpec;

    public ContainerRole Role => Container.Role;

    /// <summary>The container's name for messages: "?" when the manifest gives none.</summary>
    public string DisplayName => Container.DisplayName;

    /// <summary>Reports <paramref name="rule"/> at <paramref name="node"/> (the container's name, or the container,
    /// when null), with the owner for its suppressions and <paramref name="args"/> for the message.</summary>
    public void Report(DiagnosticDescriptor rule, YNode? node, params object?[] args) =>
        ReportDiagnostic(Diagnostic.Create(rule, Location.Of(Object, node ?? Container.Anchor), Object, null, args));
}
