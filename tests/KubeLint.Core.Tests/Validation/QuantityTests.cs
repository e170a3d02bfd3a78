using KubeLint.Core.Validation;

namespace KubeLint.Core.Tests.Validation;

/// <summary>Held to apimachinery's <c>pkg/api/resource/quantity.go: ParseQuantity</c> (its scanner
/// <c>parseQuantityString</c> and <c>suffix.go: interpret</c>) and to the cases of its
/// <c>quantity_test.go</c>.</summary>
public class QuantityTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("100m", 0.1)]
    [InlineData("1", 1d)]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1d)]
    [InlineData(".5", 0.5)]
    [InlineData("+1k", 1000d)]
    [InlineData("-1", -1d)]
    [InlineData("5n", 5e-9)]
    [InlineData("5u", 5e-6)]
    [InlineData("128Mi", 134217728d)]
    [InlineData("1Gi", 1073741824d)]
    [InlineData("1.5Gi", 1610612736d)]
    [InlineData("1G", 1e9)]
    [InlineData("1E", 1e18)]
    [InlineData("1Ei", 1152921504606846976d)]
    [InlineData("2e3", 2000d)]
    [InlineData("2E3", 2000d)]
    [InlineData("2e-3", 0.002)]
    [InlineData("2e+3", 2000d)]
    [InlineData("+", 0d)]
    [InlineData(".", 0d)]
    public void Reads_what_the_apiserver_reads(string text, double value)
    {
        Assert.True(Quantity.TryParse(text, out var quantity));
        Assert.Equal(value, quantity.Value, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20MB")]
    [InlineData("1 GB")]
    [InlineData(" 1Gi")]
    [InlineData("1Gi ")]
    [InlineData("1gi")]
    [InlineData("1ki")]
    [InlineData("1K")]
    [InlineData("1e")]
    [InlineData("1e3.5")]
    [InlineData("1.2.3")]
    [InlineData("12-3")]
    [InlineData("abc")]
    [InlineData("1Mib")]
    [InlineData("0x10")]
    public void Rejects_what_the_apiserver_rejects(string text) => Assert.False(Quantity.TryParse(text, out _));
}
