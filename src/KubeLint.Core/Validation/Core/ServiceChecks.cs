using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// Service checks with no other home: the DNS name an ExternalName Service aliases
/// (pkg/apis/core/validation/validation.go: ValidateService) and the IP family policy against the families and
/// cluster IPs it is given (pkg/registry/core/service/storage/alloc.go: initIPFamilyFields, run on create).
/// Service IPs and CIDRs are KL1013's elsewhere; a missing externalName KL1011's.
/// </summary>
internal static class ServiceChecks
{
    /// <summary>ValidateService: externalName, less one trailing dot, an RFC 1123 subdomain, every minor with ExternalName.</summary>
    public static readonly ValidationSource ExternalName = new("pkg/apis/core/validation/validation.go", "ValidateService (ValidateDNS1123Subdomain of externalName)");

    /// <summary>initIPFamilyFields: SingleStack takes one family and one cluster IP; dual stack on by default from 1.21 (the fields are dropped before).</summary>
    public static readonly ValidationSource SingleStack = new("pkg/registry/core/service/storage/alloc.go", "initIPFamilyFields", Since: 21);

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        var type = spec.GetString("type");
        if (type == "ExternalName")
        {
            if (findings.Enforced(ExternalName) && BuiltInKindChecks.Text(spec["externalName"]) is { Value.Length: > 0 } name)
            {
                var clean = name.Value.EndsWith('.') ? name.Value[..^1] : name.Value;
                if (KubernetesNames.CheckDns1123Subdomain(clean) is { } problem)
                {
                    findings.Add(ApiserverProblem.InvalidName, name, specPath.Child("externalName"), $"Invalid value: \"{clean}\": {problem}",
                        "give the DNS name the Service aliases, e.g. db.example.com (lower-case letters, digits, '-' and '.'; no '_')");
                }
            }

            return; // the family fields of an ExternalName Service are not allocated
        }

        if (findings.Enforced(SingleStack) && spec.TryGetEntry("ipFamilyPolicy", out var policyEntry) && policyEntry.Value is YScalar { Value: "SingleStack" } policy)
        {
            var policyPath = specPath.Child("ipFamilyPolicy");
            if (spec.GetSequence("clusterIPs") is { Count: 2 })
            {
                findings.Add(ApiserverProblem.Inconsistent, policy, policyPath, "Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
                    "give one cluster IP, or set ipFamilyPolicy to PreferDualStack or RequireDualStack", spec.GetKey("clusterIPs"));
            }

            if (spec.GetSequence("ipFamilies") is { Count: 2 })
            {
                findings.Add(ApiserverProblem.Inconsistent, policy, policyPath, "Invalid value: \"SingleStack\": must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified",
                    "list one IP family, or set ipFamilyPolicy to PreferDualStack or RequireDualStack", spec.GetKey("ipFamilies"));
            }
        }
    }
}
