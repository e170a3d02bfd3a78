using KubeLint.Core.Validation;

namespace KubeLint.Core.Tests.Validation;

/// <summary>
/// Go's regexp/syntax parser (Perl flags, as regexp.Compile) as the apiserver uses it on a CRD schema's pattern
/// (apiextensions-apiserver pkg/apiserver/schema/validation.go validateValueValidation). Each refusal beside a pattern
/// RE2 takes; several of the accepted ones .NET refuses, and several refused ones .NET takes.
/// </summary>
public class GoRegexSyntaxTests
{
    [Theory]
    [InlineData(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [InlineData(@"^(?P<host>[a-z]+)\.example\.com$")] // .NET has no (?P<…>)
    [InlineData(@"^\Q1.2\E(\.\d+)?$")] // nor \Q…\E
    [InlineData(@"(?i)^yes|no$")]
    [InlineData(@"(?i:ab)+c{2,}d{0,1000}?")]
    [InlineData(@"[[:alpha:]][[:^digit:]]\pL\p{Greek}[\p{Lu}\d_-]")]
    [InlineData(@"a{,5}x{")] // not a repeat: literal braces
    [InlineData(@"\x41\x{1F600}\101\0[\x00-\x7F]")]
    [InlineData(@"[]a][^]b]\/\-\_")]
    [InlineData(@"^*$")] // an assertion can be repeated
    [InlineData(@"(?<name>x)")] // taken from Go 1.22 on, refused before: not judged
    [InlineData(@"a|")]
    [InlineData(@"(?P<1x>a)")] // a digit may start a capture name
    public void Accepted(string pattern) => Assert.Null(GoRegexSyntax.Error(pattern));

    [Theory]
    [InlineData(@"^(?=.*\d)[a-z]+$", "invalid or unsupported Perl syntax: `(?=`")]
    [InlineData(@"(?!x)", "invalid or unsupported Perl syntax: `(?!`")]
    [InlineData(@"(?<=a)b", "invalid or unsupported Perl syntax: `(?<`")] // Go 1.22 on: invalid named capture
    [InlineData(@"(?>a)", "invalid or unsupported Perl syntax: `(?>`")]
    [InlineData(@"(?x) a", "invalid or unsupported Perl syntax: `(?x`")]
    [InlineData(@"(a)\1", "invalid escape sequence: `\\1`")]
    [InlineData(@"\d+\Z", "invalid escape sequence: `\\Z`")]
    [InlineData(@"\u00e9", "invalid escape sequence: `\\u`")]
    [InlineData(@"[\b]", "invalid escape sequence: `\\b`")]
    [InlineData(@"a**", "invalid nested repetition operator: `**`")]
    [InlineData(@"a++", "invalid nested repetition operator: `++`")]
    [InlineData(@"a{2}*", "invalid nested repetition operator: `{2}*`")]
    [InlineData(@"*a", "missing argument to repetition operator: `*`")]
    [InlineData(@"(+)", "missing argument to repetition operator: `+`")]
    [InlineData(@"a{1001}", "invalid repeat count: `{1001}`")]
    [InlineData(@"a{3,2}", "invalid repeat count: `{3,2}`")]
    [InlineData(@"[z-a]", "invalid character class range: `z-a`")]
    [InlineData(@"[[:alfa:]]", "invalid character class range: `[:alfa:]`")]
    [InlineData(@"[a-z", "missing closing ]: `[a-z`")]
    [InlineData(@"(ab", "missing closing ): `(ab`")]
    [InlineData(@"ab)", "unexpected ): `ab)`")]
    [InlineData(@"ab\", "trailing backslash at end of expression: ``")]
    [InlineData(@"(?P<a-b>x)", "invalid named capture: `(?P<a-b>`")]
    public void Refused(string pattern, string error) => Assert.Equal($"error parsing regexp: {error}", GoRegexSyntax.Error(pattern));

    [Fact]
    public void A_long_pattern_is_read_in_one_pass() =>
        Assert.Null(GoRegexSyntax.Error(string.Concat(Enumerable.Repeat(@"(a|b)*\d{1,3}[x-z]", 20_000))));

    // The .NET spelling the custom-resource checks match with (NJsonSchema compiles patterns with .NET's Regex).
    [Theory]
    [InlineData(@"^(?P<w>[a-z]+)$", @"^(?<w>[a-z]+)\z")]
    [InlineData(@"^\Q1.2\E$", @"^1\.2\z")]
    [InlineData(@"^\pL[[:digit:]_]$", @"^\p{L}[0-9_]\z")]
    [InlineData(@"^\x{41}[]a]", @"^\u0041[\]a]")]
    [InlineData(@"(?m)^a$", @"(?m)^a$")] // multi-line: $ keeps its meaning
    [InlineData(@"a\$", @"a\$")]
    public void Translated_for_dotnet(string pattern, string dotNet) => Assert.Equal(dotNet, GoRegexSyntax.ToDotNet(pattern));

    [Theory]
    [InlineData(@"(?=a)")] // Go refuses it: KL1020's to report
    [InlineData(@"[[:^alpha:]]")] // no in-class .NET spelling
    [InlineData(@"(?U)a+")] // Go's ungreedy flag
    public void Not_translated(string pattern) => Assert.Null(GoRegexSyntax.ToDotNet(pattern));
}
