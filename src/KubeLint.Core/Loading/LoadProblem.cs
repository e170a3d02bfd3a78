using KubeLint.Core.Text;

namespace KubeLint.Core.Loading;

public enum LoadProblemKind
{
    /// <summary>YAML that does not parse.</summary>
    Syntax,

    /// <summary>A file that holds binary data.</summary>
    Binary,

    /// <summary>Bytes that are not valid UTF-8.</summary>
    Encoding,

    /// <summary>Nesting deeper than <see cref="LoadLimits.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>A file larger than <see cref="LoadLimits.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>A path that cannot be read: no regular file (a FIFO, a device), a dangling link, a file removed during the run, no permission.</summary>
    Unreadable,

    /// <summary>Aliases that expand past <see cref="LoadLimits.MaxExpandedNodes"/>.</summary>
    AliasBomb,
}

/// <summary>Something that kept (part of) a file from loading; reported as KL0001.</summary>
public sealed record LoadProblem(LoadProblemKind Kind, string Message, SourceSpan Span);

/// <summary>A key that appears twice in one mapping; reported as KL0002 at the second.</summary>
internal sealed record DuplicateKey(string Key, SourceSpan Span, SourceSpan FirstSpan);
