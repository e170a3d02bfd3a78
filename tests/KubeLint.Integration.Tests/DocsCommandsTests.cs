using System.Text;
using System.Text.RegularExpressions;

namespace KubeLint.Integration.Tests;

/// <summary>
/// Every command in a fenced <c>sh</c>/<c>bash</c> block of README.md and docs/*.md, exactly as written, is either
/// run here (in a temporary clone, with the built <c>kubelint</c> on PATH, each block as one shell so that a
/// <c>cd</c> carries) or listed as run elsewhere, with where. A command edited in the docs matches neither and
/// fails the test until it is run or listed. Quick by design: the slow commands are the listed ones.
/// </summary>
public sealed partial class DocsCommandsTests
{
    private const string InstallBlock = "InstalledToolTests runs the README's install block verbatim (HOME in a temporary folder)";

    /// <summary>Commands run verbatim by CI or by another test, and which.</summary>
    private static readonly Dictionary<string, string> RunElsewhere = new(StringComparer.Ordinal)
    {
        ["dotnet test KubeLint.sln"] = ".ci/run runs it on a clean clone; .github/workflows/ci.yml with -c Release",
        ["dotnet run --project src/KubeLint.Cli -- samples/"] = "a full build in a fresh clone (minutes): CI builds the project, and InstalledToolTests runs `kubelint samples/`",
        ["dotnet pack src/KubeLint.Cli -c Release -o ./artifacts"] = InstallBlock,
        ["dotnet tool install --global KubeLint --add-source ./artifacts"] = InstallBlock,
        ["kubelint samples/"] = InstallBlock,
        ["dotnet run --project tools/SchemaGen -- ../shared schemas"] = "SchemaTablesAreCurrentTests runs the same generator on ../shared and compares with schemas/",
        ["dotnet run --project tools/SchemaGen -- merge-keys ../shared schemas"] = "MergeKeyTableTests runs the same generator on ../shared and compares with schemas/kustomize",
        ["dotnet pack src/KubeLint.MSBuild -c Release -p:IsPackable=true -o artifacts"] = "PackageFeedFixture packs the same project with -p:IsPackable=true (in the tests' configuration, into a temporary feed)",
        ["dotnet test tests/KubeLint.Core.Tests --filter ApiserverParity"] = "part of `dotnet test KubeLint.sln`, which CI runs",
        ["dotnet pack src/KubeLint.Testing -c Release -o artifacts"] = "TestingPackageTests packs the same project (in the tests' configuration, into a temporary feed)",
        ["dotnet test samples/custom-rules/tests"] = "TestingPackageTests runs the sample's tests against that package (a copy of the sample, with the temporary feed)",
    };

    /// <summary>Commands run here: the exit code each must give and a line its output must hold, after the set-up
    /// (a shell snippet run in the clone first, for the commands that need a user's files).</summary>
    private static readonly Dictionary<string, (int ExitCode, string Output, string Setup)> RunHere = new(StringComparer.Ordinal)
    {
        ["kubelint lint samples/article/kube-dns.yaml --cluster-config samples/article/cluster/apiserver --cluster-config samples/article/cluster/kubelet"] =
            (1, "samples/article/kube-dns.yaml:43:13: error KL1006: extensions/v1beta1 Deployment was removed in 1.16", ""),
        ["kubelint deploy/ --format text --format sarif --output kubelint.sarif"] =
            (1, "deploy/app.yaml:5:3: error KL0002: duplicate key \"name\"", "mkdir -p deploy && printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: a\\n  name: b\\n' > deploy/app.yaml"),
        ["test -s kubelint.sarif"] = (0, "", ""),

        // A pull request's changed manifests: origin/main is the clone's HEAD, and the branch adds one commit with one file.
        // 123: xargs's exit code when the command it ran exited with 1 to 125.
        ["git diff --name-only --diff-filter=d origin/main... -- '*.yaml' '*.yml' | xargs kubelint --context ."] =
            (123, "deploy/web-service.yaml:5:3: error KL0002: duplicate key \"name\"",
             "git update-ref refs/remotes/origin/main HEAD && mkdir -p deploy && printf 'apiVersion: v1\\nkind: Service\\nmetadata:\\n  name: a\\n  name: b\\nspec:\\n  ports:\\n  - port: 80\\n' > deploy/web-service.yaml && git add deploy/web-service.yaml && git -c user.name=test -c user.email=test@example.invalid commit --quiet -m 'a Service'"),
        ["cd samples/custom-rules"] = (0, "", ""),
        ["kubelint deploy --format json --output findings.json"] = (1, "", ""),
        ["jq -r '.diagnostics[] | select(.ruleId | startswith(\"ACME\")) | \"\\(.ruleId) \\(.file):\\(.line):\\(.column)\"' findings.json"] = (0, "", ""),
    };

    [BashFact]
    public void Every_documented_command_is_run_here_or_listed_as_run_elsewhere()
    {
        var blocks = DocumentedBlocks().ToList();
        Assert.True(blocks.Count >= 8, $"found only {blocks.Count} command blocks");

        var notRun = blocks.SelectMany(b => b.Commands.Select(c => (b.Where, c.Text)))
            .Where(c => !RunElsewhere.ContainsKey(c.Text) && !RunHere.ContainsKey(c.Text))
            .Select(c => $"{c.Where}: {c.Text}")
            .ToList();
        Assert.True(notRun.Count == 0, "documented commands that nothing runs (run them here or list where they run):\n" + string.Join("\n", notRun));

        // Each list entry is still in the docs, so the lists cannot keep commands the docs dropped.
        var documented = blocks.SelectMany(b => b.Commands).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var stale = RunElsewhere.Keys.Concat(RunHere.Keys).Where(k => !documented.Contains(k) && k != "test -s kubelint.sarif").ToList();
        Assert.True(stale.Count == 0, "listed commands the docs no longer hold:\n" + string.Join("\n", stale));

        using var clone = new TemporaryClone();
        foreach (var block in blocks.Where(b => b.Commands.All(c => RunHere.ContainsKey(c.Text))))
        {
            clone.Reset();
            var commands = block.Commands.ToList();
            if (commands.Any(c => c.Text.Contains("--output kubelint.sarif", StringComparison.Ordinal)))
            {
                commands.Add(new DocumentedCommand("test -s kubelint.sarif", []));
            }

            var outcomes = clone.RunBlock(commands.Select(c => (RunHere[c.Text].Setup, c.Text)).ToList());
            for (var i = 0; i < commands.Count; i++)
            {
                var (exitCode, output, _) = RunHere[commands[i].Text];
                var (actualCode, actualOutput) = outcomes[i];
                Assert.True(actualCode == exitCode, $"{block.Where}: `{commands[i].Text}` exited {actualCode}, not {exitCode}:\n{actualOutput}");
                Assert.True(output.Length == 0 || actualOutput.Contains(output, StringComparison.Ordinal), $"{block.Where}: `{commands[i].Text}` printed no \"{output}\":\n{actualOutput}");

                // Output the docs show (comment lines right after a command) is what the command prints.
                if (commands[i].ShownOutput.Count > 0)
                {
                    Assert.Equal(commands[i].ShownOutput, actualOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
                }
            }
        }
    }

    [Fact]
    public void Blocks_are_read_as_the_shell_reads_them()
    {
        var commands = Commands("# a comment\nkubelint a \\\n  --b c    # exit code 1\n# shown output\n\necho 'x  # not a comment'\n").ToList();
        Assert.Equal(["kubelint a --b c", "echo 'x  # not a comment'"], commands.Select(c => c.Text));
        Assert.Equal(["shown output"], commands[0].ShownOutput);
        Assert.Empty(commands[1].ShownOutput);
    }

    private sealed record DocumentedCommand(string Text, IReadOnlyList<string> ShownOutput);

    private sealed record DocumentedBlock(string Where, IReadOnlyList<DocumentedCommand> Commands);

    private static IEnumerable<DocumentedBlock> DocumentedBlocks()
    {
        var files = new[] { Path.Combine(RepositoryRoot.Path, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md").Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match block in FencedBlock().Matches(text))
            {
                var line = text[..block.Index].Count(c => c == '\n') + 1;
                yield return new DocumentedBlock($"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line}", Commands(block.Groups["body"].Value).ToList());
            }
        }
    }

    /// <summary>A block's commands: continuation lines joined, comments dropped, and the comment lines that follow a
    /// command (before a blank line or the next command) kept as the output the docs show for it.</summary>
    private static IEnumerable<DocumentedCommand> Commands(string body)
    {
        var lines = body.Split('\n');
        DocumentedCommand? current = null;
        var shown = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (current is not null && line.StartsWith("# ", StringComparison.Ordinal) && (shown.Count > 0 || lines[i - 1].TrimEnd().Length > 0))
                {
                    shown.Add(line[2..]);
                }
                else if (current is not null)
                {
                    yield return current with { ShownOutput = shown };
                    current = null;
                    shown = [];
                }

                continue;
            }

            if (current is not null)
            {
                yield return current with { ShownOutput = shown };
                shown = [];
            }

            var command = new StringBuilder();
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                command.Append(line[..^1].TrimEnd()).Append(' ');
                line = lines[++i].Trim();
            }

            command.Append(TrailingComment().Replace(line, string.Empty));
            current = new DocumentedCommand(command.ToString().Trim(), []);
        }

        if (current is not null)
        {
            yield return current with { ShownOutput = shown };
        }
    }

    [GeneratedRegex(@"^```(?:sh|bash|shell)[ \t]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    /// <summary>A comment after a command: two spaces or more, then <c>#</c> and a space, outside quotes.</summary>
    [GeneratedRegex(@"\s{2,}#\s[^'""]*$")]
    private static partial Regex TrailingComment();

    /// <summary>A clone of the checkout's HEAD with a <c>kubelint</c> on PATH that runs this build's CLI.</summary>
    private sealed class TemporaryClone : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "kubelint-docs", Guid.NewGuid().ToString("N"));
        private readonly Dictionary<string, string?> _env;

        public TemporaryClone()
        {
            Folder = Path.Combine(_root, "repo");
            var bin = Path.Combine(_root, "bin");
            Directory.CreateDirectory(bin);
            var cli = Path.Combine(RepositoryRoot.Path, "src", "KubeLint.Cli", "bin", Configuration, "net10.0", "kubelint.dll");
            Assert.True(File.Exists(cli), $"{cli} is missing: build the solution first");
            var wrapper = Path.Combine(bin, "kubelint");
            File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{cli}' \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            _env = new Dictionary<string, string?>
            {
                ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
                ["KUBELINT_CACHE_DIR"] = Path.Combine(_root, "kubelint-cache"),
            };
            var clone = ProcessRunner.Run("git", ["clone", "--quiet", "--no-hardlinks", RepositoryRoot.Path, Folder], _root);
            Assert.True(clone.ExitCode == 0, clone.ToString());
        }

        public string Folder { get; }

        /// <summary>Back to HEAD, with nothing untracked, before the next block.</summary>
        public void Reset()
        {
            foreach (var args in new[] { new[] { "reset", "--quiet", "--hard" }, ["clean", "-fdxq"] })
            {
                var git = ProcessRunner.Run("git", args, Folder);
                Assert.True(git.ExitCode == 0, git.ToString());
            }
        }

        /// <summary>Runs a block's commands in one bash, each after its set-up, and returns each one's exit code and output.</summary>
        public List<(int ExitCode, string Output)> RunBlock(IReadOnlyList<(string Setup, string Command)> commands)
        {
            var script = new StringBuilder();
            for (var i = 0; i < commands.Count; i++)
            {
                if (commands[i].Setup.Length > 0)
                {
                    script.Append("{ ").Append(commands[i].Setup).Append(" ; } > /dev/null 2>&1 || echo 'set-up failed'\n");
                }

                script.Append($"echo '<<{i}>>'\n").Append(commands[i].Command).Append(" 2>&1\n").Append($"echo \"<<rc {i} $?>>\"\n");
            }

            var run = ProcessRunner.Run("bash", ["-c", script.ToString()], Folder, _env, TimeSpan.FromMinutes(2));
            var results = new List<(int, string)>();
            for (var i = 0; i < commands.Count; i++)
            {
                var match = Regex.Match(run.Output, $@"<<{i}>>\n(?<output>.*?)<<rc {i} (?<rc>\d+)>>", RegexOptions.Singleline);
                Assert.True(match.Success, $"`{commands[i].Command}` did not run to its end:\n{run}");
                results.Add((int.Parse(match.Groups["rc"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["output"].Value));
            }

            return results;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif
    }
}

/// <summary>A fact that runs documented shell commands: skipped, saying so, where there is no bash (Windows).</summary>
public sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "the documented commands are sh; CI runs this test on Linux";
        }
    }
}
