using System.Text.RegularExpressions;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Model;

/// <summary>The hand-written checks against apimachinery's patterns, written here as regexes (anchored with \z,
/// as Go's '$' is, so a trailing newline is no match).</summary>
public class KubernetesNamesTests
{
    private static readonly Regex Label = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z");
    private static readonly Regex Subdomain = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z");
    private static readonly Regex Label1035 = new(@"^[a-z]([-a-z0-9]*[a-z0-9])?\z");
    private static readonly Regex NamePart = new(@"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\z");

    [Theory]
    [InlineData("web", true)]
    [InlineData("web-1", true)]
    [InlineData("1web", true)]
    [InlineData("Web", false)]
    [InlineData("-web", false)]
    [InlineData("web-", false)]
    [InlineData("web.app", false)]
    [InlineData("web\n", false)]
    [InlineData("", false)]
    public void Dns1123_labels(string value, bool valid) =>
        Assert.Equal(valid, KubernetesNames.CheckDns1123Label(value) is null);

    [Theory]
    [InlineData("example.com", true)]
    [InlineData("a.b-c.d", true)]
    [InlineData("a..b", false)]
    [InlineData(".a", false)]
    [InlineData("a.", false)]
    [InlineData("a.-b", false)]
    public void Dns1123_subdomains(string value, bool valid) =>
        Assert.Equal(valid, KubernetesNames.CheckDns1123Subdomain(value) is null);

    [Theory]
    [InlineData("app.kubernetes.io/name", true)]
    [InlineData("Team_Name.x", true)]
    [InlineData("example.com/", false)]
    [InlineData("/name", false)]
    [InlineData("Example.com/name", false)]
    [InlineData("name_", false)]
    public void Qualified_names(string value, bool valid) =>
        Assert.Equal(valid, KubernetesNames.CheckQualifiedName(value) is null);

    [Fact]
    public void Agree_with_the_patterns_on_random_strings()
    {
        foreach (var value in RandomStrings.Over("abzAZ09-_./\n %", count: 20_000, maxLength: 7))
        {
            Assert.True(Label.IsMatch(value) == (KubernetesNames.CheckDns1123Label(value) is null), $"label '{value}'");
            Assert.True(Subdomain.IsMatch(value) == (KubernetesNames.CheckDns1123Subdomain(value) is null), $"subdomain '{value}'");
            Assert.True(Label1035.IsMatch(value) == (KubernetesNames.CheckDns1035Label(value) is null), $"1035 label '{value}'");
            Assert.True((value.Length == 0 || NamePart.IsMatch(value)) == (KubernetesNames.CheckLabelValue(value) is null), $"label value '{value}'");
        }
    }
}

/// <summary>Port names as apimachinery's <c>IsValidPortName</c> checks them (its <c>validation_test.go: TestIsValidPortName</c> cases).</summary>
public class PortNameTests
{
    [Theory]
    [InlineData("telnet")]
    [InlineData("re-mail-ck")]
    [InlineData("pop3")]
    [InlineData("a")]
    [InlineData("a-1")]
    [InlineData("1-a")]
    [InlineData("a-1-b")]
    [InlineData("abcdefghijklmno")]
    public void Accepts_iana_service_names(string name) => Assert.Null(KubernetesNames.CheckPortName(name));

    [Theory]
    [InlineData("", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("abcdefghijklmnop", "must be no more than 15 characters")]
    [InlineData("Telnet", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("re_mail_ck", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("8443", "must contain at least one letter (a-z)")]
    [InlineData("a--b", "must not contain consecutive hyphens")]
    [InlineData("-http", "must not begin or end with a hyphen")]
    [InlineData("http-", "must not begin or end with a hyphen")]
    public void Rejects_others_with_the_apiservers_reason(string name, string reason) =>
        Assert.Equal(reason, KubernetesNames.CheckPortName(name));
}
