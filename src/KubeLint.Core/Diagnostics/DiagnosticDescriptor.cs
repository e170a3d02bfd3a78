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

    /// <summary>How much an attacker gains from what the rule finds, 0.0–10.0 (GitHub: 9.0+ critical, 7.0–8.9 high,
    /// 4.0–6.9 medium, else low), for SARIF's <c>security-severity</c> and the rule's page; null for rules that are not
    /// about security.</summary>
    public double? SecuritySeverity
    {
        get => _securitySeverity;
        init => _securitySeverity = value is null or (>= 0 and <= 10) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "a security score is 0.0 to 10.0");
    }

    /// <summary>The settings the rule reads; the engine reports any other (KL9001), and reading one not listed here throws.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    private readonly double? _securitySeverity;

    public override string ToString() => Id;
}
