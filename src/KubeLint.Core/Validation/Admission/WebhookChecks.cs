using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Admission;

/// <summary>
/// pkg/apis/admissionregistration/validation/validation.go: validateValidatingWebhookConfiguration /
/// validateMutatingWebhookConfiguration and the per-webhook checks, as the create path applies them. v1
/// (1.16+) requires what v1beta1 (1.9–1.21) defaults: sideEffects None or NoneOnDryRun, admissionReviewVersions,
/// unique webhook names (requireNoSideEffects and requireUniqueWebhookNames held for v1 requests). Absent required
/// fields are KL1005's (the v1 schema requires name, clientConfig, sideEffects and admissionReviewVersions); unknown
/// failurePolicy, matchPolicy, sideEffects, reinvocationPolicy, operation and scope values are KL1004's (ClosedValueSets).
/// The client's URL and Service are checked as ValidateWebhookURL and ValidateWebhookService do (<see cref="WebhookUrl"/>).
/// </summary>
internal static class WebhookChecks
{
    private const string File = "pkg/apis/admissionregistration/validation/validation.go";

    /// <summary>validateWebhook: IsFullyQualifiedName of the name (a DNS subdomain of at least three segments); v1beta1 came in 1.9.</summary>
    public static readonly ValidationSource Name = new(File, "validateValidatingWebhook, validateMutatingWebhook (utilvalidation.IsFullyQualifiedName)", Since: 9);

    /// <summary>timeoutSeconds, 1.14's field.</summary>
    public static readonly ValidationSource Timeout = new(File, "validateValidatingWebhook, validateMutatingWebhook (timeoutSeconds)", Since: 14);

    /// <summary>The checks read in the 1.16 and later sources only, for both versions served then.</summary>
    public static readonly ValidationSource Spec = new(File, "validateValidatingWebhook, validateMutatingWebhook, validateRuleWithOperations, validateAdmissionReviewVersions", Since: 16);

    /// <summary>v1 requests: requireNoSideEffects and requireUniqueWebhookNames (always, once v1beta1 was gone).</summary>
    public static readonly ValidationSource V1Only = new(File, "ValidateValidatingWebhookConfiguration (requireNoSideEffects, requireUniqueWebhookNames for v1)", Since: 16);

    /// <summary>AcceptedAdmissionReviewVersions: v1beta1 only at 1.16 (what 1.15 understood), v1 and v1beta1 from 1.17.</summary>
    private const int AcceptsV1ReviewSince = 17;

    public static void Check(YMapping root, bool v1, KindFindings findings)
    {
        if (root.GetSequence("webhooks") is not { } hooks)
        {
            return;
        }

        var hooksPath = FieldPath.Root("webhooks");
        var names = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < hooks.Count; i++)
        {
            if (hooks.Items[i] is not YMapping hook)
            {
                continue;
            }

            var path = hooksPath.Index(i);
            if (hook.TryGetEntry("name", out var nameEntry) && BuiltInKindChecks.Text(nameEntry.Value) is { } name)
            {
                HookName(nameEntry.Key, name, path.Child("name"), findings);
                if (v1 && name.Value.Length > 0 && findings.Enforced(V1Only))
                {
                    if (names.TryGetValue(name.Value, out var first))
                    {
                        findings.Add(ApiserverProblem.Duplicate, name, path.Child("name"), $"Duplicate value: \"{name.Value}\"",
                            "give each webhook of the configuration its own name", first);
                    }
                    else
                    {
                        names[name.Value] = name;
                    }
                }
            }

            if (findings.Enforced(Timeout) && hook["timeoutSeconds"] is YScalar timeout && YValues.TryGetInt(timeout, out var seconds) && seconds is < 1 or > 30)
            {
                findings.Add(ApiserverProblem.OutOfRange, timeout, path.Child("timeoutSeconds"), $"Invalid value: {seconds}: the timeout value must be between 1 and 30 seconds",
                    "give 1 to 30 seconds (10 is the default)");
            }

            if (!findings.Enforced(Spec))
            {
                continue;
            }

            if (v1 && BuiltInKindChecks.Text(hook["sideEffects"]) is { } sideEffects && sideEffects.Value is "Unknown" or "Some")
            {
                findings.Add(ApiserverProblem.InvalidValue, sideEffects, path.Child("sideEffects"), $"Unsupported value: \"{sideEffects.Value}\": supported values: \"None\", \"NoneOnDryRun\"",
                    "admissionregistration.k8s.io/v1 takes only webhooks without side effects (or that skip them on dry runs): None or NoneOnDryRun");
            }

            ReviewVersions(hook, path.Child("admissionReviewVersions"), v1, findings);
            ClientConfig(hook, path, findings);
            if (hook.GetSequence("rules") is { } rules)
            {
                for (var j = 0; j < rules.Count; j++)
                {
                    if (rules.Items[j] is YMapping rule)
                    {
                        Rule(rule, path.Child("rules").Index(j), findings);
                    }
                }
            }
        }
    }

    /// <summary>utilvalidation.IsFullyQualifiedName.</summary>
    private static void HookName(YScalar key, YScalar name, FieldPath path, KindFindings findings)
    {
        if (!findings.Enforced(Name))
        {
            return;
        }

        if (name.Value.Length == 0)
        {
            findings.Add(ApiserverProblem.Required, key, path, "Required value", "name the webhook as a domain of at least three parts, e.g. validate.example.com");
        }
        else if (KubernetesNames.CheckDns1123Subdomain(name.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, name, path, problem, "name the webhook as a lower-case domain of at least three parts, e.g. validate.example.com");
        }
        else if (name.Value.AsSpan().Count('.') < 2)
        {
            findings.Invalid(ApiserverProblem.InvalidName, name, path, "should be a domain with at least three segments separated by dots",
                $"use at least three parts, e.g. validate.{name.Value}");
        }
    }

    /// <summary>validateAdmissionReviewVersions (requireRecognizedAdmissionReviewVersion on create). v1beta1 defaults an absent list to [v1beta1].</summary>
    private static void ReviewVersions(YMapping hook, FieldPath path, bool v1, KindFindings findings)
    {
        if (!hook.TryGetEntry("admissionReviewVersions", out var entry) || entry.Value is not YSequence list)
        {
            return; // absent: KL1005 for v1, defaulted for v1beta1
        }

        var accepted = findings.Minor >= AcceptsV1ReviewSince ? "v1, v1beta1" : "v1beta1";
        if (list.Count == 0)
        {
            if (v1)
            {
                findings.Add(ApiserverProblem.Required, entry.Key, path, $"Required value: must specify one of {accepted}", "list the AdmissionReview versions the webhook understands, e.g. [v1]");
            }

            return;
        }

        var seen = new List<string>(list.Count);
        var hasAccepted = false;
        for (var i = 0; i < list.Count; i++)
        {
            if (list.Items[i] is not YScalar { IsNull: false } item || YValues.IsPlaceholder(item.Value))
            {
                return; // not all known: the acceptance check is left alone
            }

            if (seen.Contains(item.Value))
            {
                findings.Add(ApiserverProblem.Duplicate, item, path.Index(i), $"Invalid value: \"{item.Value}\": duplicate version", "list each version once", list.Items[seen.IndexOf(item.Value)]);
                continue;
            }

            seen.Add(item.Value);
            if (KubernetesNames.CheckDns1035Label(item.Value) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidValue, item, path.Index(i), problem, "write versions as the API spells them, e.g. v1");
            }

            hasAccepted |= item.Value == "v1beta1" || (item.Value == "v1" && findings.Minor >= AcceptsV1ReviewSince);
        }

        if (!hasAccepted)
        {
            findings.Add(ApiserverProblem.InvalidValue, entry.Key, path, $"Invalid value: [{string.Join(' ', seen)}]: must include at least one of {accepted}",
                findings.Minor >= AcceptsV1ReviewSince ? "include v1 (or v1beta1), a version this apiserver sends" : "1.16's apiserver accepts only v1beta1 here (v1 from 1.17): include v1beta1");
        }
    }

    /// <summary>clientConfig: exactly one of url and service.</summary>
    private static void ClientConfig(YMapping hook, FieldPath path, KindFindings findings)
    {
        if (!hook.TryGetEntry("clientConfig", out var entry) || entry.Value is not YMapping config)
        {
            return; // absent: KL1005
        }

        var hasUrl = config["url"] is YScalar { IsNull: false };
        var hasService = config["service"] is YMapping;
        if (!hasUrl && !hasService)
        {
            findings.Add(ApiserverProblem.Required, entry.Key, path.Child("clientConfig"), "Required value: exactly one of url or service is required",
                "give service (a Service in the cluster) or url (https://…)");
        }
        else if (hasUrl && hasService)
        {
            findings.Add(ApiserverProblem.Forbidden, config.GetKey("url")!, path.Child("clientConfig"), "Required value: exactly one of url or service is required",
                "keep service or url, not both");
        }
        else if (hasUrl && BuiltInKindChecks.Text(config["url"]) is { } url)
        {
            WebhookUrl.Check(url, path.Child("clientConfig").Child("url"), findings);
        }
        else if (hasService)
        {
            Service((YMapping)config["service"]!, path.Child("clientConfig").Child("service"), findings);
        }
    }

    /// <summary>ValidateWebhookService (staging/src/k8s.io/apiserver/pkg/util/webhook/validation.go): name, namespace, port, path.</summary>
    private static void Service(YMapping service, FieldPath path, KindFindings findings)
    {
        foreach (var field in (ReadOnlySpan<string>)["name", "namespace"])
        {
            // Absent: KL1005 (the schema requires both); written empty: refused here.
            if (service.TryGetEntry(field, out var entry) && (entry.Value is YScalar { IsNull: true } || entry.Value is YScalar { Value.Length: 0 }))
            {
                findings.Add(ApiserverProblem.Required, entry.Key, path.Child(field), $"Required value: service {field} is required",
                    field == "name" ? "name the Service that serves the webhook" : "give the namespace of the Service that serves the webhook");
            }
        }

        // An absent port is defaulted to 443.
        if (service["port"] is YScalar portNode && YValues.TryGetInt(portNode, out var port) && port is < 1 or > 65535)
        {
            findings.Add(ApiserverProblem.OutOfRange, portNode, path.Child("port"), $"Invalid value: {port}: port is not valid: must be between 1 and 65535, inclusive",
                "give the Service's port, 1 to 65535 (443 when omitted)");
        }

        if (BuiltInKindChecks.Text(service["path"]) is { } urlPath)
        {
            WebhookUrl.CheckServicePath(urlPath, path.Child("path"), findings);
        }
    }

    /// <summary>validateRuleWithOperations and validateRule: lists required, '*' alone.</summary>
    private static void Rule(YMapping rule, FieldPath path, KindFindings findings)
    {
        foreach (var (field, what) in (ReadOnlySpan<(string, string)>)[("operations", "operations"), ("apiGroups", "API groups"), ("apiVersions", "API versions"), ("resources", "resources")])
        {
            if (!rule.TryGetEntry(field, out var entry))
            {
                continue; // absent: the same Required value; left to the schema-less case below
            }

            if (entry.Value is YSequence { Count: 0 } or YScalar { IsNull: true })
            {
                findings.Add(ApiserverProblem.Required, entry.Key, path.Child(field), "Required value", field == "apiGroups" ? "list the API groups, \"\" for the core group, or \"*\"" : $"list the {what}, or \"*\" for all");
            }
            else if (field != "resources" && entry.Value is YSequence { Count: > 1 } list && HasWildcard(list))
            {
                findings.Add(ApiserverProblem.Forbidden, entry.Key, path.Child(field), $"Invalid value: {GoFormat.Slice(list)}: if '*' is present, must not specify other {what}",
                    "'*' matches them all: keep it alone, or drop it");
            }
        }

        // An absent list is as empty as a written one (validateRule).
        foreach (var field in (ReadOnlySpan<string>)["operations", "apiGroups", "apiVersions", "resources"])
        {
            if (!rule.TryGetEntry(field, out _))
            {
                findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(rule), path.Child(field), "Required value", $"add {field}: (\"*\" for all)");
            }
        }
    }

    private static bool HasWildcard(YSequence list)
    {
        foreach (var item in list.Items)
        {
            if (item is YScalar { Value: "*" })
            {
                return true;
            }
        }

        return false;
    }
}
