using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Cluster;

/// <summary>Reads cluster facts from YAML documents: kubeadm's <c>ClusterConfiguration</c>, the
/// kubelet's <c>KubeletConfiguration</c>, (in <c>--cluster-config</c> files only) static pods
/// that run kube-apiserver, kube-controller-manager or the kubelet, and (among the inputs) the
/// workloads of a load-balancer integration: a cloud controller manager or MetalLB.</summary>
internal static class ManifestFactReader
{
    /// <summary>The default service subnet and domain kubeadm uses when a ClusterConfiguration names none.</summary>
    private const string KubeadmServiceSubnet = "10.96.0.0/12";
    private const string KubeadmDnsDomain = "cluster.local";

    public static bool IsClusterConfiguration(KubeObject obj) =>
        obj.Kind == "ClusterConfiguration" && obj.Group == "kubeadm.k8s.io";

    public static bool IsKubeletConfiguration(KubeObject obj) =>
        obj.Kind == "KubeletConfiguration" && obj.Group == "kubelet.config.k8s.io";

    public static List<RawFact> Read(KubeObject obj, int level, bool includeStaticPods)
    {
        var facts = new List<RawFact>();
        if (IsClusterConfiguration(obj))
        {
            ReadClusterConfiguration(obj, level, facts);
        }
        else if (IsKubeletConfiguration(obj))
        {
            AddScalarOrList(obj, obj.Root["clusterDNS"], ClusterFacts.ClusterDns, level, facts);
            AddScalarOrList(obj, obj.Root["clusterDomain"], ClusterFacts.ClusterDomain, level, facts);
        }
        else if (includeStaticPods)
        {
            foreach (var container in PodTemplates.PodSpecsOf(obj).SelectMany(s => s.GetSequence("containers")?.Mappings ?? []))
            {
                var words = Words(obj.File, container.GetSequence("command")).Concat(Words(obj.File, container.GetSequence("args"))).ToList();
                if (words.Any(w => IsControlPlaneBinary(w.Text)))
                {
                    facts.AddRange(FlagScanner.Scan(words, level, obj.File.Path));
                }
            }
        }

        return facts;
    }

    private static void ReadClusterConfiguration(KubeObject obj, int level, List<RawFact> facts)
    {
        // extraArgs: a map before kubeadm v1beta4, a list of {name, value} since. The cloud flags
        // matter on the controller manager (its service controller creates load balancers) too.
        foreach (var component in (string[])["apiServer", "controllerManager"])
        {
            switch (obj.Root.At(component + ".extraArgs"))
            {
                case YMapping map:
                    foreach (var entry in map.Entries.Where(e => ClusterFacts.ScannedFlags.Contains(e.Key.Value)))
                    {
                        AddScalar(obj, entry.Value, entry.Key.Value, level, facts);
                    }

                    break;
                case YSequence list:
                    foreach (var item in list.Mappings)
                    {
                        if (item.GetString("name") is { } name && ClusterFacts.ScannedFlags.Contains(name))
                        {
                            AddScalar(obj, item["value"], name, level, facts);
                        }
                    }

                    break;
            }
        }

        AddScalar(obj, obj.Root.At("networking.serviceSubnet"), ClusterFacts.ServiceClusterIpRange, level, facts);
        AddScalar(obj, obj.Root.At("networking.dnsDomain"), ClusterFacts.ClusterDomain, level, facts);
        AddScalar(obj, obj.Root["kubernetesVersion"], ClusterFacts.KubernetesVersion, level, facts);

        // kubeadm's own defaults, below every written value.
        var origin = $"kubeadm's default for the ClusterConfiguration in {obj.File.Path}";
        facts.Add(new RawFact(ClusterFacts.ServiceClusterIpRange, [new RawValue(KubeadmServiceSubnet, null)], 5, origin));
        facts.Add(new RawFact(ClusterFacts.ClusterDomain, [new RawValue(KubeadmDnsDomain, null)], 5, origin));
    }

    private static void AddScalar(KubeObject obj, YNode? node, string name, int level, List<RawFact> facts)
    {
        if (node is YScalar scalar && !scalar.IsNull)
        {
            var word = SourceWord.FromScalar(obj.File, scalar);
            facts.Add(new RawFact(name, FlagScanner.Split(word, 0, name is ClusterFacts.ServiceClusterIpRange or ClusterFacts.ClusterDns), level, obj.File.Path));
        }
    }

    private static void AddScalarOrList(KubeObject obj, YNode? node, string name, int level, List<RawFact> facts)
    {
        if (node is YSequence sequence)
        {
            var values = sequence.Items.OfType<YScalar>().Where(s => !s.IsNull)
                .Select(s => new RawValue(s.Value, Location.Of(obj.File, s))).ToList();
            if (values.Count > 0)
            {
                facts.Add(new RawFact(name, values, level, obj.File.Path));
            }
        }
        else
        {
            AddScalar(obj, node, name, level, facts);
        }
    }

    private static IEnumerable<SourceWord> Words(SourceFile file, YSequence? sequence) =>
        sequence?.Items.OfType<YScalar>().Select(s => SourceWord.FromScalar(file, s)) ?? [];

    private static bool IsControlPlaneBinary(string word)
    {
        var name = word[(word.LastIndexOf('/') + 1)..];
        return name is "kube-apiserver" or "kubelet" or "hyperkube" or "apiserver" or "kube-controller-manager" or "controller-manager";
    }

    /// <summary>
    /// A load-balancer integration among the inputs: MetalLB's resources or controller, or a cloud
    /// controller manager (its service controller creates the cloud's load balancers).
    /// </summary>
    public static RawFact? ReadLoadBalancer(KubeObject obj, int level)
    {
        string? value = null;
        YNode? at = null;
        if (obj.Group == "metallb.io")
        {
            (value, at) = ("metallb", obj.Root.GetKey("kind") ?? (YNode)obj.Root);
        }
        else
        {
            foreach (var container in PodTemplates.PodSpecsOf(obj).SelectMany(s => s.GetSequence("containers")?.Mappings ?? []))
            {
                var image = container["image"] as YScalar;
                var words = Words(obj.File, container.GetSequence("command")).Select(w => w.Text).Prepend(image?.Value ?? string.Empty);
                if (image?.Value.Contains("metallb", StringComparison.Ordinal) == true)
                {
                    (value, at) = ("metallb", image);
                }
                else if (words.Any(w => w.Contains("cloud-controller-manager", StringComparison.Ordinal)))
                {
                    (value, at) = ("cloud", (YNode?)image ?? container);
                }

                if (value is not null)
                {
                    break;
                }
            }
        }

        return value is null ? null : new RawFact(ClusterFacts.LoadBalancer, [new RawValue(value, Location.Of(obj, at!))], level, obj.File.Path);
    }
}
