using System.Text.RegularExpressions;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace Acme.KubeLintRules;

/// <summary>ACME0002: production traffic enters through the ingress controller, never through node ports.</summary>
public sealed class NoNodePortInProduction : KubeAnalyzer
{
    /// <summary>Declared so that KubeLint checks the setting (a misspelt name is a KL9001) and lists it.</summary>
    public static readonly RuleOption<string> NamespacePattern = RuleOption.String("namespacePattern", "a regular expression for the namespaces that count as production", "^prod");

    public static readonly DiagnosticDescriptor Rule = new(
        "ACME0002",
        "NodePort Service in a production namespace",
        "Service {0} in namespace '{1}' is of type {2}; production namespaces are reached through the ingress only",
        "Acme",
        DiagnosticSeverity.Error)
    {
        Options = [NamespacePattern],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var service = ctx.Object;
                if (service.Root.GetMapping("spec")?["type"] is not YScalar type || type.Value is not ("NodePort" or "LoadBalancer"))
                {
                    return;
                }

                // Option: `kubelint.ACME0002.namespacePattern = ^prod-` in .editorconfig, or rules.ACME0002.namespacePattern in .kubelint.yaml.
                var pattern = ctx.Options.Get(Rule, NamespacePattern, service.File);
                if (Regex.IsMatch(service.EffectiveNamespace, pattern))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(service, type), service, null, service.Name, service.EffectiveNamespace, type.Value));
                }
            },
            "Service");
}
