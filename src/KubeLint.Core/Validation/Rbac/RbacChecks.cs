using System.Text;
using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Rbac;

/// <summary>
/// pkg/apis/rbac/validation/validation.go: validatePolicyRule (a rule with nonResourceURLs names no api group,
/// resource or resource name, and stands in no namespaced Role) and validateRoleBindingSubject (a ServiceAccount
/// subject has a DNS-1123 subdomain name and the core group; User and Group subjects rbac.authorization.k8s.io).
/// An empty subject apiGroup is filled by pkg/apis/rbac/v1/defaults.go: SetDefaults_Subject first, so only a
/// written, wrong group is reported. Required fields are KL1011's. The 1.9 sources already hold all of it.
/// </summary>
internal static class RbacChecks
{
    private const string File = "pkg/apis/rbac/validation/validation.go";
    private const string Group = "rbac.authorization.k8s.io";

    public static readonly ValidationSource NonResourceRules = new(File, "validatePolicyRule (nonResourceURLs)");
    public static readonly ValidationSource Subjects = new(File, "validateRoleBindingSubject");

    public static void CheckRole(YMapping root, bool namespaced, KindFindings findings)
    {
        if (root.GetSequence("rules") is not { } rules || !findings.Enforced(NonResourceRules))
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is not YMapping rule || !rule.TryGetEntry("nonResourceURLs", out var urls) || urls.Value is not YSequence { Count: > 0 } list)
            {
                continue;
            }

            var path = FieldPath.Root("rules").Index(i).Child("nonResourceURLs");
            var shown = GoStrings(list);
            if (namespaced)
            {
                findings.Add(ApiserverProblem.Inconsistent, urls.Key, path, $"Invalid value: {shown}: namespaced rules cannot apply to non-resource URLs",
                    "non-resource URLs are cluster-wide: move this rule to a ClusterRole bound with a ClusterRoleBinding");
            }

            foreach (var field in (ReadOnlySpan<string>)["apiGroups", "resources", "resourceNames"])
            {
                if (rule.TryGetEntry(field, out var other) && other.Value is YSequence { Count: > 0 })
                {
                    findings.Add(ApiserverProblem.Forbidden, urls.Key, path, $"Invalid value: {shown}: rules cannot apply to both regular resources and non-resource URLs",
                        $"split it in two rules: one with {field}, one with nonResourceURLs", other.Key);
                    break;
                }
            }
        }
    }

    public static void CheckBinding(YMapping root, KindFindings findings)
    {
        if (root.GetSequence("subjects") is not { } subjects || !findings.Enforced(Subjects))
        {
            return;
        }

        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects.Items[i] is not YMapping subject || BuiltInKindChecks.Text(subject["kind"]) is not { } kind)
            {
                continue;
            }

            var path = FieldPath.Root("subjects").Index(i);
            var apiGroup = BuiltInKindChecks.Text(subject["apiGroup"]);
            if (apiGroup is { Value.Length: 0 } || (apiGroup is not null && YValues.IsPlaceholder(apiGroup.Value)))
            {
                apiGroup = null;
            }

            switch (kind.Value)
            {
                case "ServiceAccount":
                    if (BuiltInKindChecks.Text(subject["name"]) is { Value.Length: > 0 } name && !YValues.IsPlaceholder(name.Value)
                        && KubernetesNames.CheckDns1123Subdomain(name.Value) is { } reason)
                    {
                        findings.Invalid(ApiserverProblem.InvalidName, name, path.Child("name"), reason, "name the service account as it is written in its metadata.name (lower-case, digits, '-' and '.')");
                    }

                    if (apiGroup is not null)
                    {
                        findings.Add(ApiserverProblem.Inconsistent, apiGroup, path.Child("apiGroup"), $"Unsupported value: \"{apiGroup.Value}\": supported values: \"\"",
                            "a ServiceAccount is in the core group: remove apiGroup", kind);
                    }

                    break;
                case "User" or "Group" when apiGroup is not null && apiGroup.Value != Group:
                    findings.Add(ApiserverProblem.Inconsistent, apiGroup, path.Child("apiGroup"), $"Unsupported value: \"{apiGroup.Value}\": supported values: \"{Group}\"",
                        $"a {kind.Value} subject takes apiGroup {Group}: write that, or leave apiGroup out", kind);
                    break;
            }
        }
    }

    /// <summary>The list as Go's %#v prints a []string, which is how the apiserver shows it.</summary>
    private static string GoStrings(YSequence list)
    {
        var text = new StringBuilder("[]string{");
        for (var i = 0; i < list.Count; i++)
        {
            text.Append(i > 0 ? ", \"" : "\"").Append(list.Items[i] is YScalar scalar ? scalar.Value : "").Append('"');
        }

        return text.Append('}').ToString();
    }
}
