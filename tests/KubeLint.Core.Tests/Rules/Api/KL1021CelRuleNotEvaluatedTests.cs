using System.Reflection;
using System.Runtime.Loader;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using static KubeLint.Core.Tests.Rules.Api.CelRuleFixtures;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1021CelRuleNotEvaluatedAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// KL1021: a rule the Cel package cannot evaluate, once per rule and CRD, at the rule. Each of Kubernetes' CEL
/// libraries (k8s.io/apiserver pkg/cel/library: urls.go, quantity.go, format.go, ip.go, cidr.go, lists.go, regex.go,
/// authz.go; cel-go ext strings and optional types, enabled in pkg/cel/environment/base.go) is tried once.
/// </summary>
public class KL1021CelRuleNotEvaluatedTests
{
    private const string Tail = "; whether custom resources meet it is not checked";

    private static string Spec(string rule) =>
        $"type: object\nproperties:\n  name:\n    type: string\n    x-kubernetes-validations:\n    - rule: [|{rule}|]";

    [Theory]
    [InlineData("isURL(self)", "it calls isURL(), which the Cel package does not have")]
    [InlineData("url(self).getHost() != ''", "it calls getHost(), which the Cel package does not have")]
    [InlineData("isQuantity(self)", "it calls isQuantity(), which the Cel package does not have")]
    [InlineData("format.named('dns1123Label').value().validate(self) == null", "it calls named(), which the Cel package does not have")]
    [InlineData("isIP(self)", "it calls isIP(), which the Cel package does not have")]
    [InlineData("isCIDR(self)", "it calls isCIDR(), which the Cel package does not have")]
    [InlineData("size(self) > 0 && [1, 2].isSorted()", "it calls isSorted(), which the Cel package does not have")]
    [InlineData("self.lowerAscii() == self", "it calls lowerAscii(), which the Cel package does not have")]
    [InlineData("self.find('[0-9]+') == ''", "it calls find(), which the Cel package does not have")]
    [InlineData("optional.of(self).hasValue()", "it uses optional types (.?, [?], optional.), which the Cel package lacks")]
    [InlineData("authorizer.group('apps').resource('deployments').check('create').allowed()", "it calls group(), which the Cel package does not have")]
    [InlineData("isSemver(self)", "it calls isSemver(), which the Cel package does not have")] // semver.go
    [InlineData("math.greatest(1, 2) == 2", "it calls greatest(), which the Cel package does not have")] // cel-go ext math
    [InlineData("base64.encode(b'a') != ''", "it calls encode(), which the Cel package does not have")] // cel-go ext encoders
    [InlineData("lists.range(3).size() == 3", "it calls range(), which the Cel package does not have")] // cel-go ext lists
    [InlineData("ip('1.2.3.4').family() == 4", "it calls family(), which the Cel package does not have")]
    [InlineData("quantity('1Gi').isGreaterThan(quantity('1Mi'))", "it calls quantity(), which the Cel package does not have")]
    public Task A_library_the_package_lacks_is_reported_once(string rule, string reason) =>
        Verify.VerifyMessagesAsync([("crd.yaml", Crd(Spec(rule))), ("a.yaml", Widget("name: a")), ("b.yaml", Widget("name: b", "w2"))],
            new KubernetesVersion(1, 36),
            $"the x-kubernetes-validations rule \"{rule}\" of CustomResourceDefinition widgets.example.com was not evaluated: {reason}" + Tail);

    [Fact]
    public Task A_rule_the_package_evaluates_is_not_reported() => Verify.VerifyAsync(
        [("crd.yaml", Crd(Spec("self.startsWith('a') && size(self) < 5").Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal))), ("a.yaml", Widget("name: a"))],
        new KubernetesVersion(1, 36));

    [Fact]
    public Task No_custom_resource_no_finding() => Verify.VerifyAsync(
        [("crd.yaml", Crd(Spec("isURL(self)").Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal)))],
        new KubernetesVersion(1, 36));

    // A string of format date-time is a CEL timestamp (model/schemas.go SchemaDeclType), which we do not convert.
    [Fact]
    public Task A_timestamp_value_is_reported() => Verify.VerifyMessagesAsync(
        [("crd.yaml", Crd("type: object\nproperties:\n  at:\n    type: string\n    format: date-time\n    x-kubernetes-validations:\n    - rule: [|self > timestamp('2020-01-01T00:00:00Z')|]")),
         ("a.yaml", Widget("at: '2024-01-01T00:00:00Z'"))],
        new KubernetesVersion(1, 36),
        "the x-kubernetes-validations rule \"self > timestamp('2020-01-01T00:00:00Z')\" of CustomResourceDefinition widgets.example.com was not evaluated: a string of format date-time is a CEL timestamp value, which KubeLint does not convert" + Tail);

    // Nested macros over a large list: the bound stops the rule before it runs.
    [Fact]
    public Task A_rule_over_the_cost_bound_is_reported() => Verify.VerifyMessagesAsync(
        [("crd.yaml", Crd("type: object\nproperties:\n  xs:\n    type: array\n    items: {type: integer}\n    x-kubernetes-validations:\n    - rule: [|self.all(a, self.all(b, self.all(c, a + b + c >= 0)))|]")),
         ("a.yaml", Widget("xs: [" + string.Join(", ", Enumerable.Range(0, 300)) + "]"))],
        new KubernetesVersion(1, 36),
        "the x-kubernetes-validations rule \"self.all(a, self.all(b, self.all(c, a + b + c >= 0)))\" of CustomResourceDefinition widgets.example.com was not evaluated: its cost bound over this value (1.46E+09) is above KubeLint's 1E+07" + Tail);

    [Fact]
    public void A_run_without_custom_resources_does_not_load_Cel()
    {
        var folder = Path.GetDirectoryName(typeof(LintEngine).Assembly.Location)!;
        using var files = new TempFolder();
        files.Write("deploy.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata: {a: b}\n");
        files.Write("crd.yaml", Crd("type: object\nx-kubernetes-validations: [{rule: \"self.min <= self.max\"}]\nproperties:\n  min: {type: integer}\n  max: {type: integer}"));
        files.Write("widget.yaml", Widget("min: 5\nmax: 3"));

        Assert.DoesNotContain("Cel", Loaded(folder, files.Path, "deploy.yaml"));

        // The same run with a custom resource of a CRD with a rule loads it: the check above is not vacuous.
        Assert.Contains("Cel", Loaded(folder, files.Path, "crd.yaml", "widget.yaml"));
    }

    // The assembly names a lint loads, in a fresh load context (this test process has Cel loaded already).
    private static List<string> Loaded(string folder, string workingDirectory, params string[] paths)
    {
        var context = new IsolatedContext(folder);
        try
        {
            var core = context.LoadFromAssemblyName(typeof(LintEngine).Assembly.GetName());
            var optionsType = core.GetType(typeof(LintOptions).FullName!)!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty(nameof(LintOptions.Paths))!.SetValue(options, paths);
            optionsType.GetProperty(nameof(LintOptions.WorkingDirectory))!.SetValue(options, workingDirectory);
            var engineType = core.GetType(typeof(LintEngine).FullName!)!;
            engineType.GetMethod(nameof(LintEngine.Run))!.Invoke(Activator.CreateInstance(engineType), [options]);
            return [.. context.Assemblies.Select(a => a.GetName().Name ?? string.Empty)];
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class IsolatedContext(string folder) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
