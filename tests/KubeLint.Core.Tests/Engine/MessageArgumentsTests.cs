using System.Diagnostics;
using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>Issue #15: values quoted in messages are cut to a short prefix.</summary>
public class MessageArgumentsTests
{
    [Fact]
    public void An_argument_up_to_the_limit_is_kept_and_a_longer_one_is_cut_to_its_prefix()
    {
        var limit = new string('a', MessageArguments.MaxLength);
        Assert.Same(limit, MessageArguments.Cut(limit));
        Assert.Equal(new string('a', 200) + "… (601 characters)", MessageArguments.Cut(limit + "b"));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 199) + "😀" + new string('a', 600);
        Assert.Equal(new string('a', 199) + "… (801 characters)", MessageArguments.Cut(text));
    }

    [Fact]
    public void A_long_anchored_value_aliased_two_thousand_times_is_quoted_by_its_prefix_in_each_finding()
    {
        var value = new string('x', 100_000);
        var yaml = new StringBuilder($"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    anchor: &v {value}\n");
        for (var i = 0; i < 2000; i++)
        {
            yaml.Append("    k").Append(i).Append(": *v\n");
        }

        var clock = Stopwatch.StartNew();
        var found = EngineRun.LintText(yaml.ToString()).Where(d => d.Id == "KL0005").ToList();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(1000, found.Count); // the per-file cap; the rest are counted in KL9005
        Assert.Equal($"label value \"{new string('x', 200)}… (100000 characters)\" is 100000 characters long, more than 63", found[0].Message);
        Assert.Equal("manifest.yaml(6,16)", found[0].Location.ToString());
    }

    [Fact]
    public void A_short_invalid_label_value_is_quoted_whole()
    {
        var found = EngineRun.LintText("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    k: -bad\n").Single(d => d.Id == "KL0005");
        Assert.StartsWith("label value \"-bad\" ", found.Message, StringComparison.Ordinal);
    }
}
