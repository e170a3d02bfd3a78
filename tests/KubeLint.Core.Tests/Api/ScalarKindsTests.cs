using System.Text.RegularExpressions;
using KubeLint.Core.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Api;

/// <summary>The hand-written number checks against the YAML 1.1 patterns they replace (anchored with \z).</summary>
public class ScalarKindsTests
{
    private static readonly Regex Integer = new(@"^[-+]?(0|[1-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+)\z");
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?\z");

    [Theory]
    [InlineData("0", true)]
    [InlineData("-12_000", true)]
    [InlineData("0x1F", true)]
    [InlineData("0o17", true)]
    [InlineData("0755", true)]
    [InlineData("0b101", true)]
    [InlineData("09", false)]
    [InlineData("0x", false)]
    [InlineData("+", false)]
    [InlineData("1.0", false)]
    public void Integers(string text, bool expected) => Assert.Equal(expected, ScalarKinds.IsInteger(text));

    [Theory]
    [InlineData("1.0", true)]
    [InlineData(".5", true)]
    [InlineData("1e3", true)]
    [InlineData("-1.5E-3", true)]
    [InlineData("1.", true)]
    [InlineData(".", false)]
    [InlineData("1e", false)]
    [InlineData("e3", false)]
    [InlineData("1.2.3", false)]
    public void Floats(string text, bool expected) => Assert.Equal(expected, ScalarKinds.IsFloat(text));

    [Fact]
    public void Agree_with_the_patterns_on_random_strings()
    {
        foreach (var text in RandomStrings.Over("0123789_xXoObBeE.-+aF ", count: 50_000, maxLength: 6))
        {
            Assert.True(Integer.IsMatch(text) == ScalarKinds.IsInteger(text), $"integer '{text}'");
            Assert.True(Float.IsMatch(text) == ScalarKinds.IsFloat(text), $"float '{text}'");
        }
    }
}
