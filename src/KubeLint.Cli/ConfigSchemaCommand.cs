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
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"kubelint: cannot read '{path}': {e.Message}");
                return ExitCodes.Usage;
            }

            string updated;
            try
            {
                updated = ConfigSchemaRules.Update(text, RulesCommand.Descriptors());
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException)
            {
                stderr.WriteLine($"kubelint: '{path}' is not a schema this command can update: {e.Message}");
                return ExitCodes.Usage;
            }

            if (updated == text)
            {
                stdout.WriteLine($"{path} is up to date");
                return ExitCodes.Success;
            }

            if (parse.IsOn(check))
            {
                stderr.WriteLine($"kubelint: {path} is not up to date; run 'kubelint config-schema {path}'");
                return ExitCodes.Findings;
            }

            File.WriteAllText(path, updated);
            stdout.WriteLine($"{path} updated");
            return ExitCodes.Success;
        });
        return command;
    }
}
