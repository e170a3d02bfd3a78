using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>
/// The apiVersion a not-served object should move to, the dotted paths of the fields it uses that that version lacks
/// at the target (empty when it has them all), and the schema walk of the object against it.
/// </summary>
internal sealed record Replacement(ApiKind Kind, IReadOnlyList<string> MissingFields, IReadOnlyList<FieldFinding> Findings);

/// <summary>
/// Replacement advice that fits the object (issue #14: an <c>autoscaling/v2</c> HPA on 1.22 was sent to
/// <c>autoscaling/v1</c>, which has neither <c>metrics</c> nor <c>behavior</c>).
/// </summary>
internal static class Replacements
{
    /// <summary>
    /// Among the other apiVersions of the kind that the target serves (the written one's successor first, then as
    /// <see cref="ApiCatalog.BestServed"/> ranks them), the first whose field table has every field the object uses
    /// at the target; when none has, the one that lacks the fewest. Null when the target serves none.
    /// Run only for objects the target does not serve; a kind has a handful of versions, so this is bounded.
    /// </summary>
    public static Replacement? Choose(ApiCatalog catalog, ApiKind written, YMapping root, YNode anchor, int minor)
    {
        Replacement? closest = null;
        ApiKind? untabled = null;
        foreach (var candidate in Candidates(catalog, written, minor))
        {
            if (candidate.Schema is not { } schema)
            {
                untabled ??= candidate;
                continue;
            }

            var findings = new List<FieldFinding>();
            new TableFieldChecker(schema, minor, findings, written).Check(root, anchor, written.Kind);
            var missing = findings.Where(f => f.Problem == FieldProblem.NotInTarget).Select(f => f.Path!).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count == 0)
            {
                return new Replacement(candidate, [], findings);
            }

            if (closest is null || missing.Count < closest.MissingFields.Count)
            {
                closest = new Replacement(candidate, missing, findings);
            }
        }

        // Versions without a field table (file kinds) are still advice, unchecked.
        return closest ?? (untabled is null ? null : new Replacement(untabled, [], []));
    }

    /// <summary>For messages: at most three paths, then how many more.</summary>
    public static string Describe(IReadOnlyList<string> fields) =>
        fields.Count <= 3 ? string.Join(", ", fields) : $"{string.Join(", ", fields.Take(3))} and {fields.Count - 3} more";

    private static IEnumerable<ApiKind> Candidates(ApiCatalog catalog, ApiKind written, int minor)
    {
        var successor = written.Replacement is { } name && catalog.Find(name, written.Kind) is { } found && found.IsServedIn(minor) ? found : null;
        if (successor is not null)
        {
            yield return successor;
        }

        foreach (var other in catalog.ServedAlternatives(written.Kind, minor, written.ApiVersion))
        {
            if (other != successor)
            {
                yield return other;
            }
        }
    }
}
