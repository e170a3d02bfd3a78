using System.Buffers;
using System.Globalization;
using System.Text;
using KubeLint.Core.Collections;

namespace KubeLint.Core.Api;

/// <summary>
/// The built-in Kubernetes API knowledge generated into <c>schemas/api</c> and embedded in this
/// assembly. The index (a few hundred lines) loads on first use; a kind's field table loads only
/// when an object of that kind is checked.
/// </summary>
internal sealed class ApiCatalog
{
    private static readonly Lazy<ApiCatalog> DefaultLazy = new(() => new ApiCatalog());

    // apiVersion, then kind (see NestedDictionary).
    private readonly Dictionary<string, Dictionary<string, ApiKind>> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ApiKind>> _byKind = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);

    private ApiCatalog()
    {
        using var reader = Open("index.tsv");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var p = line.Split('\t');
            var kind = new ApiKind(p[0], p[1], MinorSet.Parse(p[2]), Minor(p[3]), Minor(p[4]), Empty(p[5]), Minor(p[6]), Empty(p[7]), LoadSchema);
            _kinds.Inner(kind.ApiVersion)[kind.Kind] = kind;
            if (!kind.IsApiKind)
            {
                continue; // A file kind (audit policy …): its group and kind say nothing about the apiserver.
            }

            _byKind.AddToList(kind.Kind, kind);
            _groups.Add(kind.Group);
        }
    }

    public static ApiCatalog Default => DefaultLazy.Value;

    public IEnumerable<ApiKind> Kinds => _kinds.Values.SelectMany(k => k.Values);

    public ApiKind? Find(string apiVersion, string kind) => _kinds.Find(apiVersion, kind);

    /// <summary>Every built-in group/version that has this kind.</summary>
    public IReadOnlyList<ApiKind> WithKind(string kind) => _byKind.TryGetValue(kind, out var list) ? list : [];

    /// <summary>
    /// The other apiVersions of the same object, newest first: the kind in the same group, or in a group whose
    /// replacements lead to the same apiVersion (<c>extensions/v1beta1</c> and <c>apps/v1</c> Deployment), but not a
    /// namesake that is another object (core <c>v1</c> and <c>events.k8s.io</c> Event).
    /// </summary>
    public IEnumerable<ApiKind> Relatives(ApiKind kind)
    {
        var end = LastReplacement(kind);
        return WithKind(kind.Kind)
            .Where(k => k != kind && (k.Group == kind.Group || LastReplacement(k) == end))
            .OrderByDescending(k => k.Documented.Last)
            .ThenBy(k => k.IsAlpha ? 2 : k.Version.Contains("beta", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(k => k.ApiVersion, StringComparer.Ordinal);
    }

    /// <summary>True for groups Kubernetes itself serves (core, apps, …), as opposed to custom resources' groups.</summary>
    public bool IsBuiltInGroup(string group) => _groups.Contains(group);

    /// <summary>The best other apiVersion of the same kind served by <paramref name="minor"/>: GA before beta before alpha, newest first.</summary>
    public ApiKind? BestServed(string kind, int minor, string exceptApiVersion) =>
        ServedAlternatives(kind, minor, exceptApiVersion).FirstOrDefault();

    /// <summary>The other apiVersions of the same kind served by <paramref name="minor"/>, best first (see <see cref="BestServed"/>).</summary>
    public IEnumerable<ApiKind> ServedAlternatives(string kind, int minor, string exceptApiVersion) =>
        WithKind(kind)
            .Where(k => k.ApiVersion != exceptApiVersion && k.IsServedIn(minor))
            .OrderBy(k => k.IsAlpha ? 2 : k.Version.Contains("beta", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(k => k.DeprecatedIn <= minor ? 1 : 0)
            .ThenByDescending(k => k.Documented.First);

    // Replacement chains are a step or two long; the bound keeps a cycle in the data from looping.
    private string LastReplacement(ApiKind kind)
    {
        var current = kind;
        for (var step = 0; step < 8 && current.Replacement is { } next && Find(next, kind.Kind) is { } found && found != current; step++)
        {
            current = found;
        }

        return current.ApiVersion;
    }

    private static KindSchema LoadSchema(string file) => KindSchema.Parse(ReadTable(file));

    private static StreamReader Open(string name) => new(Resource(name));

    /// <summary>
    /// A table as one string, widened straight from the assembly's resource a chunk at a time (the tables are
    /// ASCII): a reader would grow a builder and copy it, twice the text, which on a small run is what tipped
    /// it into its first garbage collection.
    /// </summary>
    internal static string ReadTable(string name)
    {
        using var stream = Resource(name);
        return string.Create(checked((int)stream.Length), stream, static (chars, source) =>
        {
            Span<byte> chunk = stackalloc byte[4096];
            while (!chars.IsEmpty)
            {
                var read = source.Read(chunk[..Math.Min(chunk.Length, chars.Length)]);
                if (read == 0 || Ascii.ToUtf16(chunk[..read], chars, out _) != OperationStatus.Done)
                {
                    throw new InvalidDataException("an embedded API table ended early or is not ASCII");
                }

                chars = chars[read..];
            }
        });
    }

    private static Stream Resource(string name) =>
        typeof(ApiCatalog).Assembly.GetManifestResourceStream("api/" + name)
            ?? throw new InvalidOperationException($"embedded API table api/{name} is missing");

    private static int? Minor(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var dot = text.IndexOf('.');
        return int.Parse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
