namespace KubeLint.Core.Api;

/// <summary>What a field holds, as the tables write it.</summary>
internal enum FieldType
{
    Any,
    Object,
    Map,
    Array,
    String,
    Byte,
    DateTime,
    Integer,
    Number,
    Boolean,
    IntOrString,
    Quantity,
}

internal static class FieldTypes
{
    public static FieldType Parse(ReadOnlySpan<char> text) => text switch
    {
        "object" => FieldType.Object,
        "map" => FieldType.Map,
        "array" => FieldType.Array,
        "string" => FieldType.String,
        "byte" => FieldType.Byte,
        "date-time" => FieldType.DateTime,
        "integer" => FieldType.Integer,
        "number" => FieldType.Number,
        "boolean" => FieldType.Boolean,
        "int-or-string" => FieldType.IntOrString,
        "quantity" => FieldType.Quantity,
        _ => FieldType.Any,
    };

    /// <summary>For messages: "a string", "an integer" …</summary>
    public static string Describe(this FieldType type) => type switch
    {
        FieldType.Object => "an object",
        FieldType.Map => "a map",
        FieldType.Array => "a list",
        FieldType.String => "a string",
        FieldType.Byte => "a base64 string",
        FieldType.DateTime => "a date-time string",
        FieldType.Integer => "an integer",
        FieldType.Number => "a number",
        FieldType.Boolean => "a boolean",
        FieldType.IntOrString => "an integer or a string",
        FieldType.Quantity => "a quantity (e.g. 100m, 1Gi)",
        _ => "anything",
    };
}
