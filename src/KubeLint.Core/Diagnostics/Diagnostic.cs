using System.Globalization;
using KubeLint.Core.Model;

namespace KubeLint.Core.Diagnostics;

/// <summary>One finding: a rule, a severity, a message and where.</summary>
public sealed record Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, string message, DiagnosticSeverity severity, IReadOnlyList<Location> additionalLocations, ObjectSubject? subject)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
        AdditionalLocations = additionalLocations;
        Subject = subject;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; init; }

    public string Message { get; }

    /// <summary>The effective severity: the descriptor's default (or the one a rule chose with
    /// <see cref="WithDefaultSeverity"/>) until configuration applies.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>Related places, e.g. the first claim of a node port.</summary>
    public IReadOnlyList<Location> AdditionalLocations { get; }

    /// <summary>
    /// The object the finding is about, when there is one: its kind, name, namespaces and file, not its tree (a
    /// finding outlives the trees of a large run). Named for what it is rather than <c>Object</c>, which was the
    /// <see cref="KubeObject"/> until 0.x findings became compact: code that read its tree fails to compile
    /// instead of reading a look-alike.
    /// </summary>
    public ObjectSubject? Subject { get; }

    /// <summary>Set when an in-source directive or annotation suppressed the finding.</summary>
    public string? SuppressionJustification { get; init; }

    public bool IsSuppressed { get; init; }

    /// <summary>What the analyzer knew that its fix provider needs (a suggested name, a replacement
    /// apiVersion), as Roslyn's <c>Diagnostic.Properties</c>: the provider does not redo the analysis.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = NoProperties;

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, (ObjectSubject?)null, null, messageArgs);

    /// <summary>A finding about <paramref name="obj"/> (its <see cref="KubeObject.Subject"/> is kept, not the object).</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, KubeObject? obj, IReadOnlyList<Location>? additionalLocations, params object?[] messageArgs) =>
        Create(descriptor, location, obj?.Subject, additionalLocations, messageArgs);

    /// <summary>A finding about the object <paramref name="subject"/> names, for workspace actions over the index's
    /// records. Internal: a public twin would make <c>Create(rule, at, null, …)</c> ambiguous in custom rules.</summary>
    internal static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, ObjectSubject? subject, IReadOnlyList<Location>? additionalLocations, params object?[] messageArgs)
    {
        var message = messageArgs.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, MessageArguments.CutAll(messageArgs));
        return new Diagnostic(descriptor, location, message, descriptor.DefaultSeverity, additionalLocations ?? [], subject);
    }

    /// <summary>A finding as the custom rules' worker process reported it: its message is already formatted.</summary>
    internal static Diagnostic Restore(DiagnosticDescriptor descriptor, Location location, string message, DiagnosticSeverity severity, IReadOnlyList<Location> additionalLocations, ObjectSubject? subject) =>
        new(descriptor, location, message, severity, additionalLocations, subject);

    /// <summary>This finding with another default severity, for rules whose severity depends on the
    /// run (e.g. raised when the inputs are declared complete). Configuration still overrides it.</summary>
    public Diagnostic WithDefaultSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>This finding with one more property for its fix provider.</summary>
    public Diagnostic WithProperty(string name, string value) =>
        this with { Properties = new Dictionary<string, string>(Properties, StringComparer.Ordinal) { [name] = value } };

    /// <summary>This finding with one more related location (the kustomization of a built object).</summary>
    internal Diagnostic WithRelated(Location related) =>
        new(Descriptor, Location, Message, Severity, [.. AdditionalLocations, related], Subject)
        {
            SuppressionJustification = SuppressionJustification,
            IsSuppressed = IsSuppressed,
            Properties = Properties,
        };

    public override string ToString() => $"{Location}: {Severity.ToWord()} {Id}: {Message}";
}
