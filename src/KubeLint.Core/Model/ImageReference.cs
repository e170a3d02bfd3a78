namespace KubeLint.Core.Model;

/// <summary>A container image reference split as the container runtime reads it:
/// <c>[registry/]repository[:tag][@digest]</c>.</summary>
internal sealed record ImageReference(string Registry, bool HasExplicitRegistry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The registry an image without one comes from.</summary>
    public const string DefaultRegistry = "docker.io";

    public static ImageReference Parse(string image)
    {
        var text = image.Trim();
        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        // A first segment is a registry when it looks like a host: a dot, a port, or localhost.
        var registry = DefaultRegistry;
        var explicitRegistry = false;
        var slash = text.IndexOf('/');
        if (slash > 0)
        {
            var first = text[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                explicitRegistry = true;
                text = text[(slash + 1)..];
            }
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        return new ImageReference(registry, explicitRegistry, text, tag, digest);
    }
}
