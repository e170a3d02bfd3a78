using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>
/// A CRD's <c>spec.conversion</c> as the apiserver checks it at create, read from apiextensions-apiserver
/// pkg/apis/apiextensions/validation/validation.go: validateCustomResourceConversion (a strategy of None or Webhook; a
/// Webhook needs a client config with exactly one of url and service, and review versions that include v1 or v1beta1;
/// None takes neither) and validateCustomResourceDefinitionSpec (a Webhook only when unknown fields are pruned). The
/// paths are the internal type's (<c>spec.conversion.webhookClientConfig</c>), which v1's <c>webhook.clientConfig</c>
/// converts to. A missing strategy or review-version list is left to the schema (KL1005).
/// </summary>
internal static class CrdConversionChecks
{
    public static void Check(KubeObject crd, YMapping spec, YScalar conversionKey, YMapping conversion, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (CrdSpecChecks.Written(conversion, "strategy") is not { } strategy)
        {
            return;
        }

        var v1 = crd.ApiVersion == "apiextensions.k8s.io/v1";
        var webhook = v1 ? conversion.GetMapping("webhook") : conversion;
        var clientConfigKey = webhook?.GetKey(v1 ? "clientConfig" : "webhookClientConfig");
        var clientConfig = webhook?.GetMapping(v1 ? "clientConfig" : "webhookClientConfig");
        var reviewKey = webhook?.GetKey("conversionReviewVersions");
        switch (strategy.Value)
        {
            case "Webhook":
                // A missing client config is reported on the key of the mapping that lacks it: v1's webhook, else conversion.
                YNode lacking = (v1 ? conversion.GetKey("webhook") : null) ?? conversionKey;
                Webhook(spec, v1, strategy, lacking, clientConfigKey, clientConfig, webhook, reviewKey, path, problems);
                break;
            case "None":
                if (clientConfigKey is not null)
                {
                    problems.Add(new(clientConfigKey, path.Child("webhookClientConfig"), "Forbidden: should not be set when strategy is not set to Webhook", "remove the webhook's client config, or use strategy: Webhook"));
                }

                if (reviewKey is not null && webhook?.GetSequence("conversionReviewVersions") is { Count: > 0 })
                {
                    problems.Add(new(reviewKey, path.Child("conversionReviewVersions"), "Forbidden: should not be set when strategy is not set to Webhook", "remove conversionReviewVersions, or use strategy: Webhook"));
                }

                break;
            default:
                problems.Add(new(strategy, path.Child("strategy"), $"Unsupported value: \"{strategy.Value}\": supported values: \"None\", \"Webhook\"", "use None (all versions share one schema) or Webhook"));
                break;
        }
    }

    private static void Webhook(YMapping spec, bool v1, YScalar strategy, YNode lacking, YScalar? clientConfigKey, YMapping? clientConfig, YMapping? webhook, YScalar? reviewKey, FieldPath path, List<CrdSchemaProblem> problems)
    {
        // v1beta1 keeps unknown fields unless preserveUnknownFields: false is written (SetDefaults_CustomResourceDefinitionSpec); v1 prunes them.
        var preserve = spec["preserveUnknownFields"];
        if (preserve is YScalar { Value: var text } && YValues.IsPlaceholder(text))
        {
            return;
        }

        if (v1 ? YValues.IsTrue(preserve) : !YValues.IsFalse(preserve))
        {
            problems.Add(new(strategy, path.Child("strategy"), "Invalid value: \"Webhook\": must be None if spec.preserveUnknownFields is true",
                v1 ? "remove preserveUnknownFields: true (use x-kubernetes-preserve-unknown-fields in the schema)" : "write preserveUnknownFields: false (the schemas must then be structural)"));
        }

        if (clientConfig is null)
        {
            if (clientConfigKey is null)
            {
                problems.Add(new(lacking, path.Child("webhookClientConfig"), "Required value: required when strategy is set to Webhook", v1 ? "give webhook.clientConfig a service or a url" : "give webhookClientConfig a service or a url"));
            }
        }
        else if ((clientConfig["url"] is null) == (clientConfig["service"] is null))
        {
            problems.Add(new(clientConfigKey!, path.Child("webhookClientConfig"), "Required value: exactly one of url or service is required", "give the client config either a service or a url"));
        }

        if (reviewKey is not null && webhook?.GetSequence("conversionReviewVersions") is { Count: > 0 } reviews && !Recognized(reviews))
        {
            problems.Add(new(reviewKey, path.Child("conversionReviewVersions"), $"Invalid value: {GoStrings(reviews)}: must include at least one of v1, v1beta1", "list v1 (and v1beta1 for older webhooks) among the ConversionReview versions the webhook understands"));
        }
    }

    // field.Invalid prints a []string value with %#v.
    private static string GoStrings(YSequence list)
    {
        var parts = new string[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            parts[i] = list.Items[i] is YScalar scalar ? $"\"{scalar.Value}\"" : "…";
        }

        return $"[]string{{{string.Join(", ", parts)}}}";
    }

    private static bool Recognized(YSequence reviews)
    {
        foreach (var item in reviews.Items)
        {
            if (item is not YScalar scalar || scalar.Value is "v1" or "v1beta1" || YValues.IsPlaceholder(scalar.Value))
            {
                return true;
            }
        }

        return false;
    }
}
