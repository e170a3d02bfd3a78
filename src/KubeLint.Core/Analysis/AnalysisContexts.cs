using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Analysis;

/// <summary>What every action sees: the run's options and a way to report.</summary>
public abstract class ActionContext
{
    private readonly Action<Diagnostic> _report;

    private protected ActionContext(Workspace workspace, AnalyzerOptions options, Action<Diagnostic> report)
    {
        Workspace = workspace;
        Options = options;
        _report = report;
    }

    /// <summary>Every object of the run, indexed for cross-object rules.</summary>
    public Workspace Workspace { get; }

    public AnalyzerOptions Options { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}

public sealed class DocumentAnalysisContext : ActionContext
{
    internal DocumentAnalysisContext(SourceFile file, Workspace workspace, AnalyzerOptions options, Action<Diagnostic> report)
        : base(workspace, options, report)
    {
        File = file;
    }

    public SourceFile File { get; }
}

public sealed class ObjectAnalysisContext : ActionContext
{
    internal ObjectAnalysisContext(KubeObject obj, Workspace workspace, AnalyzerOptions options, Action<Diagnostic> report)
        : base(workspace, options, report)
    {
        Object = obj;
    }

    public KubeObject Object { get; }

    /// <summary>Reports <paramref name="rule"/> at <paramref name="node"/> of this object (the whole object when null),
    /// with the object for its suppressions and <paramref name="args"/> for the message.</summary>
    public void Report(DiagnosticDescriptor rule, YNode? node, params object?[] args) =>
        ReportDiagnostic(Diagnostic.Create(rule, Location.Of(Object, node ?? Object.Root), Object, null, args));
}

public sealed class WorkspaceAnalysisContext : ActionContext
{
    internal WorkspaceAnalysisContext(Workspace workspace, AnalyzerOptions options, Action<Diagnostic> report)
        : base(workspace, options, report)
    {
    }
}
