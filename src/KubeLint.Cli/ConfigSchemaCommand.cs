using System.CommandLine;
using KubeLint.Core.Configuration;

namespace KubeLint.Cli;

/// <summary><c>kubelint config-schema [FILE] [--check]</c> (hidden, for maintainers): rewrites the per-rule part of
/// <c>schemas/kubelint-config.schema.json</c> from the built-in rules' descriptors; <c>--check</c> only says whether it is due.</summary>
internal static class ConfigSchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The schema to update", DefaultValueFactory = _ => Path.Combine("schemas", "kubelint-config.schema.json") };
        var check = Switch.Create("--check", "Change nothing; exit 1 when the file is not up to date");
        var command = new Command("config-schema", "Write the rules' options into the .kubelint.yaml JSON Schema.") { file, check };
        command.Hidden = true;
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.IsOn(check), stdout, stderr));
        return command;
    }

    private static int Run(string path, bool check, TextWriter stdout, TextWriter stderr)
    {
        GeneratedFile.Outcome outcome;
        try
        {
            outcome = GeneratedFile.Refresh(path, text => ConfigSchemaRules.Update(text, RulesCommand.Descriptors()), check, $"kubelint config-schema {path}", stdout, stderr);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
        {
            stderr.WriteLine($"kubelint: '{path}' is not a schema this command can update: {e.Message}");
            return ExitCodes.Usage;
        }

        switch (outcome)
        {
            case GeneratedFile.Outcome.UpToDate:
                stdout.WriteLine($"{path} is up to date");
                return ExitCodes.Success;
            case GeneratedFile.Outcome.Due:
                return ExitCodes.Findings;
            case GeneratedFile.Outcome.Failed:
                return ExitCodes.Usage;
            default:
                return ExitCodes.Success;
        }
    }
}
