using System.Net;
using System.Net.Sockets;
using KubeLint.Core.Analysis;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Cluster;

/// <summary>
/// Gathers the cluster facts from every source, highest precedence first: (1) flags, (2)
/// <c>--cluster-config</c> files in the order given, (3) the <c>cluster:</c> section of
/// <c>.kubelint.yaml</c>, (4) kubeadm/kubelet documents among the linted inputs, (5) defaults that
/// a source implies (kubeadm's service subnet). Each fact comes from the first source that gives
/// a well-formed value; malformed values are configuration issues (KL9001) at their own spot.
/// </summary>
internal static class ClusterProfileBuilder
{
    private static readonly Dictionary<string, string> SectionKeys = new(StringComparer.Ordinal)
    {
        ["serviceClusterIPRange"] = ClusterFacts.ServiceClusterIpRange,
        ["serviceNodePortRange"] = ClusterFacts.ServiceNodePortRange,
        ["clusterDNS"] = ClusterFacts.ClusterDns,
        ["clusterDomain"] = ClusterFacts.ClusterDomain,
        ["kubernetesVersion"] = ClusterFacts.KubernetesVersion,
        ["loadBalancer"] = ClusterFacts.LoadBalancer,
    };

    /// <summary>The run's profile, and the malformed facts met on the way (for KL9001).</summary>
    public static ClusterProfile Build(AnalyzerOptions options, Workspace workspace, out IReadOnlyList<ConfigurationIssue> issuesFound)
    {
        var raw = new List<RawFact>();
        var issues = new List<ConfigurationIssue>();
        var sources = new List<string>();

        foreach (var name in ClusterFacts.FlagNames)
        {
            if (options.Properties.TryGetValue(ClusterProperties.For(name), out var value))
            {
                var values = value.Split(name == ClusterFacts.ClusterDomain ? [] : [','], StringSplitOptions.TrimEntries);
                raw.Add(new RawFact(name, values.Select(v => new RawValue(v, null)).ToList(), 1, "--" + name));
            }
        }

        if (options.Properties.TryGetValue(ClusterProperties.ConfigFiles, out var files))
        {
            foreach (var path in files.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ReadFile(Path.GetFullPath(path, options.WorkingDirectory), options.WorkingDirectory, 2, raw, issues, sources, null);
            }
        }

        var placeholders = new Dictionary<string, ClusterFact<string>>(StringComparer.Ordinal);
        ReadSection(options, raw, issues, sources, placeholders);

        foreach (var obj in workspace.Objects)
        {
            if (ManifestFactReader.IsClusterConfiguration(obj) || ManifestFactReader.IsKubeletConfiguration(obj))
            {
                raw.AddRange(ManifestFactReader.Read(obj, 4, includeStaticPods: false));
            }
            else if (ManifestFactReader.ReadLoadBalancer(obj, 4) is { } loadBalancer)
            {
                raw.Add(loadBalancer);
            }
        }

        var profile = Select(raw.OrderBy(f => f.Level).ToList(), issues, sources, placeholders);

        // A file given both as --cluster-config and as an input would report its problems twice.
        issuesFound = [.. issues.Distinct()];

        return profile;
    }

    private static void ReadFile(string fullPath, string workingDirectory, int level, List<RawFact> raw, List<ConfigurationIssue> issues, List<string> sources, Location? mentionedAt)
    {
        var display = InputResolver.DisplayPath(fullPath, workingDirectory);
        SourceFile file;
        try
        {
            file = new ManifestLoader().LoadFile(display, fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Add(new ConfigurationIssue(mentionedAt ?? ClusterFacts.CommandLine, $"cannot read cluster configuration '{display}': {e.Message}"));
            return;
        }

        if (file.Problems is [{ Kind: LoadProblemKind.Unreadable or LoadProblemKind.TooLarge } unreadable, ..])
        {
            issues.Add(new ConfigurationIssue(mentionedAt ?? ClusterFacts.CommandLine, $"cluster configuration '{display}': {unreadable.Message}"));
            return;
        }

        sources.Add(display);
        var objects = file.Problems.Count == 0 ? file.Documents.SelectMany(d => d.Objects).ToList() : [];
        if (objects.Count > 0)
        {
            var before = raw.Count;
            foreach (var obj in objects)
            {
                raw.AddRange(ManifestFactReader.Read(obj, level, includeStaticPods: true));
            }

            if (raw.Count == before)
            {
                issues.Add(new ConfigurationIssue(
                    Location.Of(file, objects[0].Root.Span),
                    $"'{display}' holds no kubeadm ClusterConfiguration, KubeletConfiguration or kube-apiserver static pod with cluster settings"));
            }

            return;
        }

        if (file.Problems.Count > 0 && LooksLikeYaml(file))
        {
            var problem = file.Problems[0];
            issues.Add(new ConfigurationIssue(Location.Of(file, problem.Span), $"cluster configuration '{display}' does not parse as YAML: {problem.Message}"));
            return;
        }

        var (facts, recognised) = file.Text is null ? ([], false) : EnvFileReader.Read(file, level);
        if (!recognised)
        {
            issues.Add(new ConfigurationIssue(
                Location.Of(file, Text.SourceSpan.At(Text.SourcePosition.Start)),
                $"'{display}' is no cluster configuration KubeLint knows: an environment file (KEY=\"--flag=value\"), a systemd unit, a kubeadm ClusterConfiguration, a KubeletConfiguration or a kube-apiserver static pod"));
            return;
        }

        raw.AddRange(facts);
    }

    /// <summary>A YAML document rather than an environment file: it names an apiVersion or kind.</summary>
    private static bool LooksLikeYaml(SourceFile file) =>
        file.Text is { } text && (text.Contains("apiVersion:") || text.Contains("kind:"));

    private static void ReadSection(AnalyzerOptions options, List<RawFact> raw, List<ConfigurationIssue> issues, List<string> sources, Dictionary<string, ClusterFact<string>> placeholders)
    {
        if (options.Config.Root?["cluster"] is not { } node || options.Config.File is not { } file)
        {
            return;
        }

        if (node is not YMapping section)
        {
            if (node is not YScalar { IsNull: true })
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, node), "cluster: must be a mapping (serviceClusterIPRange, serviceNodePortRange, clusterDNS, clusterDomain, kubernetesVersion, loadBalancer, configFiles, placeholders)"));
            }

            return;
        }

        foreach (var entry in section.Entries)
        {
            var key = entry.Key.Value;
            if (key == "configFiles")
            {
                var folder = Path.GetDirectoryName(file.FullPath) ?? options.WorkingDirectory;
                foreach (var item in entry.Value is YSequence list ? list.Items.OfType<YScalar>() : entry.Value is YScalar one ? [one] : [])
                {
                    ReadFile(Path.GetFullPath(item.Value, folder), options.WorkingDirectory, 3, raw, issues, sources, Location.Of(file, item));
                }

                continue;
            }

            if (key == "placeholders")
            {
                ReadPlaceholders(file, entry.Value, issues, placeholders);
                continue;
            }

            if (!SectionKeys.TryGetValue(key, out var name))
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, entry.Key), $"unknown key '{key}' in cluster: (known: {string.Join(", ", SectionKeys.Keys)}, configFiles, placeholders)"));
                continue;
            }

            var values = entry.Value switch
            {
                YSequence list when name is ClusterFacts.ServiceClusterIpRange or ClusterFacts.ClusterDns =>
                    list.Items.OfType<YScalar>().Select(s => new RawValue(s.Value, Location.Of(file, s))).ToList(),
                YScalar scalar when !scalar.IsNull =>
                    FlagScanner.Split(SourceWord.FromScalar(file, scalar), 0, name is ClusterFacts.ServiceClusterIpRange or ClusterFacts.ClusterDns),
                _ => null,
            };
            if (values is null)
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, entry.Value), $"cluster.{key} must be a string{(name is ClusterFacts.ServiceClusterIpRange or ClusterFacts.ClusterDns ? " or a list of strings" : string.Empty)}"));
                continue;
            }

            raw.Add(new RawFact(name, values, 3, file.Path));
        }

        sources.Add(file.Path + " (cluster:)");
    }

    /// <summary>
    /// <c>cluster.placeholders</c>: a value per placeholder name, for those no cluster fact fills (the article's
    /// <c>$DNS_MEMORY_LIMIT</c>). KL2009's fix writes a value into the middle of a scalar, plain or quoted, so only
    /// values that read the same there are taken: letters, digits and <c>. _ / + : = -</c>.
    /// </summary>
    private static void ReadPlaceholders(SourceFile file, YNode node, List<ConfigurationIssue> issues, Dictionary<string, ClusterFact<string>> placeholders)
    {
        if (node is not YMapping map)
        {
            if (node is not YScalar { IsNull: true })
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, node), "cluster.placeholders must be a mapping of placeholder names to values, e.g. DNS_MEMORY_LIMIT: 170Mi"));
            }

            return;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (key.Value.Length == 0 || key.Value[0] is '$' or '{')
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, key), $"cluster.placeholders: write the placeholder's bare name ('DNS_MEMORY_LIMIT' for $DNS_MEMORY_LIMIT or ${{DNS_MEMORY_LIMIT}}), not '{key.Value}'"));
            }
            else if (value is not YScalar { IsNull: false } scalar || scalar.Value.Length == 0)
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, value), $"cluster.placeholders.{key.Value} must be a string"));
            }
            else if (!scalar.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '+' or ':' or '=' or '-'))
            {
                issues.Add(new ConfigurationIssue(Location.Of(file, scalar), $"cluster.placeholders.{key.Value}: '{scalar.Value}' cannot be filled in as it is; a value takes letters, digits and . _ / + : = -"));
            }
            else
            {
                var location = Location.Of(file, scalar);
                placeholders[key.Value] = new ClusterFact<string>(scalar.Value, location.ToString(), location);
            }
        }
    }

    private static ClusterProfile Select(List<RawFact> raw, List<ConfigurationIssue> issues, List<string> sources, IReadOnlyDictionary<string, ClusterFact<string>> placeholders)
    {
        List<ClusterFact<IPNetwork>>? cidrs = null;
        ClusterFact<NodePortRange>? ports = null;
        List<ClusterFact<IPAddress>>? dns = null;
        ClusterFact<string>? domain = null;
        ClusterFact<KubernetesVersion>? version = null;
        ClusterFact<string>? loadBalancer = null;

        foreach (var fact in raw)
        {
            void Issue(RawValue value, string message) =>
                issues.Add(new ConfigurationIssue(value.Location ?? ClusterFacts.CommandLine, $"{Label(fact)}: {message}"));

            switch (fact.Name)
            {
                case ClusterFacts.ServiceClusterIpRange:
                    var parsedCidrs = new List<ClusterFact<IPNetwork>>();
                    foreach (var value in fact.Values)
                    {
                        if (NetworkValues.TryParseCidr(value.Text, out var network, out var error))
                        {
                            parsedCidrs.Add(new ClusterFact<IPNetwork>(network, Origin(fact, value), value.Location));
                        }
                        else
                        {
                            Issue(value, error!);
                        }
                    }

                    if (parsedCidrs.Count == fact.Values.Count && parsedCidrs.DistinctBy(c => c.Value.BaseAddress.AddressFamily).Count() != parsedCidrs.Count)
                    {
                        Issue(fact.Values[^1], "a dual-stack cluster has one CIDR per address family (IPv4,IPv6)");
                    }
                    else if (parsedCidrs.Count == fact.Values.Count)
                    {
                        cidrs ??= parsedCidrs;
                    }

                    break;
                case ClusterFacts.ServiceNodePortRange:
                    if (NodePortRange.TryParse(fact.Values[0].Text, out var range, out var rangeError))
                    {
                        ports ??= new ClusterFact<NodePortRange>(range, Origin(fact, fact.Values[0]), fact.Values[0].Location);
                    }
                    else
                    {
                        Issue(fact.Values[0], rangeError!);
                    }

                    break;
                case ClusterFacts.ClusterDns:
                    var parsedDns = new List<ClusterFact<IPAddress>>();
                    foreach (var value in fact.Values)
                    {
                        if (NetworkValues.TryParseAddress(value.Text, out var address))
                        {
                            parsedDns.Add(new ClusterFact<IPAddress>(address, Origin(fact, value), value.Location));
                        }
                        else
                        {
                            Issue(value, $"'{value.Text}' is not an IP address");
                        }
                    }

                    if (parsedDns.Count == fact.Values.Count)
                    {
                        dns ??= parsedDns;
                    }

                    break;
                case ClusterFacts.ClusterDomain:
                    if (fact.Values[0].Text.Length > 0)
                    {
                        domain ??= new ClusterFact<string>(fact.Values[0].Text, Origin(fact, fact.Values[0]), fact.Values[0].Location);
                    }

                    break;
                case ClusterFacts.LoadBalancer when fact.Values[0].Text.Length > 0:
                    loadBalancer ??= new ClusterFact<string>(fact.Values[0].Text, Origin(fact, fact.Values[0]), fact.Values[0].Location);
                    break;
                case ClusterFacts.CloudProvider or ClusterFacts.CloudConfig when fact.Values[0].Text.Length > 0:
                    // Any cloud provider (external included: a cloud controller manager runs) serves load balancers.
                    loadBalancer ??= new ClusterFact<string>("cloud", $"--{fact.Name}={fact.Values[0].Text} in {Origin(fact, fact.Values[0])}", fact.Values[0].Location);
                    break;
                case ClusterFacts.KubernetesVersion:
                    if (Model.KubernetesVersion.TryParse(fact.Values[0].Text, out var parsedVersion))
                    {
                        version ??= new ClusterFact<KubernetesVersion>(parsedVersion, Origin(fact, fact.Values[0]), fact.Values[0].Location);
                    }
                    else
                    {
                        Issue(fact.Values[0], $"'{fact.Values[0].Text}' is not a Kubernetes version (e.g. v1.30.2)");
                    }

                    break;
            }
        }

        return new ClusterProfile
        {
            ServiceCidrs = (IReadOnlyList<ClusterFact<IPNetwork>>?)cidrs?.OrderBy(c => c.Value.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6).ToList() ?? [],
            NodePortRange = ports ?? new ClusterFact<NodePortRange>(NodePortRange.Default, "Kubernetes' default", null),
            ClusterDns = dns ?? [],
            ClusterDomain = domain,
            KubernetesVersion = version,
            LoadBalancer = loadBalancer,
            Placeholders = placeholders,
            Sources = sources,
        };
    }

    private static string Label(RawFact fact) => fact.Level == 1 ? "--" + fact.Name : fact.Name;

    private static string Origin(RawFact fact, RawValue value) =>
        value.Location?.ToString() ?? fact.Source;
}
