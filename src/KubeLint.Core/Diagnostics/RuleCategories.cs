namespace KubeLint.Core.Diagnostics;

/// <summary>The rule families; a rule's ID range names its family.</summary>
public static class RuleCategories
{
    /// <summary>KL0xxx: input and structure.</summary>
    public const string Input = "Input";

    /// <summary>KL1xxx: API schema and versions.</summary>
    public const string Api = "Api";

    /// <summary>KL2xxx: cluster networking.</summary>
    public const string Network = "Network";

    /// <summary>KL3xxx: cross-object references.</summary>
    public const string CrossObject = "CrossObject";

    /// <summary>KL4xxx: best practice.</summary>
    public const string BestPractice = "BestPractice";

    /// <summary>KL4xxx: security.</summary>
    public const string Security = "Security";

    /// <summary>KL9xxx: engine and configuration.</summary>
    public const string Engine = "Engine";

    /// <summary>Every family's category.</summary>
    public static IReadOnlyList<string> All { get; } = [Input, Api, Network, CrossObject, BestPractice, Security, Engine];
}
