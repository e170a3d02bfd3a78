using System.Globalization;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Text;

namespace KubeLint.Testing;

/// <summary>
/// One expected finding, built as in Roslyn's tests: <c>Diagnostic("KL4003").WithLocation(0).WithArguments("web")</c>.
/// The rule and the place are required; the message is checked when arguments or a message are given, the
/// severity always (by default the one configuration gives the rule).
/// </summary>
public sealed record DiagnosticResult
{
    internal DiagnosticResult(string? id, DiagnosticDescriptor? descriptor)
    {
        Id = id ?? descriptor?.Id;
        Descriptor = descriptor;
    }

    /// <summary>The rule's ID; null: the analyzer's only rule.</summary>
    public string? Id { get; }

    /// <summary>The descriptor when the test named one; else the verifier finds it by <see cref="Id"/>.</summary>
    public DiagnosticDescriptor? Descriptor { get; }

    /// <summary>The <c>{|#n:…|}</c> span this finding is at.</summary>
    public int? MarkupKey { get; private init; }

    /// <summary>The file of <see cref="Span"/>; null: the first source file.</summary>
    public string? Path { get; private init; }

    public SourceSpan? Span { get; private init; }

    public IReadOnlyList<object?>? Arguments { get; private init; }

    public string? Message { get; private init; }

    public DiagnosticSeverity? Severity { get; private init; }

    /// <summary>At the span marked <c>{|#<paramref name="markupKey"/>:…|}</c> in any of the test's files.</summary>
    public DiagnosticResult WithLocation(int markupKey) => this with { MarkupKey = markupKey, Path = null, Span = null };

    /// <summary>At a span of the first source file; lines and columns from 1, the end just after the last character.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        WithSpan(null, startLine, startColumn, endLine, endColumn);

    /// <summary>At a span of the file <paramref name="path"/> (as the test named it).</summary>
    public DiagnosticResult WithSpan(string? path, int startLine, int startColumn, int endLine, int endColumn) =>
        this with { MarkupKey = null, Path = path, Span = new SourceSpan(new(startLine, startColumn), new(endLine, endColumn)) };

    /// <summary>The message is the rule's message format filled with these arguments (cut as the engine cuts them).</summary>
    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = arguments, Message = null };

    /// <summary>The exact message.</summary>
    public DiagnosticResult WithMessage(string message) => this with { Message = message, Arguments = null };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>The message this result expects from <paramref name="descriptor"/>, or null when it expects none.</summary>
    internal string? ExpectedMessage(DiagnosticDescriptor descriptor) =>
        Message ?? (Arguments is null ? null
            : Arguments.Count == 0 ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, MessageArguments.CutAll([.. Arguments])));

    public override string ToString()
    {
        var at = MarkupKey is { } key ? $"#{key}" : Span is { } span ? $"{Path ?? "(first file)"}({span.Start.Line},{span.Start.Column},{span.End.Line},{span.End.Column})" : "(no location)";
        return $"{Id ?? "(single rule)"} at {at}";
    }
}
