namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>
/// The suite cases where the loader does not follow the suite's verdict, each with its reason. KubeLint reads
/// YAML as kubectl does (sigs.k8s.io/yaml over its fork of go-yaml v2, a port of libyaml), so where kubectl and
/// YAML 1.2 part, kubectl wins: a KL0001 on what kubectl reads would be a false error, and no KL0001 on what
/// kubectl rejects would hide one. Scalars need no table: <see cref="YamlToJson"/> reads them by YAML 1.1 as
/// kubectl does, and no suite case's JSON differs under that reading (U9NS's <c>20:03:20</c> is base 60 in
/// YAML 1.1, but go-yaml leaves it a string: goyaml.v2/resolve.go, resolve, "Base 60 floats … purposefully
/// unsupported").
/// </summary>
internal static class YamlSuiteExceptions
{
    private const string SimpleKeyOneLine =
        "an implicit key that spans lines (or whose ':' is on a later line) in a flow mapping is valid YAML 1.2, but " +
        "go-yaml drops a possible simple key at a line break in every context (scannerc.go, yaml_parser_stale_simple_keys), " +
        "so kubectl rejects it";

    private const string NoNullKeys =
        "a null or mapping key is valid YAML, but JSON has only string keys and sigs.k8s.io/yaml rejects any other " +
        "(yaml.go, convertToJSONableObject: \"unsupported map key of type\"); the loader says so (TokenParser: " +
        "\"a mapping value with no key before it\")";

    /// <summary>Valid YAML 1.2 that kubectl rejects: the loader reports KL0001.</summary>
    public static readonly IReadOnlyDictionary<string, string> KubectlRejects = new Dictionary<string, string>
    {
        ["4MUZ/00"] = SimpleKeyOneLine,
        ["4MUZ/01"] = SimpleKeyOneLine,
        ["4MUZ/02"] = SimpleKeyOneLine,
        ["5MUD"] = SimpleKeyOneLine,
        ["K3WX"] = SimpleKeyOneLine,
        ["VJP3/01"] = SimpleKeyOneLine,
        ["9SA2"] = SimpleKeyOneLine,
        ["NJ66"] = SimpleKeyOneLine,
        ["UT92"] = SimpleKeyOneLine,
        ["5T43"] = "\"key\"::value: in a flow collection go-yaml takes every ':' for a value indicator " +
            "(scannerc.go, yaml_parser_fetch_next_token), so the second ':' is a value with no key and the parser fails",
        ["DK95/04"] = "a line holding only a tab at the start of a block mapping's line: go-yaml skips a tab in block " +
            "context only where no simple key may start (scannerc.go, yaml_parser_scan_to_next_token), so the tab " +
            "\"cannot start any token\"",
        ["6M2F"] = NoNullKeys,
        ["M2N8/00"] = NoNullKeys,
        ["UKK6/00"] = NoNullKeys,
    };

    /// <summary>Invalid YAML 1.2 that kubectl reads: the loader reports no KL0001 (an error would be false).</summary>
    public static readonly IReadOnlyDictionary<string, string> KubectlAccepts = new Dictionary<string, string>
    {
        ["DK95/01"] = "a tab at the start of a double-quoted scalar's continuation line: go-yaml folds any blanks there " +
            "(scannerc.go, yaml_parser_scan_flow_scalar) and checks no indentation inside quotes",
        ["Y79Y/03"] = "a tab at the start of a line inside a flow sequence: go-yaml skips tabs anywhere in flow context " +
            "(scannerc.go, yaml_parser_scan_to_next_token: flow_level > 0)",
    };

    /// <summary>
    /// Valid YAML that kubectl reads as another tree than the suite's JSON: the loader gives kubectl's (as JSON here).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Json, string Reason)> KubectlTrees = new Dictionary<string, (string, string)>
    {
        ["L24T/01"] = ("{\"foo\": \"x\\n \"}",
            "a literal scalar whose last line (spaces beyond the indentation) has no line break before the end of the " +
            "stream: clip chomping keeps the last line break, and go-yaml has none to keep there (scannerc.go, " +
            "yaml_parser_scan_block_scalar, \"Chomp the tail\": it appends the break read after the last line, which is " +
            "empty at the end of the input); YamlDotNet reads it the same"),
    };
}
