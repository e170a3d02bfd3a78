using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// KL2008: a cluster domain that is no DNS name, or that disagrees between the kubelet
/// (<c>--cluster-domain</c>/<c>clusterDomain</c>), kube-dns's <c>--domain=</c> argument and the
/// <c>kubernetes</c> zones of a CoreDNS Corefile. The kubelet's domain is the reference.
/// </summary>
internal sealed class KL2008ClusterDomainAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2008",
        "Invalid or inconsistent cluster domain",
        "{0}",
        RuleCategories.Network,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterWorkspaceAction(ctx =>
        {
            if (ctx.Cluster.ClusterDomain is { } domain && !NetworkValues.IsDnsName(domain.Value))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, domain.ReportLocation, $"cluster domain '{domain.Value}' ({domain.Origin}) is not a DNS name"));
            }
        });

        context.RegisterObjectAction(ctx =>
        {
            var domain = ctx.Cluster.ClusterDomain;
            if (ctx.Object.Kind == "ConfigMap")
            {
                CheckCorefile(ctx, domain);
                return;
            }

            foreach (var container in PodTemplates.PodSpecsOf(ctx.Object).SelectMany(s => s.GetSequence("containers")?.Mappings ?? []))
            {
                if (!IsKubeDns(container))
                {
                    continue;
                }

                foreach (var arg in container.GetSequence("args")?.Items.OfType<YScalar>() ?? [])
                {
                    const string Flag = "--domain=";
                    if (arg.Value.StartsWith(Flag, StringComparison.Ordinal))
                    {
                        Check(ctx, domain, arg, Flag.Length, arg.Value.Length - Flag.Length, "kube-dns --domain");
                    }
                }
            }
        });
    }

    private static void CheckCorefile(ObjectAnalysisContext ctx, ClusterFact<string>? domain)
    {
        if (ctx.Object.Root.At("data.Corefile") is not YScalar corefile)
        {
            return;
        }

        var text = corefile.Value;
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words[0] == "kubernetes")
            {
                var zones = words.Skip(1).TakeWhile(w => w != "{").Where(z => !z.EndsWith(".arpa", StringComparison.OrdinalIgnoreCase) && !z.EndsWith(".arpa.", StringComparison.OrdinalIgnoreCase)).ToList();
                if (domain is not null && NetworkValues.IsDnsName(domain.Value) && zones.Count > 0
                    && !zones.Any(z => NetworkValues.NormalizeDomain(z) == NetworkValues.NormalizeDomain(domain.Value)) && zones.All(IsLiteral))
                {
                    var at = lineStart + line.IndexOf(zones[0], line.IndexOf("kubernetes", StringComparison.Ordinal) + 10, StringComparison.Ordinal);
                    var location = Location.Of(ctx.Object.FileOf(corefile), ScalarSpans.Locate(ctx.Object.FileOf(corefile), corefile, at, zones[0].Length));
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, location, ctx.Object, domain.Location is { } d ? [d] : null,
                        $"the Corefile's kubernetes zone{(zones.Count > 1 ? "s" : string.Empty)} {string.Join(" ", zones)} do{(zones.Count > 1 ? string.Empty : "es")} not include the cluster domain '{domain.Value}' ({domain.Origin})"));
                }
            }

            lineStart += line.Length + 1;
        }
    }

    private static void Check(ObjectAnalysisContext ctx, ClusterFact<string>? domain, YScalar node, int start, int length, string what)
    {
        var value = node.Value.Substring(start, length);
        if (!IsLiteral(value))
        {
            return; // a placeholder: KL2009's case
        }

        var location = Location.Of(ctx.Object.FileOf(node), ScalarSpans.Locate(ctx.Object.FileOf(node), node, start, Math.Max(length, 1)));
        if (!NetworkValues.IsDnsName(value))
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, location, ctx.Object, null, $"{what} '{value}' is not a DNS name"));
        }
        else if (domain is not null && NetworkValues.IsDnsName(domain.Value) && NetworkValues.NormalizeDomain(value) != NetworkValues.NormalizeDomain(domain.Value))
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, location, ctx.Object, domain.Location is { } d ? [d] : null,
                $"{what} '{value}' disagrees with the kubelet's cluster domain '{domain.Value}' ({domain.Origin})"));
        }
    }

    private static bool IsKubeDns(YMapping container) =>
        container.GetString("name") == "kubedns" || (container.GetString("image") ?? string.Empty).Contains("kube-dns", StringComparison.Ordinal);

    private static bool IsLiteral(string value) => Placeholders.Find(value).Count == 0 && !value.Contains('$');
}
