using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Analysis;

/// <summary>Where an analyzer registers what it wants to look at.</summary>
public sealed class AnalysisContext
{
    /// <summary>Made by the engine (and the test verifiers) only: an analyzer is given one in <see cref="KubeAnalyzer.Initialize"/>.</summary>
    internal AnalysisContext()
    {
    }

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    internal List<ObjectAction> ObjectActions { get; } = [];

    internal List<Action<WorkspaceAnalysisContext>> WorkspaceActions { get; } = [];

    /// <summary>Called once per loaded file, with its documents, even when they hold no object.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action);

    /// <summary>Called once per Kubernetes object of the given kinds (every kind when none is given).</summary>
    public void RegisterObjectAction(Action<ObjectAnalysisContext> action, params string[] kinds) =>
        ObjectActions.Add(new ObjectAction(kinds, action));

    /// <summary>Called once per container of every workload kind (<see cref="PodTemplates.WorkloadKinds"/>) of the
    /// given roles (every role when none is given), except those that <paramref name="rule"/>'s
    /// <c>ignoredContainers</c> option lists for the object's file.</summary>
    public void RegisterContainerAction(Action<ContainerAnalysisContext> action, DiagnosticDescriptor rule, params ContainerRole[] roles) =>
        RegisterObjectAction(new ContainerActions(rule.Id, roles, action).Run, PodTemplates.WorkloadKinds);

    /// <summary>Called once per container of every role (see the overload with roles).</summary>
    /// <remarks>Its own overload so that callers pass no empty array of an enum of ours: see ColdStartJitTests.</remarks>
    public void RegisterContainerAction(Action<ContainerAnalysisContext> action, DiagnosticDescriptor rule) =>
        RegisterObjectAction(new ContainerActions(rule.Id, null, action).Run, PodTemplates.WorkloadKinds);

    /// <summary>Called once per run, after every file is loaded: for rules that relate objects.</summary>
    public void RegisterWorkspaceAction(Action<WorkspaceAnalysisContext> action) => WorkspaceActions.Add(action);
}

/// <summary>An object action and the kinds it asked for (none: every kind).</summary>
internal sealed record ObjectAction(string[] Kinds, Action<ObjectAnalysisContext> Action);
