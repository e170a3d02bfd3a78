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

    /// <summary>A string as Go's <c>%q</c> prints it (how field.Invalid shows a string value): <c>"^\\d+$"</c> for <c>^\d+$</c>.</summary>
    public static string Quote(string value)
    {
        var quoted = new System.Text.StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => quoted.Append(@"\\"),
                '"' => quoted.Append("\\\""),
                '\n' => quoted.Append(@"\n"),
                '\r' => quoted.Append(@"\r"),
                '\t' => quoted.Append(@"\t"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
