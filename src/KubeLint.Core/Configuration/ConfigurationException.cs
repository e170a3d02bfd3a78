namespace KubeLint.Core.Configuration;

/// <summary>A configuration file that cannot be read or parsed at all: the run stops with exit code 2.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
