namespace KubeLint.Testing;

/// <summary>Thrown when a verifier's expectations do not hold. Its message lists what was expected and
/// what the analyzer reported, so the test framework's report is enough to fix the test.</summary>
public sealed class VerificationException : Exception
{
    public VerificationException()
    {
    }

    public VerificationException(string message)
        : base(message)
    {
    }

    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
