using System.CommandLine;
using System.CommandLine.Parsing;
using KubeLint.Core.Text;

namespace KubeLint.Cli;

/// <summary>
/// A token that looks like an option but names none of the command's: an error with the closest option's name
/// (exit 2). Without this, <c>kubelint --formt json .</c> took <c>--formt</c> for a path ("path not found"), and
/// <c>kubelint rules --formt</c> said only that it was unrecognised. A file whose name starts with <c>-</c> can still be
/// linted after <c>--</c>.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One line per unknown option, or none.</summary>
    public static List<string> Find(ParseResult parse)
    {
        var messages = new List<string>();
        var afterDoubleDash = false;
        var arguments = new HashSet<Token>();
        foreach (var child in parse.CommandResult.Children)
        {
            if (child is ArgumentResult argument)
            {
                arguments.UnionWith(argument.Tokens);
            }
        }

        var unmatched = new HashSet<string>(parse.UnmatchedTokens, StringComparer.Ordinal);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                afterDoubleDash = true;
            }
            else if (!afterDoubleDash && LooksLikeOption(token.Value) && (arguments.Contains(token) || unmatched.Contains(token.Value)))
            {
                messages.Add(Message(token.Value, parse.CommandResult.Command));
            }
        }

        foreach (var value in parse.UnmatchedTokens)
        {
            // Unmatched tokens that are not among the parsed tokens (none in practice) still get their line.
            if (LooksLikeOption(value) && !messages.Exists(m => m.Contains($"'{value}'", StringComparison.Ordinal)))
            {
                messages.Add(Message(value, parse.CommandResult.Command));
            }
        }

        return messages;
    }

    private static bool LooksLikeOption(string value) => value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1]);

    private static string Message(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var suggestion = Closest(name, Names(command));
        return suggestion is null
            ? $"kubelint: unknown option '{name}' for '{CommandPath(command)}'"
            : $"kubelint: unknown option '{name}' for '{CommandPath(command)}'; did you mean '{suggestion}'?";
    }

    private static string CommandPath(Command command) => command.Parents.FirstOrDefault() is Command parent ? $"{parent.Name} {command.Name}" : command.Name;

    /// <summary>The command's options and the recursive ones of its parents (<c>--help</c>), with their aliases.</summary>
    private static IEnumerable<string> Names(Command command)
    {
        foreach (var option in command.Options)
        {
            yield return option.Name;
            foreach (var alias in option.Aliases)
            {
                yield return alias;
            }
        }

        for (var parent = command.Parents.FirstOrDefault() as Command; parent is not null; parent = parent.Parents.FirstOrDefault() as Command)
        {
            foreach (var option in parent.Options.Where(o => o.Recursive))
            {
                yield return option.Name;
            }
        }
    }

    /// <summary>The one option the token starts (<c>--kube</c>), else the nearest within a third of its length (at least 2 edits).</summary>
    internal static string? Closest(string token, IEnumerable<string> names)
    {
        var all = names.Distinct(StringComparer.Ordinal).ToList();
        var prefixed = all.Where(n => token.Length > 3 && n.StartsWith(token, StringComparison.Ordinal)).ToList();
        if (prefixed.Count == 1)
        {
            return prefixed[0];
        }

        string? best = null;
        var bestDistance = Math.Max(2, token.Length / 3) + 1;
        foreach (var name in all.Where(n => n.StartsWith("--", StringComparison.Ordinal) == token.StartsWith("--", StringComparison.Ordinal)))
        {
            if (EditDistance.Within(token, name, bestDistance - 1) is { } distance && distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best;
    }
}
