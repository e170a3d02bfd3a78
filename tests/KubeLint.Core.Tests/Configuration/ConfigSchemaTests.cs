using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace KubeLint.Core.Tests.Configuration;

/// <summary>The published schema (schemas/kubelint-config.schema.json) and the hand-written checks
/// of <see cref="KubeLintConfigLoader"/> must accept and reject the same configurations.</summary>
public class ConfigSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "schemas", "kubelint-config.schema.json"))).GetAwaiter().GetResult());

    public static TheoryData<string> ValidConfigs => new()
    {
        "targetKubernetesVersion: \"1.27\"\n",
        "targetKubernetesVersion: 1.27\nnamespace: shop\n",
        "targetKubernetesVersion: v1.27.3-gke.100\n",
        """
        # The README's example.
        targetKubernetesVersion: "1.27"
        namespace: default
        exclude: ["charts/**", "**/kustomization.yaml"]
        maxFileSize: 10MiB
        categories:
          BestPractice: warning
        rules:
          KL4001: warning
          KL4015:
            severity: none
        """,
        """
        include: deploy/**
        exclude: vendor
        maxFileSize: 10485760
        cluster:
          serviceNodePortRange: 30000-32767
          serviceClusterIPRange: [10.0.0.0/16, fd00:10:96::/112]
          clusterDNS: 10.0.0.10
          clusterDomain: cluster.local
          loadBalancer: none
          configFiles: [cluster/apiserver]
          placeholders:
            DNS_MEMORY_LIMIT: 170Mi
            __PILLAR__DNS__SERVER__: 10.0.0.10
        customRules: [rules/, more-rules]
        complete: true
        maxFindingsPerFile: 500
        maxFindingsPerRun: 20000
        customRulesTimeout: 120
        customRulesMemoryLimit: 512MiB
        rules:
          KL4001: {severity: error, ignoredImages: [vendor/*, busybox]}
          KL3001: {ignoredLabels: release}
        categories: {Input: default, Security: silent, Network: suggestion}
        """,
    };

    public static TheoryData<string> InvalidConfigs => new()
    {
        "excludes: [a]\n",
        "maxFileSize: lots\n",
        "maxFindingsPerFile: 0\n",
        "maxFindingsPerRun: many\n",
        "customRulesTimeout: 0\n",
        "customRulesTimeout: soon\n",
        "customRulesMemoryLimit: lots\n",
        "customRulesMemoryLimit: [1]\n",
        "maxFindingsPerFile: [1]\n",
        "maxFileSize: [1]\n",
        "complete: maybe\n",
        "complete: \"true\"\n",
        "namespace: Shop_Floor\n",
        "include: {a: b}\n",
        "exclude: [[a]]\n",
        "rules:\n  KL0002: loud\n",
        "rules:\n  KL0002: [error]\n",
        "rules:\n  KL0002:\n    severity: fatal\n",
        "categories:\n  Input: sometimes\n",
        "categories:\n  Input: [error]\n",
        "cluster: yes-please\n",
        "customRules: rules/\n",
        "customRules: [{a: b}]\n",
        "targetKubernetesVersion: [1, 27]\n",
    };

    [Fact]
    public void Loader_knows_exactly_the_schema_properties()
    {
        var properties = Schema.Value.Properties.Keys.Order(StringComparer.Ordinal);
        Assert.Equal(properties, KubeLintConfigLoader.KnownKeys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["categories", "cluster", "complete", "customRules", "customRulesMemoryLimit", "customRulesTimeout", "exclude", "include", "maxFileSize", "maxFindingsPerFile", "maxFindingsPerRun", "namespace", "rules", "targetKubernetesVersion"],
            properties);
    }

    [Fact]
    public void Schema_severities_are_the_words_the_loader_accepts()
    {
        var words = Schema.Value.Definitions["severity"].Enumeration.Select(e => (string)e!).ToList();
        Assert.All(words, word => Assert.True(ReportSeverityExtensions.TryParse(word, out _), word));
        foreach (var candidate in new[] { "error", "warning", "warn", "info", "suggestion", "hidden", "silent", "none", "off", "default", "fatal", "notice", "debug", "disabled" })
        {
            Assert.Equal(ReportSeverityExtensions.TryParse(candidate, out _), words.Contains(candidate));
        }
    }

    [Theory]
    [MemberData(nameof(ValidConfigs))]
    public void Valid_configs_pass_both_the_schema_and_the_loader(string yaml)
    {
        Assert.Empty(SchemaErrors(yaml));
        Assert.Empty(LoaderIssues(yaml));
    }

    [Theory]
    [MemberData(nameof(InvalidConfigs))]
    public void Invalid_configs_fail_both_the_schema_and_the_loader(string yaml)
    {
        Assert.NotEmpty(SchemaErrors(yaml));
        Assert.NotEmpty(LoaderIssues(yaml));
    }

    // cluster: is read by the cluster profile, which reports its problems as KL9001 (ClusterProfileSourceTests);
    // the schema must refuse the same placeholder entries.
    [Theory]
    [InlineData("cluster:\n  placeholders: [DNS_MEMORY_LIMIT]\n")]
    [InlineData("cluster:\n  placeholders:\n    $DNS_MEMORY_LIMIT: 170Mi\n")]
    [InlineData("cluster:\n  placeholders:\n    DNS_MEMORY_LIMIT: 170 Mi\n")]
    [InlineData("cluster:\n  placeholders:\n    DNS_MEMORY_LIMIT: [170Mi]\n")]
    public void Bad_placeholders_fail_the_schema(string yaml) => Assert.NotEmpty(SchemaErrors(yaml));

    [Theory]
    [InlineData("targetKubernetesVersion: \"1.99\"\n")]
    [InlineData("targetKubernetesVersion: \"1.4\"\n")]
    [InlineData("targetKubernetesVersion: abc\n")]
    public void Unsupported_versions_fail_both(string yaml)
    {
        Assert.NotEmpty(SchemaErrors(yaml));
        Assert.Throws<ConfigurationException>(() => LoaderIssues(yaml));
    }

    [Theory]
    [InlineData("exclude", 1000, false)]
    [InlineData("exclude", 1001, true)]
    [InlineData("include", 1001, true)]
    public void Pattern_lists_are_bounded_in_the_loader_and_the_schema(string key, int count, bool refused)
    {
        var yaml = $"{key}:\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"- \"d{i}/**\"\n"));
        Assert.Equal(refused, SchemaErrors(yaml).Count > 0);
        if (refused)
        {
            var error = Assert.Throws<ConfigurationException>(() => LoaderIssues(yaml));
            Assert.Equal($".kubelint.yaml(2,1): '{key}' holds {count} patterns; at most 1000 are allowed, since every walked path is matched against each", error.Message);
        }
        else
        {
            Assert.Empty(LoaderIssues(yaml));
        }
    }

    [Fact]
    public void Supported_version_range_agrees_with_the_schema()
    {
        for (var minor = 0; minor <= 40; minor++)
        {
            var yaml = $"targetKubernetesVersion: \"1.{minor}\"\n";
            var supported = new KubeLint.Core.Model.KubernetesVersion(1, minor).IsSupported;
            Assert.True(supported == (SchemaErrors(yaml).Count == 0), $"1.{minor}: loader says supported={supported}, the schema disagrees");
        }
    }

    private static ICollection<NJsonSchema.Validation.ValidationError> SchemaErrors(string yaml) =>
        Schema.Value.Validate(ToJson(Assert.Single(new ManifestLoader().LoadText("c.yaml", yaml).Documents).Root));

    private static IReadOnlyList<ConfigurationIssue> LoaderIssues(string yaml)
    {
        using var folder = new TempFolder();
        var path = folder.Write(".kubelint.yaml", yaml);
        return KubeLintConfigLoader.Load(path, ".kubelint.yaml").Issues;
    }

    /// <summary>YAML to JSON with the YAML 1.2 core schema's plain-scalar types, as an editor's YAML extension does.</summary>
    private static JToken ToJson(YNode? node) => node switch
    {
        null => JValue.CreateNull(),
        YMapping mapping => new JObject(mapping.Entries.Select(e => new JProperty(e.Key.Value, ToJson(e.Value)))),
        YSequence sequence => new JArray(sequence.Items.Select(ToJson)),
        YScalar { IsNull: true } => JValue.CreateNull(),
        YScalar { IsPlain: true } s when s.Value is "true" or "True" or "TRUE" => new JValue(true),
        YScalar { IsPlain: true } s when s.Value is "false" or "False" or "FALSE" => new JValue(false),
        YScalar { IsPlain: true } s when long.TryParse(s.Value, out var integer) => new JValue(integer),
        YScalar { IsPlain: true } s when double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) => new JValue(number),
        YScalar s => new JValue(s.Value),
        _ => throw new InvalidOperationException(),
    };
}
