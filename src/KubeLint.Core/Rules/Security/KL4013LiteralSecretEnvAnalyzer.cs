using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4013: an environment variable named like a secret (PASSWORD, TOKEN, SECRET, API key …) with a literal <c>value</c>.</summary>
internal sealed class KL4013LiteralSecretEnvAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> IgnoredNames = RuleOption.StringList("ignoredNames", "variable names not to report (compared without case), e.g. demo credentials");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL4013",
        "Secret written as a literal environment value",
        "Environment variable \"{0}\" of container \"{1}\" looks like a secret but its value is written in the manifest; use valueFrom.secretKeyRef",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 7.0,
        Options = [IgnoredNames, ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var ignoredNames = ctx.Options.Get(Rule, IgnoredNames, ctx.Object.File);
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule, _ => true))
        {
            foreach (var env in container.Node.GetSequence("env")?.Mappings ?? [])
            {
                if (env.GetString("name") is { } name
                    && env["value"] is YScalar value
                    && IsLiteralSecret(value)
                    && !ignoredNames.Contains(name, StringComparer.OrdinalIgnoreCase)
                    && SecretNames.LooksSecret(name))
                {
                    ctx.Report(Rule, value, name, container.DisplayName);
                }
            }
        }
    }

    /// <summary>A value that could be a credential: not empty, not a yes/no switch (<c>MYSQL_RANDOM_ROOT_PASSWORD: "yes"</c>),
    /// not a reference to another variable or a template, not a file path.</summary>
    private static bool IsLiteralSecret(YScalar value)
    {
        var text = value.Value.Trim();
        return !value.IsNull
            && text.Length > 0
            && text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "0" or "1")
            && !text.Contains("$(", StringComparison.Ordinal)
            && !text.Contains("${", StringComparison.Ordinal)
            && !text.Contains("{{", StringComparison.Ordinal)
            && !(text.StartsWith('/') && !text.Contains(' '));
    }
}
