using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Cluster;

/// <summary>A fact as written in a source, before parsing: one value per list element.</summary>
/// <param name="Name">A <see cref="ClusterFacts"/> name.</param>
/// <param name="Values">The written values, one per list element.</param>
/// <param name="Level">Precedence: 1 flags, 2 <c>--cluster-config</c>, 3 <c>.kubelint.yaml</c>, 4 linted inputs, 5 defaults of a source.</param>
/// <param name="Source">The flag, file or default it came from.</param>
internal sealed record RawFact(string Name, IReadOnlyList<RawValue> Values, int Level, string Source);

/// <summary>One written value and its location (null for flags).</summary>
internal sealed record RawValue(string Text, Location? Location);
