using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>Values as the apiserver's messages print them with Go's <c>%v</c>.</summary>
internal static class GoFormat
{
    /// <summary>A list of strings as Go prints a slice: <c>[Ingress Egress Ingress]</c>; an item that is no scalar is <c>…</c>.</summary>
    public static string Slice(YSequence list)
    {
        var parts = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            parts[i] = list.Items[i] is YScalar scalar ? scalar.Value : "…";
        }

        return $"[{string.Join(' ', parts)}]";
    }
}
