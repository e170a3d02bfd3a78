using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// KL2009: an unreplaced template placeholder. An error in typed fields (addresses, ports,
/// quantities, names, images, labels, selectors), which the apiserver rejects or misreads; a
/// warning in container <c>command</c>/<c>args</c> and env values, which Kubernetes passes on
/// verbatim (it expands only <c>$(VAR)</c>). Nothing inside shell scripts (<c>sh -c "… $HOME …"</c>),
/// annotations or ConfigMap/Secret data, whose consumers may expand them.
/// </summary>
internal sealed class KL2009UnreplacedPlaceholderAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2009",
        "Unreplaced template placeholder",
        "'{0}' looks like an unreplaced template placeholder in {1}{2}",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    private static readonly HashSet<string> TypedKeys = new(StringComparer.Ordinal)
    {
        "clusterIP", "clusterIPs", "loadBalancerIP", "externalIPs", "hostIP", "ip", "externalName",
        "port", "targetPort", "nodePort", "containerPort", "hostPort", "number", "servicePort",
        "name", "namespace", "image", "replicas", "minReplicas", "maxReplicas", "serviceName",
        "serviceAccountName", "secretName", "claimName", "storageClassName", "type", "protocol",
        "host", "hostname", "subdomain", "priorityClassName", "schedulerName", "runtimeClassName",
    };

    private static readonly HashSet<string> TypedMaps = new(StringComparer.Ordinal)
    {
        "labels", "matchLabels", "selector", "nodeSelector", "limits", "requests", "capacity", "hard",
    };

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            foreach (var entry in ctx.Object.Root.Entries)
            {
                switch (ctx.Object.Kind, entry.Key.Value)
                {
                    case ("ConfigMap", "data") or ("Secret", "stringData"):
                        break; // free text for programs that may expand it themselves
                    case ("ConfigMap", "binaryData") or ("Secret", "data"):
                        CheckBase64Values(ctx, entry.Value, entry.Key.Value);
                        break;
                    default:
                        Walk(ctx, entry.Value, entry.Key.Value, owner: string.Empty, inTypedMap: false, inShell: false);
                        break;
                }
            }
        });
    }

    /// <summary>Secret <c>data</c> and ConfigMap <c>binaryData</c> hold base64, a typed value.</summary>
    private static void CheckBase64Values(ObjectAnalysisContext ctx, YNode data, string key)
    {
        foreach (var entry in data is YMapping map ? map.Entries : [])
        {
            if (entry.Value is YScalar scalar && Placeholders.MayContain(scalar.Value))
            {
                Check(ctx, scalar, $"{key} (base64)", free: false);
            }
            else if (entry.Value is YMapping { Count: 1 } braces && IsUnquotedTemplate(braces))
            {
                ctx.Report(Rule, braces, SourceOf(ctx.Object.FileOf(braces), braces), $"{key} (base64)", string.Empty);
            }
        }
    }

    /// <summary>Visits <paramref name="node"/>, the value of <paramref name="key"/> (list items keep the list's key)
    /// in a mapping that is itself the value of <paramref name="owner"/> (e.g. <c>env</c> for an env var's <c>value</c>).</summary>
    private static void Walk(ObjectAnalysisContext ctx, YNode node, string key, string owner, bool inTypedMap, bool inShell)
    {
        switch (node)
        {
            case YMapping { Count: 1 } braces when IsUnquotedTemplate(braces):
                // An unquoted {{x}} is a YAML flow mapping with the key {x}.
                if (key is not ("command" or "args" or "value") && (inTypedMap || TypedKeys.Contains(key)))
                {
                    var source = SourceOf(ctx.Object.FileOf(braces), braces);
                    ctx.Report(Rule, braces, source, key, FillAdvice(ctx, source));
                }

                break;
            case YMapping mapping:
                var typedMap = TypedMaps.Contains(key);
                var shell = RunsShellScript(mapping);
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.Value == "annotations")
                    {
                        continue;
                    }

                    if (typedMap && Placeholders.MayContain(entry.Key.Value))
                    {
                        Check(ctx, entry.Key, $"a key of {key}", free: false);
                    }

                    Walk(ctx, entry.Value, entry.Key.Value, key, typedMap, shell);
                }

                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(ctx, item, key, owner, inTypedMap, inShell);
                }

                break;
            case YScalar scalar:
                if (key is "command" or "args")
                {
                    if (!inShell)
                    {
                        Check(ctx, scalar, $"{key} (Kubernetes expands only $(VAR) there)", free: true);
                    }
                }
                else if (key == "value" && owner == "env")
                {
                    Check(ctx, scalar, "an env value (Kubernetes expands only $(VAR) there)", free: true);
                }
                else if (inTypedMap || TypedKeys.Contains(key))
                {
                    Check(ctx, scalar, key, free: false);
                }

                break;
        }
    }

    private static void Check(ObjectAnalysisContext ctx, YScalar scalar, string where, bool free)
    {
        foreach (var (start, length) in Placeholders.Find(scalar.Value))
        {
            var location = Location.Of(ctx.Object.FileOf(scalar), ScalarSpans.Locate(ctx.Object.FileOf(scalar), scalar, start, length));
            var placeholder = scalar.Value.Substring(start, length);
            var diagnostic = Diagnostic.Create(Rule, location, ctx.Object, null, placeholder, where, FillAdvice(ctx, placeholder));
            ctx.ReportDiagnostic(free ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
        }
    }

    /// <summary>For a placeholder a cluster fact or <c>cluster.placeholders</c> fills (<see cref="PlaceholderFacts"/>):
    /// what <c>kubelint fix</c> fills in, or which fact it needs to.</summary>
    private static string FillAdvice(ObjectAnalysisContext ctx, string placeholder)
    {
        var cluster = ctx.Cluster;
        if (PlaceholderFacts.ValueFor(placeholder, cluster) is { } value)
        {
            return $"; kubelint fix fills in {value}, {PlaceholderFacts.SourceOf(placeholder, cluster)}";
        }

        return PlaceholderFacts.FactFor(placeholder) is { } fact
            ? $"; the kubelet's --{fact} fills it (give it with --{fact} or --cluster-config, then run kubelint fix)"
            : string.Empty;
    }

    /// <summary>The loader keeps a mapping used as a key as <c>&lt;complex key&gt;</c>; <c>{{x}}</c> is exactly that, with no value.</summary>
    private static bool IsUnquotedTemplate(YMapping mapping)
    {
        var (entryKey, value) = mapping.Entries[0];
        return entryKey.Value == "<complex key>" && entryKey.Span.Start.Column == mapping.Span.Start.Column + 1 && value is YScalar { IsNull: true };
    }

    private static string SourceOf(SourceFile file, YNode node) =>
        file.Text is { } text && node.Span.Start.Line == node.Span.End.Line
            ? text.GetLine(node.Span.Start.Line)[(node.Span.Start.Column - 1)..(node.Span.End.Column - 1)].ToString()
            : "{{…}}";

    /// <summary>A container or exec handler whose command line is <c>sh -c SCRIPT</c> (any shell, any
    /// flag cluster with c): the script's variables are the shell's business.</summary>
    private static bool RunsShellScript(YMapping mapping)
    {
        if (mapping["command"] is not YSequence && mapping["args"] is not YSequence)
        {
            return false;
        }

        var words = new[] { mapping.GetSequence("command"), mapping.GetSequence("args") }
            .SelectMany(s => s?.Items.OfType<YScalar>() ?? []).Select(s => s.Value).ToList();
        return words.Any(w => Shells.Contains(w[(w.LastIndexOf('/') + 1)..]))
            && words.Any(w => w.Length > 1 && w[0] == '-' && w[1..].All(char.IsAsciiLetter) && w.Contains('c'));
    }
}
