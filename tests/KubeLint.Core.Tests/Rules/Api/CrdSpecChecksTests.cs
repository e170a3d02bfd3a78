using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1020InvalidCrdSchemaAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1020 outside the schema: apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go
/// ValidateCustomResourceDefinition (nameValidationFn: plural + "." + group), ValidateCustomResourceDefinitionSpec
/// (group a DNS subdomain with a dot, scope Cluster or Namespaced, version names unique DNS-1035 labels, exactly one
/// storage version) and ValidateCustomResourceDefinitionNames (DNS-1035 plural, singular, shortNames, categories;
/// kind and listKind in lower case; kind differs from listKind), for v1 and v1beta1 CRDs from 1.11.
/// </summary>
public class CrdSpecChecksTests
{
    private static string Crd(string name = "widgets.example.com", string group = "example.com", string names = "{kind: Widget, plural: widgets}",
        string scope = "Namespaced", string versions = "- {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}") =>
        $"apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: {name}\nspec:\n  group: {group}\n  names: {names}\n  scope: {scope}\n  versions:\n"
        + string.Join("\n", versions.Split('\n').Select(line => "  " + line)) + "\n";

    private static Task Fires(int minor, string crd, params string[] messages) =>
        Verify.VerifyMessagesAsync(crd, new KubernetesVersion(1, minor), messages);

    private static Task Quiet(int minor, string crd) => Verify.VerifyAsync(crd, new KubernetesVersion(1, minor));

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_valid_crd(int minor) => Quiet(minor, Crd(names: "{kind: Widget, listKind: WidgetList, plural: widgets, singular: widget, shortNames: [wd], categories: [all]}"));

    // nameValidationFn: the name is spec.names.plural+"."+spec.group.
    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task A_name_that_is_not_plural_dot_group(int minor) => Fires(minor, Crd(name: "[|widget.example.com|]"),
        "metadata.name: Invalid value: \"widget.example.com\": must be spec.names.plural+\".\"+spec.group; name it widgets.example.com");

    [Fact]
    public Task Not_before_1_11() => Quiet(10, Crd(name: "widget.example.com").Replace("apiextensions.k8s.io/v1\n", "apiextensions.k8s.io/v1beta1\n", StringComparison.Ordinal));

    // ValidateCustomResourceDefinitionSpec: a group with at least one dot; a DNS subdomain.
    [Fact]
    public Task A_group_without_a_dot() => Fires(36, Crd(name: "widgets.example", group: "[|example|]"),
        "spec.group: Invalid value: \"example\": should be a domain with at least one dot; use a domain with a dot, such as example.example.com");

    [Fact]
    public Task A_group_that_is_not_a_subdomain() => Fires(36, Crd(name: "widgets.Example.com", group: "[|Example.com|]"),
        "spec.group: Invalid value: \"Example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character; use a DNS domain you own, such as example.com");

    [Fact]
    public Task A_scope_in_the_wrong_case() => Fires(36, Crd(scope: "[|namespaced|]"),
        "spec.scope: Unsupported value: \"namespaced\": supported values: \"Cluster\", \"Namespaced\"; use Namespaced or Cluster (the case counts)");

    [Fact]
    public Task Cluster_scope() => Quiet(36, Crd(scope: "Cluster"));

    // Version names: DNS-1035 labels, unique; exactly one storage version.
    [Fact]
    public Task Versions_repeated_badly_named_and_without_one_storage() => Fires(36,
        Crd(versions: "- {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}\n- {name: [|v1|], served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}\n- {name: [|V2|], served: true, storage: false, schema: {openAPIV3Schema: {type: object}}}").Replace("  versions:", "  [|versions|]:", StringComparison.Ordinal),
        "spec.versions: Invalid value: …: must have exactly one version marked as storage version; keep storage: true on one version only",
        "spec.versions: Invalid value: …: must contain unique version names (\"v1\" again); list each version once",
        "spec.versions[2].name: Invalid value: \"V2\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character; name versions like v1, v1beta1 or v2alpha1");

    [Fact]
    public Task No_storage_version() => Fires(36, Crd(versions: "- {name: v1, served: true, storage: false, schema: {openAPIV3Schema: {type: object}}}").Replace("  versions:", "  [|versions|]:", StringComparison.Ordinal),
        "spec.versions: Invalid value: …: must have exactly one version marked as storage version; mark one version storage: true");

    [Fact]
    public Task Two_versions_one_storage() => Quiet(36, Crd(versions: "- {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}\n- {name: v1beta1, served: false, storage: false, schema: {openAPIV3Schema: {type: object}}}"));

    // ValidateCustomResourceDefinitionNames.
    [Fact]
    public Task Names_that_break_dns_1035() => Fires(36,
        Crd(name: "Widgets.example.com", names: "{kind: [|Wid_get|], listKind: [|Wid_getList|], plural: [|Widgets|], singular: widget, shortNames: [[|1w|]]}"),
        "spec.names.kind: Invalid value: \"Wid_get\": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character; use a CamelCase name of letters and digits that starts with a letter, e.g. Widget",
        "spec.names.listKind: Invalid value: \"Wid_getList\": may have mixed case, but should otherwise match: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character; use a CamelCase name of letters and digits that starts with a letter, e.g. Widget",
        "spec.names.plural: Invalid value: \"Widgets\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character; write the plural name in lower case, e.g. widgets",
        "spec.names.shortNames[0]: Invalid value: \"1w\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character; use lower-case letters, digits and '-', starting with a letter");

    [Fact]
    public Task Kind_and_listKind_the_same() => Fires(36, Crd(names: "{kind: Widget, listKind: [|Widget|], plural: widgets}"),
        "spec.names.listKind: Invalid value: \"Widget\": kind and listKind may not be the same; use WidgetList");

    // v1beta1 CRDs are validated alike (the internal type); a single version: is defaulted into versions.
    [Fact]
    public Task A_v1beta1_crd_with_version_only() => Quiet(16,
        "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  version: v1\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n");

    [Fact]
    public Task A_v1beta1_crd_with_a_wrong_name() => Fires(16,
        "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: [|widgets|]\nspec:\n  group: example.com\n  version: v1\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n",
        "metadata.name: Invalid value: \"widgets\": must be spec.names.plural+\".\"+spec.group; name it widgets.example.com");

    // validateCustomResourceDefinitionSpec, requireOpenAPISchema: a v1 CRD needs a schema in every version, served or not.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_v1_version_without_a_schema(int minor) => Fires(minor,
        Crd(versions: "- {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}\n- {[|name|]: v2, served: false, storage: false}\n- name: v3\n  served: true\n  storage: false\n  [|schema|]: {}"),
        "spec.versions[1].schema.openAPIV3Schema: Required value: schemas are required; give the version a schema (schema: {openAPIV3Schema: {type: object, …}}), or x-kubernetes-preserve-unknown-fields: true to keep any field",
        "spec.versions[2].schema.openAPIV3Schema: Required value: schemas are required; give the version a schema (schema: {openAPIV3Schema: {type: object, …}}), or x-kubernetes-preserve-unknown-fields: true to keep any field");

    [Fact]
    public Task A_v1beta1_crd_may_go_without_a_schema() => Quiet(16,
        "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n  - {name: v1, served: true, storage: true}\n");

    // A v1beta1 spec.version names the first of spec.versions.
    [Fact]
    public Task A_v1beta1_version_that_is_not_the_first() => Fires(16,
        "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  version: [|v2|]\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n  - {name: v1, served: true, storage: true}\n  - {name: v2, served: true, storage: false}\n",
        "spec.version: Invalid value: \"v2\": must match the first version in spec.versions; write version: v1, or list v2 first");

    [Fact]
    public Task A_v1beta1_version_that_is_the_first() => Quiet(16,
        "apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\nspec:\n  group: example.com\n  version: v1\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n  - {name: v1, served: true, storage: true}\n  - {name: v2, served: true, storage: false}\n");

    // validateCustomResourceConversion.
    // A v1beta1 copy has its schema at the top (spec.validation): one per-version schema alone would be refused.
    private static string Converted(string conversion, string apiVersion = "apiextensions.k8s.io/v1") =>
        (apiVersion == "apiextensions.k8s.io/v1" ? Crd()
            : Crd().Replace("apiextensions.k8s.io/v1\n", apiVersion + "\n", StringComparison.Ordinal).Replace(", schema: {openAPIV3Schema: {type: object}}", string.Empty, StringComparison.Ordinal)
                + "  validation: {openAPIV3Schema: {type: object}}\n")
        + "  conversion:\n" + string.Join("\n", conversion.Split('\n').Select(line => "    " + line)) + "\n";

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    public Task A_webhook_conversion(int minor) => Quiet(minor, Converted("strategy: Webhook\nwebhook:\n  clientConfig: {service: {name: conv, namespace: system}}\n  conversionReviewVersions: [v1]"));

    [Fact]
    public Task An_unknown_strategy() => Fires(36, Converted("strategy: [|webhook|]"),
        "spec.conversion.strategy: Unsupported value: \"webhook\": supported values: \"None\", \"Webhook\"; use None (all versions share one schema) or Webhook");

    [Fact]
    public Task A_webhook_without_a_client_config_and_versions_it_cannot_read() => Fires(36, Converted("strategy: Webhook\n[|webhook|]:\n  [|conversionReviewVersions|]: [v2]"),
        "spec.conversion.webhookClientConfig: Required value: required when strategy is set to Webhook; give webhook.clientConfig a service or a url",
        "spec.conversion.conversionReviewVersions: Invalid value: []string{\"v2\"}: must include at least one of v1, v1beta1; list v1 (and v1beta1 for older webhooks) among the ConversionReview versions the webhook understands");

    [Fact]
    public Task A_client_config_with_both_url_and_service() => Fires(36, Converted("strategy: Webhook\nwebhook:\n  [|clientConfig|]: {url: 'https://conv.example.com', service: {name: conv, namespace: system}}\n  conversionReviewVersions: [v1]"),
        "spec.conversion.webhookClientConfig: Required value: exactly one of url or service is required; give the client config either a service or a url");

    [Fact]
    public Task None_with_a_webhook() => Fires(36, Converted("strategy: None\nwebhook:\n  [|clientConfig|]: {url: 'https://conv.example.com'}\n  [|conversionReviewVersions|]: [v1]"),
        "spec.conversion.webhookClientConfig: Forbidden: should not be set when strategy is not set to Webhook; remove the webhook's client config, or use strategy: Webhook",
        "spec.conversion.conversionReviewVersions: Forbidden: should not be set when strategy is not set to Webhook; remove conversionReviewVersions, or use strategy: Webhook");

    // v1beta1 keeps unknown fields by default (preserveUnknownFields: true), which a webhook conversion may not.
    [Fact]
    public Task A_v1beta1_webhook_that_keeps_unknown_fields() => Fires(16, Converted("strategy: [|Webhook|]\nwebhookClientConfig: {service: {name: conv, namespace: system}}\nconversionReviewVersions: [v1beta1]", "apiextensions.k8s.io/v1beta1"),
        "spec.conversion.strategy: Invalid value: \"Webhook\": must be None if spec.preserveUnknownFields is true; write preserveUnknownFields: false (the schemas must then be structural)");

    [Fact]
    public Task A_v1beta1_webhook_that_prunes() => Quiet(16, Converted("strategy: Webhook\nwebhookClientConfig: {service: {name: conv, namespace: system}}\nconversionReviewVersions: [v1beta1]", "apiextensions.k8s.io/v1beta1").Replace("  scope: Namespaced\n", "  scope: Namespaced\n  preserveUnknownFields: false\n", StringComparison.Ordinal));
}
