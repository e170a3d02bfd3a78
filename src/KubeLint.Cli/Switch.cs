using System.CommandLine;

namespace KubeLint.Cli;

/// <summary>
/// On/off options (<c>--quiet</c>): present or absent, with no value. Not <c>Option&lt;bool&gt;</c>:
/// value-type generic, see ColdStartJitTests.
/// </summary>
internal static class Switch
{
    public static Option<string> Create(string name, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, Arity = ArgumentArity.Zero };

    public static bool IsOn(this ParseResult parse, Option<string> option) => parse.GetResult(option) is not null;
}
