using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Analysis;

/// <summary>RegisterContainerAction and ctx.Report: which containers an action sees, what it is told about them,
/// where a report lands, and what KL9003 says when an analyzer throws.</summary>
public class ContainerActionTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: web
            image: nginx:1.27
          - image: nameless:1
          - name: istio-proxy
            image: proxyv2:1.24
          ephemeralContainers:
          - name: debugger
            image: busybox:1.36
        """;

    private const string IgnoreProxy = "rules:\n  TEST0001: {ignoredContainers: [istio-proxy]}\n";

    [Fact]
    public void Visits_the_asked_roles_with_owner_role_and_name_and_leaves_ignored_containers_out() =>
        Assert.Equal(
            [
                "(7,11) init Init Pod/web",
                "(10,11) web Regular Pod/web",
                "(12,5) ? Regular Pod/web",
            ],
            Run(new ContainerProbe(ContainerRole.Regular, ContainerRole.Init), IgnoreProxy));

    [Fact]
    public void Visits_every_role_when_none_is_named_and_every_container_without_the_option() =>
        Assert.Equal(
            [
                "(7,11) init Init Pod/web",
                "(10,11) web Regular Pod/web",
                "(12,5) ? Regular Pod/web",
                "(13,11) istio-proxy Regular Pod/web",
                "(16,11) debugger Ephemeral Pod/web",
            ],
            Run(new ContainerProbe(), config: null));

    [Fact]
    public void A_throwing_analyzer_is_one_KL9003_naming_its_type_and_rule_at_the_object()
    {
        // With the built-in rules: KL9003 is one of them.
        var findings = Lint(new ThrowingAnalyzer(), Pod + "\n---\n" + Pod.Replace("name: web\nspec", "name: quiet\nspec", StringComparison.Ordinal), config: null, builtIns: true);

        var failure = Assert.Single(findings, d => d.Id == "KL9003");
        Assert.Equal("rule TEST0002 (ThrowingAnalyzer) failed on Pod/web: InvalidOperationException: no image policy for web", failure.Message);
        Assert.Equal((1, 1), (failure.Location.Start.Line, failure.Location.Start.Column));
        Assert.DoesNotContain(findings, d => d.Id == "TEST0002"); // the quiet Pod's containers pass
    }

    private static List<string> Run(KubeAnalyzer analyzer, string? config) =>
        Lint(analyzer, Pod, config)
            .Where(d => d.Id == ContainerProbe.Rule.Id)
            .OrderBy(d => d.Location.Start.Line)
            .Select(d => $"({d.Location.Start.Line},{d.Location.Start.Column}) {d.Message}")
            .ToList();

    private static IReadOnlyList<Diagnostic> Lint(KubeAnalyzer analyzer, string manifest, string? config, bool builtIns = false)
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", manifest);
        if (config is not null)
        {
            folder.Write(".kubelint.yaml", config);
        }

        return new LintEngine().Run(new LintOptions
        {
            Paths = ["pod.yaml"],
            WorkingDirectory = folder.Path,
            UseBuiltInAnalyzers = builtIns,
            AdditionalAnalyzers = [analyzer],
        }).Diagnostics;
    }

    /// <summary>Reports every container it is given, at the default place (null node), with what it was told.</summary>
    private sealed class ContainerProbe(params ContainerRole[] roles) : KubeAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TEST0001", "Container seen", "{0} {1} {2}", "Test", DiagnosticSeverity.Warning);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterContainerAction(ctx => ctx.Report(Rule, null, ctx.DisplayName, ctx.Role, ctx.Object.DisplayName), Rule, roles);
    }

    /// <summary>Throws on a container of the Pod named web, as a rule with a bug would.</summary>
    private sealed class ThrowingAnalyzer : KubeAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0002", "Throws", "{0}", "Test", DiagnosticSeverity.Warning);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterContainerAction(
                ctx =>
                {
                    if (ctx.Object.Name == "web")
                    {
                        throw new InvalidOperationException($"no image policy for {ctx.DisplayName}");
                    }
                },
                Rule);
    }
}
