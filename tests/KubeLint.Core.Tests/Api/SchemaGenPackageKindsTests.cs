using System.IO.Compression;
using System.Text;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.SchemaGen;

namespace KubeLint.Core.Tests.Api;

/// <summary>
/// tools/SchemaGen on documents without paths (1.7–1.10) whose definitions lack x-kubernetes-group-version-kind:
/// kinds of the two packages ApiTableGenerator.GroupOfPackage maps (groups from the packages' register.go,
/// GroupName: kubernetes/kubernetes staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/register.go and
/// staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/register.go) are found; any other stops it.
/// </summary>
public class SchemaGenPackageKindsTests
{
    [Theory]
    [InlineData("io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService", "apiregistration.k8s.io", "v1beta1", "APIService")]
    [InlineData("io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService", "apiregistration.k8s.io", "v1", "APIService")]
    [InlineData("io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition", "apiextensions.k8s.io", "v1beta1", "CustomResourceDefinition")]
    public void A_mapped_package_gives_its_group_version_and_kind(string definition, string group, string version, string kind) =>
        Assert.Equal((group, version, kind), ApiTableGenerator.GroupOfPackage(definition));

    [Theory]
    [InlineData("io.k8s.sample-apiserver.pkg.apis.wardle.v1alpha1.Flunder")]
    [InlineData("io.k8s.kube-aggregator.pkg.apis.apiregistration.APIService")]
    [InlineData("io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.sub.APIService")]
    [InlineData("io.k8s.api.core.v1.Pod")]
    public void Any_other_name_gives_none(string definition) => Assert.Null(ApiTableGenerator.GroupOfPackage(definition));

    [Fact]
    public void A_document_without_paths_yields_the_aggregators_APIService_by_its_package()
    {
        using var temp = new TempFolder();
        var index = Generate(temp.Path, Kind("io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService"));
        Assert.Equal(
            ["apiregistration.k8s.io/v1beta1\tAPIService\t7\t\t\t\t\tapiregistration.k8s.io_v1beta1_APIService.tsv"],
            index);
    }

    [Fact]
    public void A_list_of_an_unmapped_package_is_no_kind_and_stops_nothing()
    {
        using var temp = new TempFolder();
        var index = Generate(temp.Path, ListOf("io.k8s.sample-apiserver.pkg.apis.wardle.v1alpha1.FlunderList"));
        Assert.Empty(index);
    }

    [Fact]
    public void A_kind_of_an_unmapped_package_without_the_extension_stops_the_generator()
    {
        using var temp = new TempFolder();
        var error = Assert.Throws<AggregateException>(() => Generate(temp.Path, Kind("io.k8s.sample-apiserver.pkg.apis.wardle.v1alpha1.Flunder")));
        Assert.Equal(
            "io.k8s.sample-apiserver.pkg.apis.wardle.v1alpha1.Flunder has no x-kubernetes-group-version-kind and the document no paths; map its package in ApiTableGenerator.GroupsOfPackages",
            Assert.IsType<InvalidOperationException>(Assert.Single(error.InnerExceptions)).Message);
    }

    [SharedDataTheory]
    [InlineData(11)]
    [InlineData(21)]
    public void The_package_mapping_agrees_with_the_extension_where_the_documents_carry_it(int minor)
    {
        // From 1.11 the same definitions (and their lists) carry x-kubernetes-group-version-kind: the mapping must give exactly that.
        using var stream = new GZipStream(File.OpenRead(SharedData.Path(Path.Combine("kubernetes-openapi", $"v1.{minor}.json.gz"))), CompressionMode.Decompress);
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var compared = new List<string>();
        foreach (var definition in document.RootElement.GetProperty("definitions").EnumerateObject())
        {
            if (ApiTableGenerator.GroupOfPackage(definition.Name) is not { } mapped
                || !definition.Value.TryGetProperty("x-kubernetes-group-version-kind", out var gvks))
            {
                continue;
            }

            var gvk = Assert.Single(gvks.EnumerateArray());
            Assert.Equal(mapped, (gvk.GetProperty("group").GetString(), gvk.GetProperty("version").GetString(), gvk.GetProperty("kind").GetString()));
            compared.Add(definition.Name[(definition.Name.LastIndexOf(".v", StringComparison.Ordinal) + 1)..]);
        }

        Assert.Equal(
            minor == 11
                ? ["v1.APIService", "v1.APIServiceList", "v1beta1.APIService", "v1beta1.APIServiceList", "v1beta1.CustomResourceDefinition", "v1beta1.CustomResourceDefinitionList"]
                :
                [
                    "v1.APIService", "v1.APIServiceList", "v1.CustomResourceDefinition", "v1.CustomResourceDefinitionList",
                    "v1beta1.APIService", "v1beta1.APIServiceList", "v1beta1.CustomResourceDefinition", "v1beta1.CustomResourceDefinitionList",
                ],
            compared.Order(StringComparer.Ordinal));
    }

    private const string Meta = "\"meta\": {\"properties\": {\"name\": {\"type\": \"string\"}}}";

    private static string Kind(string name) =>
        $"\"{name}\": {{\"properties\": {{\"apiVersion\": {{\"type\": \"string\"}}, \"kind\": {{\"type\": \"string\"}}, \"metadata\": {{\"$ref\": \"#/definitions/meta\"}}}}}}";

    private static string ListOf(string name) =>
        $"\"{name}\": {{\"properties\": {{\"kind\": {{\"type\": \"string\"}}, \"metadata\": {{\"$ref\": \"#/definitions/meta\"}}, \"items\": {{\"type\": \"array\", \"items\": {{\"type\": \"string\"}}}}}}}}";

    /// <summary>Generates from one 1.7 document holding <paramref name="definition"/>; returns the index's data lines.</summary>
    private static string[] Generate(string folder, string definition)
    {
        var shared = Path.Combine(folder, "shared");
        Directory.CreateDirectory(Path.Combine(shared, "kubernetes-openapi"));
        Directory.CreateDirectory(Path.Combine(shared, "kubernetes-deprecations"));
        File.WriteAllText(Path.Combine(shared, "kubernetes-deprecations", "pluto-versions.yaml"), "deprecated-versions: []\n");
        using (var gz = new GZipStream(File.Create(Path.Combine(shared, "kubernetes-openapi", "v1.7.json.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes($"{{\"swagger\": \"2.0\", \"definitions\": {{{Meta}, {definition}}}}}"));
        }

        var schemas = Path.Combine(folder, "schemas");
        ApiTableGenerator.Generate(shared, schemas);
        return File.ReadAllLines(Path.Combine(schemas, ApiTableGenerator.FolderName, ApiTableGenerator.IndexFileName))
            .Where(l => !l.StartsWith('#'))
            .ToArray();
    }
}
