using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Configuration;

/// <summary>A malformed setting or an unknown rule reference, reported as KL9001 at <see cref="Location"/>.</summary>
internal sealed record ConfigurationIssue(Location Location, string Message);
