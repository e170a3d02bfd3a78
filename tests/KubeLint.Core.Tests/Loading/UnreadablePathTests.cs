using System.Text;
using KubeLint.Core.Configuration;
using KubeLint.Core.Engine;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Loading;

/// <summary>Paths that cannot be read as files (issue #15): each is a KL0001 at line 1 of that path, the run goes on
/// and the valid file beside it is linted, and nothing blocks or reads without bound.</summary>
public class UnreadablePathTests
{
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";

    [UnixFact]
    public void A_fifo_found_by_a_walk_is_KL0001_not_a_hang()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, "pipe.yaml"));

        var result = SpecialFiles.Within(20, () => EngineRun.Lint(folder.Path, ["."]));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("KL0001 pipe.yaml 1:1", $"{finding.Id} {finding.Location.Path} {finding.Location.Start.Line}:{finding.Location.Start.Column}");
        Assert.Equal("cannot read this path: it is a FIFO (named pipe), not a regular file", finding.Message);
        Assert.Contains(result.Workspace.Objects, o => o.Name == "ok");
    }

    [UnixFact]
    public void A_character_device_named_as_a_manifest_is_KL0001_and_not_read()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);

        var result = SpecialFiles.Within(20, () => EngineRun.Lint(folder.Path, ["/dev/zero", "ok.yaml"]));

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("KL0001 /dev/zero 1:1", $"{finding.Id} {finding.Location.Path} {finding.Location.Start.Line}:{finding.Location.Start.Column}");
        Assert.Equal("cannot read this path: it is a character device, not a regular file", finding.Message);
        Assert.Contains(result.Workspace.Objects, o => o.Name == "ok");
    }

    [UnixFact]
    public void A_dangling_symbolic_link_is_KL0001_naming_its_target()
    {
        using var folder = new TempFolder();
        folder.Write("walk/ok.yaml", ConfigMap);
        folder.Write("elsewhere/other.yaml", ConfigMap.Replace("name: ok", "name: other", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "walk", "gone.yaml"), "missing.yaml");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "walk", "here.yaml"), "../elsewhere/other.yaml"); // the look-alike: a link that resolves

        var result = EngineRun.Lint(folder.Path, ["walk"]);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("KL0001 walk/gone.yaml 1:1", $"{finding.Id} {finding.Location.Path} {finding.Location.Start.Line}:{finding.Location.Start.Column}");
        Assert.Equal("cannot read this path: it is a symbolic link to 'missing.yaml', which does not exist", finding.Message);
        Assert.Equal(["ok", "other"], result.Workspace.Objects.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void A_loop_of_file_links_is_KL0001_at_each_link()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a.yaml"), "b.yaml");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b.yaml"), "a.yaml");

        var result = SpecialFiles.Within(20, () => EngineRun.Lint(folder.Path, ["."]));

        Assert.Equal(
            ["KL0001 a.yaml: cannot read this path: its symbolic links form a loop", "KL0001 b.yaml: cannot read this path: its symbolic links form a loop"],
            result.Diagnostics.Select(d => $"{d.Id} {d.Location.Path}: {d.Message}").Order(StringComparer.Ordinal));
    }

    [UnixFact]
    public void A_file_name_that_is_not_utf8_is_KL0001_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);

        // .NET reads the byte 0xFF of a name as U+FFFD, a name that then opens nothing; only a native call can make it.
        Assert.True(MakeNonUtf8File(folder.Path));

        var result = EngineRun.Lint(folder.Path, ["."]);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("KL0001 bad\uFFFD.yaml 1:1", $"{finding.Id} {finding.Location.Path} {finding.Location.Start.Line}:{finding.Location.Start.Column}");
        Assert.Equal("cannot read this path: it does not exist (it was removed, or its name is not valid UTF-8)", finding.Message);
    }

    [UnixFact]
    public void Two_links_to_the_folder_itself_and_a_link_up_end_and_lint_each_file_once()
    {
        using var folder = new TempFolder();
        folder.Write("sub/ok.yaml", ConfigMap);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "again"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "up"), "..");

        var result = SpecialFiles.Within(20, () => EngineRun.Lint(folder.Path, ["."]));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["sub/ok.yaml"], result.Workspace.Files.Select(f => f.Path));
    }

    [UnixFact]
    public void A_fifo_named_as_the_configuration_file_stops_the_run_with_a_message()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, "kubelint.yaml"));

        var error = SpecialFiles.Within(20, () => Assert.Throws<ConfigurationException>(() =>
            new LintEngine().Run(new LintOptions { Paths = ["ok.yaml"], WorkingDirectory = folder.Path, ConfigFile = "kubelint.yaml" })));

        Assert.Equal("configuration file 'kubelint.yaml': cannot read this path: it is a FIFO (named pipe), not a regular file", error.Message);
    }

    [UnixFact]
    public void A_fifo_as_editorconfig_or_gitignore_does_not_block()
    {
        using var folder = new TempFolder();
        folder.Write("ok.yaml", ConfigMap);
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, ".gitignore"));
        SpecialFiles.MakeFifo(Path.Combine(folder.Path, ".editorconfig"));

        var error = SpecialFiles.Within(20, () => Assert.Throws<ConfigurationException>(() => EngineRun.Lint(folder.Path, ["."])));

        Assert.Equal($"cannot read configuration file '{Path.Combine(folder.Path, ".editorconfig")}': it is a FIFO (named pipe), not a regular file", error.Message);
    }

    [UnixFact]
    public void Reading_a_device_stops_at_the_limit_even_when_its_type_is_not_known()
    {
        // What a platform without statx does: the stream of /dev/zero never ends, the read stops one byte past the limit.
        using var stream = new FileStream("/dev/zero", FileMode.Open, FileAccess.Read);
        var error = Assert.Throws<UnreadableFileException>(() => RegularFile.ReadBounded(stream, -1, 1000));
        Assert.True(error.TooLarge);
        Assert.Equal("the file is over the limit of 1,000 bytes", error.Message);
    }

    [Fact]
    public void A_regular_file_at_the_limit_is_read_and_one_past_it_is_not()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("f.yaml", Encoding.ASCII.GetBytes(new string('#', 1000)));
        Assert.Equal(1000, RegularFile.ReadAllBytes(path, 1000).Length);
        var error = Assert.Throws<UnreadableFileException>(() => RegularFile.ReadAllBytes(path, 999));
        Assert.Equal("the file is 1,000 bytes, over the limit of 999", error.Message);
    }

    private static bool MakeNonUtf8File(string folder)
    {
        var name = Encoding.UTF8.GetBytes(Path.Combine(folder, "bad")).Concat(new byte[] { 0xFF }).Concat(".yaml\0"u8.ToArray()).ToArray();
        var fd = Native.Creat(name, 420);
        return fd >= 0 && Native.Close(fd) == 0;
    }

    private static class Native
    {
        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "creat")]
        public static extern int Creat(byte[] path, int mode);

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close")]
        public static extern int Close(int fd);
    }
}
