using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Analysis;

/// <summary>What every action sees: the run's immutable context (see <see cref="RunContext"/>) and a way to report.</summary>
public abstract class ActionContext
{
    private readonly RunContext _run;
    private readonly Action<Diagnostic> _report;

    private protected ActionContext(RunContext run, Action<Diagnostic> report)
    {
        _run = run;
        _report = report;
    }

    /// <summary>Every object of the run, indexed for cross-object rules.</summary>
    public Workspace Workspace => _run.Workspace;

    public AnalyzerOptions Options => _run.Options;

    /// <summary>The cluster the manifests will meet, computed once before analysis.</summary>
    internal ClusterProfile Cluster => _run.Cluster;

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

    /// <summary>The run's context: for a context made from another (a container's from its object's), and for the
    /// run's facts and tables (<see cref="RunContext.Get{T}(RunFact{T})"/>).</summary>
    internal RunContext Run => _run;
}

public sealed class DocumentAnalysisContext : ActionContext
{
    internal DocumentAnalysisContext(SourceFile file, RunContext run, Action<Diagnostic> report)
        : base(run, report)
    {
        File = file;
    }

    public SourceFile File { get; }
}

public sealed class ObjectAnalysisContext : ActionContext
{
    internal ObjectAnalysisContext(KubeObject obj, RunContext run, Action<Diagnostic> report)
        : base(run, report)
    {
        Object = obj;
    }

    public KubeObject Object { get; }

    /// <summary>The schema walk shared by KL1001–KL1005 (see <see cref="Api.FieldChecks"/>): one context serves
    /// every action of one object, so the walk lives as long as that object's analysis and hangs on no model.</summary>
    internal Api.FieldCheckResults? FieldChecks { get; set; }

    /// <summary>Reports <paramref name="rule"/> at <paramref name="node"/> of this object (the whole object when null),
    /// with the object for its suppressions and <paramref name="args"/> for the message.</summary>
    public void Report(DiagnosticDescriptor rule, YNode? node, params object?[] args) =>
        ReportDiagnostic(Diagnostic.Create(rule, Location.Of(Object, node ?? Object.Root), Object, null, args));
}

public sealed class WorkspaceAnalysisContext : ActionContext
{
    internal WorkspaceAnalysisContext(RunContext run, Action<Diagnostic> report)
        : base(run, report)
    {
    }
}
