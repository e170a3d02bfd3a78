namespace KubeLint.Core.Diagnostics;

/// <summary>Describes one rule: its public ID, texts, category and default severity.</summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault = true,
        string? description = null,
        string? helpLinkUri = null,
        params string[] customTags)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? title;
        HelpLinkUri = helpLinkUri ?? (id.StartsWith("KL", StringComparison.Ordinal) ? RuleHelp.LinkFor(id) : string.Empty);
        CustomTags = customTags;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string (<c>{0}</c>, <c>{1}</c> …) filled when a diagnostic is created.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    public string Description { get; }

    public string HelpLinkUri { get; }

    public IReadOnlyList<string> CustomTags { get; }

    public override string ToString() => Id;
}
