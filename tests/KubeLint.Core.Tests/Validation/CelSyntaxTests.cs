using KubeLint.Core.Validation;

namespace KubeLint.Core.Tests.Validation;

/// <summary>
/// CEL expressions that no CEL parser takes (cel-go's grammar, github.com/google/cel-spec doc/langdef.md: string
/// literals and the bracket pairs of calls, indexes, lists and maps), beside look-alikes that parse.
/// </summary>
public class CelSyntaxTests
{
    [Theory]
    [InlineData("self.size() > 0 && self.all(x, x in ['a', 'b'])")]
    [InlineData("self.matches('^[(]+$')")] // brackets inside a string do not count
    [InlineData("self == \"it's (fine\"")]
    [InlineData("self.matches(r'\\d+\\')")] // raw: the backslash does not escape the quote
    [InlineData("'''multi\n(line'''.size() > 0")]
    [InlineData("b'\\x00' != b''")]
    [InlineData("{'a': [1, 2]}['a'].size() == 2 // a comment with ( in it")]
    public void Parses(string expression) => Assert.Null(CelSyntax.Error(expression));

    [Theory]
    [InlineData("self.size( > 0", "the ( at column 10 is never closed")]
    [InlineData("self.x) == 1", "the ) at column 7 closes nothing")]
    [InlineData("[1, 2).size() == 2", "the ) at column 6 closes nothing")]
    [InlineData("self == 'abc", "the string that starts at column 9 is never closed")]
    [InlineData("self.matches('\\\\d+\\')", "the string that starts at column 14 is never closed")]
    public void Does_not_parse(string expression, string error) => Assert.Equal(error, CelSyntax.Error(expression));
}
