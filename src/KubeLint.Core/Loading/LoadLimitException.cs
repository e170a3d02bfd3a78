using KubeLint.Core.Text;

namespace KubeLint.Core.Loading;

/// <summary>Thrown by the tree builder when a document passes one of the load limits.</summary>
internal sealed class LoadLimitException(LoadProblemKind kind, string message, SourcePosition position)
    : Exception(message)
{
    public LoadProblemKind Kind { get; } = kind;

    public SourcePosition Position { get; } = position;
}
