using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// What the index keeps of a <see cref="PodSource"/>: the pods' labels, the claim selector (as terms), the declared
/// container ports and the places a finding points at. Read from the tree once, when the index is built.
/// </summary>
internal sealed class PodRecord
{
    internal PodRecord(ObjectRecord obj, PodSource source, int ordinal)
    {
        Object = obj;
        Ordinal = ordinal;
        Labels = source.Labels;
        IsBarePod = source.IsBarePod;
        ClaimSelector = source.ClaimSelector is { IsEvaluable: true } claim ? SelectorTerms.Of(claim) : null;
        var subject = source.Object;
        LabelsAnchor = Location.Of(subject, source.LabelsAnchor);
        SelectorAnchor = ReferenceEquals(source.SelectorAnchor, source.LabelsAnchor) ? LabelsAnchor : Location.Of(subject, source.SelectorAnchor);
        ContainersAnchor = source.PodSpec?.GetKey("containers") is { } containers ? Location.Of(subject, containers) : null;
        var ports = source.Ports;
        if (ports.Count == 0)
        {
            Ports = [];
        }
        else
        {
            var records = new PortRecord[ports.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = new PortRecord(ports[i].Name, ports[i].Protocol, Location.Of(subject, ports[i].Node));
            }

            Ports = records;
        }
    }

    public ObjectRecord Object { get; }

    /// <summary>Position among the run's pod sources (input order), to report a pair once.</summary>
    public int Ordinal { get; }

    /// <summary>The labels every pod of this source carries.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public bool IsBarePod { get; }

    /// <summary>The evaluable selector with which a controller adopts pods (<see cref="PodSource.ClaimSelector"/>), else null.</summary>
    public SelectorTerms? ClaimSelector { get; }

    /// <summary>The declared ports of all containers and init containers.</summary>
    public IReadOnlyList<PortRecord> Ports { get; }

    /// <summary>Where the pods' labels are (<see cref="PodSource.LabelsAnchor"/>).</summary>
    public Location LabelsAnchor { get; }

    /// <summary>Where the claim selector is (<see cref="PodSource.SelectorAnchor"/>).</summary>
    public Location SelectorAnchor { get; }

    /// <summary>The pod spec's <c>containers</c> key, or null.</summary>
    public Location? ContainersAnchor { get; }
}

/// <summary>A declared container port: its name (or null), protocol and the port's entry.</summary>
internal sealed record PortRecord(string? Name, string Protocol, Location Location);
