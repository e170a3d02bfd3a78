using System.Globalization;

namespace KubeLint.Core.Yaml;

/// <summary>Reads typed values the way Kubernetes' YAML decoder does (YAML 1.1 booleans included).</summary>
public static class YValues
{
    /// <summary>True for <c>true</c>, <c>yes</c>, <c>on</c> (any case) written as a plain scalar.</summary>
    public static bool IsTrue(YNode? node) =>
        node is YScalar { IsPlain: true } scalar && scalar.Value.ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>True for <c>false</c>, <c>no</c>, <c>off</c> (any case) written as a plain scalar.</summary>
    public static bool IsFalse(YNode? node) =>
        node is YScalar { IsPlain: true } scalar && scalar.Value.ToLowerInvariant() is "false" or "no" or "off" or "n";

    /// <summary>A plain integer scalar's value.</summary>
    public static bool TryGetInt(YNode? node, out long value)
    {
        value = 0;
        return node is YScalar { IsPlain: true } scalar
            && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An int-or-string such as <c>maxUnavailable</c>: a count, or a percentage (<c>"25%"</c>).</summary>
    public static bool TryGetIntOrPercent(YNode? node, out long value, out bool isPercent)
    {
        isPercent = false;
        if (TryGetInt(node, out value))
        {
            return true;
        }

        if (node is YScalar scalar && scalar.Value.EndsWith('%')
            && long.TryParse(scalar.Value.AsSpan(0, scalar.Value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            isPercent = true;
            return true;
        }

        return false;
    }

    /// <summary>True when a value is a template placeholder (<c>$VAR</c>, <c>${VAR}</c>, <c>{{ … }}</c>) rather than a real value.</summary>
    public static bool IsPlaceholder(string value) =>
        value.Contains('$') || value.Contains("{{", StringComparison.Ordinal);
}
