using KubeLint.Core.Model;

namespace KubeLint.Core.Api;

/// <summary>A built-in group/version/kind: where the OpenAPI documents list it and what pluto says about it.</summary>
internal sealed class ApiKind
{
    private readonly Lazy<KindSchema?> _schema;

    internal ApiKind(string apiVersion, string kind, MinorSet documented, int? deprecatedIn, int? removedIn, string? replacement, int? replacementAvailableIn, string? file, Func<string, KindSchema> load)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Documented = documented;
        DeprecatedIn = deprecatedIn;
        RemovedIn = removedIn;
        Replacement = replacement;
        ReplacementAvailableIn = replacementAvailableIn;
        (Group, Version) = ApiVersions.Split(apiVersion);
        _schema = new Lazy<KindSchema?>(() => file is null ? null : load(file));
    }

    public string ApiVersion { get; }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    /// <summary>Minors whose OpenAPI document lists the kind (compiled in, not necessarily served by default).</summary>
    public MinorSet Documented { get; }

    public int? DeprecatedIn { get; }

    /// <summary>The first minor that no longer serves it (pluto's removed-in).</summary>
    public int? RemovedIn { get; }

    public string? Replacement { get; }

    public int? ReplacementAvailableIn { get; }

    public bool IsAlpha => Version.Contains("alpha", StringComparison.Ordinal);

    /// <summary>The field table, loaded on first use.</summary>
    public KindSchema? Schema => _schema.Value;

    /// <summary>
    /// False for kinds known only from the deprecation table: files that components read from disk
    /// (audit policies …), which no OpenAPI document describes.
    /// </summary>
    public bool IsApiKind => !Documented.IsEmpty;

    /// <summary>Served (or, for a file kind, read) by a cluster of that minor: in its document and not removed.</summary>
    public bool IsServedIn(int minor) => (Documented.Contains(minor) || !IsApiKind) && !(RemovedIn <= minor);

    /// <summary>Minors that serve it.</summary>
    public MinorSet Served
    {
        get
        {
            var bits = IsApiKind ? Documented.Bits : ulong.MaxValue;
            if (RemovedIn is { } removed and < 64)
            {
                bits &= (1UL << removed) - 1;
            }

            return new MinorSet(bits);
        }
    }

    public bool IsDeprecatedIn(int minor) => DeprecatedIn <= minor && IsServedIn(minor);

    public override string ToString() => $"{ApiVersion} {Kind}";
}
