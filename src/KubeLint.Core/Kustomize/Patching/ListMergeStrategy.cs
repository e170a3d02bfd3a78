namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// How a strategic merge patch treats one list field: merged item by item on <see cref="Keys"/> (a primitive list such
/// as <c>finalizers</c>, with no keys, by value), or replaced whole.
/// </summary>
internal sealed record ListMergeStrategy(string Strategy, IReadOnlyList<string> Keys)
{
    /// <summary>kyaml merges a list only when its strategy names <c>merge</c> (kubernetes-sigs/kustomize
    /// kyaml/yaml/schema/schema.go, schemaHasMergeStrategy); <c>retainKeys</c> alone, or no strategy, replaces it.</summary>
    public bool Merges => Strategy.Split(',').Contains("merge");
}
