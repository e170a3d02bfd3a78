namespace KubeLint.Cli;

/// <summary>
/// A file that a maintainer command regenerates from the rules' declarations (a rule page, the configuration
/// schema): read it, work out what it should hold, then either say it is due (<c>--check</c>) or write it. Both
/// commands go through here so that they read, compare, write and fail the same way.
/// </summary>
internal static class GeneratedFile
{
    /// <summary>What became of one file.</summary>
    public enum Outcome
    {
        /// <summary>It already holds what it should.</summary>
        UpToDate,

        /// <summary><c>--check</c>: it does not, and was left alone.</summary>
        Due,

        /// <summary>It did not, and now does.</summary>
        Written,

        /// <summary>It could not be read or written (a usage error, already explained on standard error).</summary>
        Failed,
    }

    /// <summary>Brings <paramref name="path"/> up to date with <paramref name="generate"/> (which may throw for a file
    /// it cannot work with; the caller explains that). <paramref name="rerun"/> is the command that updates it.</summary>
    public static Outcome Refresh(string path, Func<string, string> generate, bool check, string rerun, TextWriter stdout, TextWriter stderr)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kubelint: cannot read '{path}': {e.Message}");
            return Outcome.Failed;
        }

        var generated = generate(text);
        if (generated == text)
        {
            return Outcome.UpToDate;
        }

        if (check)
        {
            stderr.WriteLine($"kubelint: {path} is not up to date; run '{rerun}'");
            return Outcome.Due;
        }

        try
        {
            File.WriteAllText(path, generated);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kubelint: cannot write '{path}': {e.Message}");
            return Outcome.Failed;
        }

        stdout.WriteLine($"{path} updated");
        return Outcome.Written;
    }
}
