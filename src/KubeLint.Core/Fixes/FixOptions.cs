namespace KubeLint.Core.Fixes;

/// <summary>What <c>kubelint fix</c> fixes and how.</summary>
internal sealed record FixOptions
{
    /// <summary>The rule IDs to fix (<c>--rule</c>); null: every rule with a fix provider.</summary>
    public IReadOnlySet<string>? Rules { get; init; }

    /// <summary>Equivalence keys preferred over a rule's default fix (<c>--comment</c> asks for <c>KL1001.CommentOut</c>).</summary>
    public IReadOnlyCollection<string> PreferredKeys { get; init; } = [];

    /// <summary>Lint-and-fix passes at most: a fix can reveal another finding (a new apiVersion, then its
    /// unknown fields), and overlapping edits wait for the next pass.</summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>Providers consulted before the built-in ones for the rules they name: tests plug in a provider
    /// whose fix does not parse again, to see the file kept and the KL9006 reported.</summary>
    internal IReadOnlyList<CodeFixProvider> ExtraProviders { get; init; } = [];
}
