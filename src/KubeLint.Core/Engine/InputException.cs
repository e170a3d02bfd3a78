namespace KubeLint.Core.Engine;

/// <summary>An input path that does not exist or cannot be read: the run stops with exit code 2.</summary>
internal sealed class InputException(string message) : Exception(message);
