namespace KubeLint.Core.Diagnostics;

/// <summary>Custom tags with a meaning to KubeLint's reporters.</summary>
public static class RuleTags
{
    /// <summary>A security rule: SARIF lists it with the <c>security</c> tag GitHub reads, and its
    /// <see cref="DiagnosticDescriptor.SecuritySeverity"/> as <c>security-severity</c>.</summary>
    public const string Security = "security";
}
