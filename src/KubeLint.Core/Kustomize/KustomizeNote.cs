using KubeLint.Core.Text;

namespace KubeLint.Core.Kustomize;

/// <summary>What the in-process build could not do, kept on the kustomization's file for KL0007 (a feature not
/// built, a remote resource) and KL0008 (what kustomize itself rejects) to report.</summary>
internal sealed record KustomizeNote(bool CannotBuild, SourceSpan Span, string Message);
