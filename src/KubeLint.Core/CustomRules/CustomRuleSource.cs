namespace KubeLint.Core.CustomRules;

/// <summary>One <c>.cs</c> file of custom rules: its display path, full path and text.</summary>
internal sealed record CustomRuleSource(string DisplayPath, string FullPath, string Text);

/// <summary>A compiler error (or a rule's misuse of a KL ID) at a place in a custom rule file.</summary>
internal sealed record CustomRuleProblem(string DisplayPath, string FullPath, int Line, int Column, int EndLine, int EndColumn, string Message);
