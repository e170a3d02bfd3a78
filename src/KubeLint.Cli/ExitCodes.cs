namespace KubeLint.Cli;

/// <summary>The documented exit codes (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Bad invocation, unreadable path, bad configuration, unknown target version.</summary>
    public const int Usage = 2;

    /// <summary>An internal error: a bug in KubeLint.</summary>
    public const int Internal = 3;
}
