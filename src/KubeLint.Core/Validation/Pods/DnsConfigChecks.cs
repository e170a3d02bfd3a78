using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// A pod's <c>dnsConfig</c> as pkg/apis/core/validation/validation.go: validatePodDNSConfig checks it: at most
/// three nameservers, each an IP address; a bounded search list of DNS subdomains; options with names. The
/// field came behind CustomPodDNS (alpha 1.9, off, when the apiserver refuses any dnsConfig; beta and on
/// from 1.10). A missing config or nameserver under <c>dnsPolicy: None</c> is KL1017's.
/// </summary>
internal static class DnsConfigChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource Nameservers = new(File, "validatePodDNSConfig (MaxDNSNameservers, IsValidIP)", Since: 10);
    public static readonly ValidationSource Searches = new(File, "validatePodDNSConfig (MaxDNSSearchPaths, MaxDNSSearchListChars, ValidateDNS1123Subdomain)", Since: 10);
    public static readonly ValidationSource Options = new(File, "validatePodDNSConfig (options[i].name)", Since: 10);

    // ExpandedDNSConfig (beta and on from 1.26, GA 1.28) raised the search list from 6 paths and 256 characters.
    private static readonly ValidationSource ExpandedSearches = new(File, "validatePodDNSConfig (ExpandedDNSConfig)", Since: 26);

    // RelaxedDNSSearchValidation (beta and on from 1.33): '_' and a lone "." are accepted in searches.
    private static readonly ValidationSource RelaxedSearches = new(File, "validatePodDNSConfig (RelaxedDNSSearchValidation)", Since: 33);

    private const int MaxNameservers = 3;
    private const string IpWording = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

    public static void Check(YMapping config, FieldPath path, KindFindings findings)
    {
        if (findings.Enforced(Nameservers) && config.TryGetEntry("nameservers", out var entry) && entry.Value is YSequence nameservers)
        {
            var listPath = path.Child("nameservers");
            if (nameservers.Count > MaxNameservers)
            {
                findings.Add(ApiserverProblem.OutOfRange, entry.Key, listPath, $"Invalid value: {GoFormat.Slice(nameservers)}: must not have more than {MaxNameservers} nameservers",
                    "a resolver uses at most three nameservers: keep three");
            }

            for (var i = 0; i < nameservers.Count; i++)
            {
                if (BuiltInKindChecks.Text(nameservers.Items[i]) is { } server && !IpAddresses.IsIp(server.Value))
                {
                    findings.Invalid(ApiserverProblem.InvalidValue, server, listPath.Index(i), IpWording, "give the nameserver's IP address, not its host name");
                }
            }
        }

        if (findings.Enforced(Searches) && config.TryGetEntry("searches", out var searchEntry) && searchEntry.Value is YSequence searches)
        {
            CheckSearches(searchEntry.Key, searches, path.Child("searches"), findings);
        }

        if (findings.Enforced(Options) && config.GetSequence("options") is { } options)
        {
            for (var i = 0; i < options.Count; i++)
            {
                // An option without a name (or with an empty one) is refused; a templated name is left alone.
                if (options.Items[i] is YMapping option && option["name"] is null or YScalar { IsNull: true } or YScalar { Value.Length: 0 })
                {
                    findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(option), path.Child("options").Index(i), "Required value: must not be empty",
                        "name the resolver option, e.g. ndots");
                }
            }
        }
    }

    private static void CheckSearches(YScalar key, YSequence searches, FieldPath listPath, KindFindings findings)
    {
        var expanded = findings.Enforced(ExpandedSearches);
        var (maxPaths, maxChars) = expanded ? (32, 2048) : (6, 256);
        if (searches.Count > maxPaths)
        {
            findings.Add(ApiserverProblem.OutOfRange, key, listPath, $"Invalid value: {GoFormat.Slice(searches)}: must not have more than {maxPaths} search paths",
                $"keep the search list to {maxPaths} domains");
        }

        // The length counts one space between paths, as resolv.conf writes them.
        var chars = Math.Max(0, searches.Count - 1);
        foreach (var item in searches.Items)
        {
            chars += item is YScalar scalar ? scalar.Value.Length : 0;
        }

        if (chars > maxChars)
        {
            findings.Add(ApiserverProblem.OutOfRange, key, listPath, $"Invalid value: {GoFormat.Slice(searches)}: must not have more than {maxChars} characters (including spaces) in the search list",
                $"shorten the search list to {maxChars} characters");
        }

        var relaxed = findings.Enforced(RelaxedSearches);
        for (var i = 0; i < searches.Count; i++)
        {
            if (BuiltInKindChecks.Text(searches.Items[i]) is not { } search || (relaxed && search.Value == "."))
            {
                continue;
            }

            // A trailing dot (a fully qualified name) is dropped before the check.
            var domain = search.Value.EndsWith('.') ? search.Value[..^1] : search.Value;
            var checkedDomain = relaxed ? domain.Replace('_', 'a') : domain;
            if (KubernetesNames.CheckDns1123Subdomain(checkedDomain) is { } problem)
            {
                findings.Add(ApiserverProblem.InvalidName, search, listPath.Index(i), $"Invalid value: \"{domain}\": {problem}",
                    "give a DNS domain such as svc.cluster.local (lower-case letters, digits, '-' and '.')");
            }
        }
    }
}
