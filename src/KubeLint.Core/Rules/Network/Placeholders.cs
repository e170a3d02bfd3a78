using System.Text.RegularExpressions;

namespace KubeLint.Core.Rules.Network;

/// <summary>Finds template placeholders that a tool should have replaced before the manifest is applied:
/// <c>$DNS_SERVER_IP</c>, <c>${VAR}</c>, <c>__PILLAR__DNS__SERVER__</c>, <c>{{ .Values.x }}</c> and
/// angle-bracket stand-ins such as <c>&lt;your-password&gt;</c>. Never <c>$(VAR)</c>, which Kubernetes expands.</summary>
internal static partial class Placeholders
{
    /// <summary>A cheap first test: false means <see cref="Find"/> finds nothing.</summary>
    public static bool MayContain(string value) =>
        value.AsSpan().IndexOfAny('$', '{', '<') >= 0 || value.Contains("__PILLAR__", StringComparison.Ordinal);

    public static IReadOnlyList<Placeholder> Find(string value)
    {
        if (!MayContain(value))
        {
            return [];
        }

        var found = new List<Placeholder>();
        foreach (Match match in Pattern().Matches(value))
        {
            if (match.Value[0] == '<' && !IsAngleStandIn(value, match.Value))
            {
                continue;
            }

            found.Add(new Placeholder(match.Index, match.Length));
        }

        return found;
    }

    /// <summary><c>&lt;…&gt;</c> as the whole value, or with words that read like a description
    /// (non-ASCII, dashes, underscores or spaces), not a tag such as <c>&lt;br&gt;</c>.</summary>
    private static bool IsAngleStandIn(string value, string match) =>
        match.Length == value.Trim().Length || match.Any(c => c > 0x7F || c is '-' or '_' or ' ');

    // ${VAR} and ${VAR:-default}; $VAR in capitals (not $$VAR, not $(VAR)); salt pillars; Go templates; <stand-ins>.
    [GeneratedRegex(@"\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+=-][^}]*)?\}|(?<!\$)\$[A-Z_][A-Z0-9_]+|__PILLAR__[A-Z0-9_]*[A-Z0-9]__|\{\{[^{}]*\}\}|<[^<>\x00-\x1F/=""']{1,60}>", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Where a placeholder is in a value.</summary>
    internal sealed record Placeholder(int Start, int Length);
}
