using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// Fixes KL1009 for <c>scheduler.alpha.kubernetes.io/critical-pod</c>: the annotation goes (with its
/// <c>annotations</c> key when it was the only one) and the pod spec gets <c>priorityClassName:
/// system-cluster-critical</c>, the class the scheduler's critical-pod handling was replaced by (release notes of
/// 1.13, honoured no more from 1.16). A pod spec that names a class already keeps it; the annotation just goes.
/// Before 1.17 the Priority admission plugin admitted the system- classes only in kube-system (1.17's release
/// notes lifted that; the annotation was honoured only there too), so below 1.17 only a kube-system object is fixed.
/// The pod's seccomp annotation becomes <c>securityContext.seccompProfile</c> (see <see cref="Seccomp"/>). The
/// per-container seccomp annotations get no fix. The ingress class becomes <c>spec.ingressClassName</c> (see
/// <see cref="IngressClass"/>) only when an IngressClass of that name is among the inputs.
/// </summary>
internal sealed class KL1009DeprecatedAnnotationFixProvider : CodeFixProvider
{
    public const string CriticalPod = "scheduler.alpha.kubernetes.io/critical-pod";

    public const string MoveKey = "KL1009.Move";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1009DeprecatedAnnotationAnalyzer.Rule.Id];

    public const string PodSeccomp = "seccomp.security.alpha.kubernetes.io/pod";

    public const string IngressClassAnnotation = "kubernetes.io/ingress.class";

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (context.Object is { Kind: "Ingress" } ingress && EntrySite.Find(context.File, context.Diagnostic.Location.Span) is { } annotation
            && annotation.Entry.Key.Value == IngressClassAnnotation)
        {
            if (IngressClass(context, ingress, annotation) is { } moved)
            {
                yield return moved;
            }

            yield break;
        }

        if (context.Object is not { } obj || EntrySite.Find(context.File, context.Diagnostic.Location.Span) is not { } site
            || PodSpecOf(obj, site.Mapping) is not { } spec || spec.Count == 0)
        {
            yield break;
        }

        if (site.Entry.Key.Value == PodSeccomp)
        {
            if (Seccomp(context, obj, site, spec) is { } seccomp)
            {
                yield return seccomp;
            }

            yield break;
        }

        if (site.Entry.Key.Value != CriticalPod || (obj.Namespace != "kube-system" && context.Options.TargetVersion.Minor < 17))
        {
            yield break;
        }

        // The annotations mapping is the value of metadata's "annotations" entry: remove that entry when nothing else is in it.
        var metadata = MetadataOf(obj, site.Mapping)!;
        var removal = site.Mapping.Count == 1 && metadata.TryGetEntry("annotations", out _)
            ? EntrySite.Find(context.File, metadata.GetKey("annotations")!.Span) is { } whole ? BlockEntries.Remove(context, whole) : null
            : BlockEntries.Remove(context, site);
        if (removal is null)
        {
            yield break;
        }

        if (spec.TryGetEntry("priorityClassName", out _))
        {
            yield return new CodeFix($"Remove {CriticalPod} (the pod spec names its priority class)", MoveKey, [removal]);
            yield break;
        }

        var first = spec.Entries[0].Key;
        var text = context.Text;
        var line = text.GetLine(first.Start.Line);
        if (line[..(first.Start.Column - 1)].ContainsAnyExcept(' ') || context.Text.CharAt(context.OffsetOf(spec.Span.Start)) is '{')
        {
            yield break;
        }

        var start = text.GetLineStart(first.Start.Line);
        var end = start + line.Length;
        var nl = end < text.Length && text.CharAt(end) == '\r' ? "\r\n" : "\n";
        var insertion = context.Edit(start, start, $"{new string(' ', first.Start.Column - 1)}priorityClassName: system-cluster-critical{nl}");
        yield return new CodeFix($"Replace {CriticalPod} with priorityClassName: system-cluster-critical", MoveKey, [removal, insertion]);
    }

    /// <summary>
    /// The pod's seccomp annotation as <c>securityContext.seccompProfile</c>, mapped as the apiserver maps it from 1.19
    /// (kubernetes/kubernetes <c>pkg/api/pod</c>, <c>SeccompFieldForAnnotation</c>): <c>runtime/default</c> and
    /// <c>docker/default</c> are <c>RuntimeDefault</c>, <c>unconfined</c> is <c>Unconfined</c>. A <c>localhost/</c>
    /// profile, a securityContext that is not a block mapping, or one with a seccompProfile already get no fix.
    /// </summary>
    private static CodeFix? Seccomp(FixContext context, KubeLint.Core.Model.KubeObject obj, EntrySite site, YMapping spec)
    {
        var type = (site.Entry.Value as YScalar)?.Value switch
        {
            "runtime/default" or "docker/default" => "RuntimeDefault",
            "unconfined" => "Unconfined",
            _ => null,
        };
        var metadata = MetadataOf(obj, site.Mapping);
        if (type is null || metadata is null || Removal(context, site, metadata) is not { } removal)
        {
            return null;
        }

        var text = context.Text;
        YMapping target;
        string lines(string indent, string unit, string nl) => $"{indent}seccompProfile:{nl}{indent}{unit}type: {type}{nl}";
        string body;
        if (spec.TryGetEntry("securityContext", out var securityContext))
        {
            if (securityContext.Value is not YMapping { Count: > 0 } existing || existing.TryGetEntry("seccompProfile", out _) || IsFlow(context, existing))
            {
                return null;
            }

            target = existing;
            var step = existing.Entries[0].Key.Start.Column - securityContext.Key.Start.Column;
            body = lines(Indent(existing), new string(' ', step > 0 ? step : 2), NewLine(text, existing.Entries[0].Key.Start.Line));
        }
        else
        {
            target = spec;
            var indent = Indent(spec);
            var nl = NewLine(text, spec.Entries[0].Key.Start.Line);
            body = $"{indent}securityContext:{nl}" + lines(indent + "  ", "  ", nl);
        }

        var first = target.Entries[0].Key;
        if (IsFlow(context, spec) || text.GetLine(first.Start.Line)[..(first.Start.Column - 1)].ContainsAnyExcept(' '))
        {
            return null;
        }

        var at = text.GetLineStart(first.Start.Line);
        return new CodeFix($"Replace {PodSeccomp} with securityContext.seccompProfile.type: {type}", MoveKey, [removal, context.Edit(at, at, body)]);
    }

    /// <summary>
    /// The Ingress's class annotation as <c>spec.ingressClassName</c>, where the version has the field
    /// (<c>networking.k8s.io/v1beta1</c> from 1.18, <c>v1</c>) and an IngressClass of that name is among the inputs:
    /// a controller that reads the annotation may not know the class by an object, and the field names an object.
    /// The apiserver rejects an Ingress created with both (kubernetes/kubernetes pkg/apis/networking/validation,
    /// <c>ValidateIngressCreate</c>): when the spec names the same class the annotation just goes; another class, no fix.
    /// </summary>
    private static CodeFix? IngressClass(FixContext context, KubeObject ingress, EntrySite site)
    {
        var hasField = ingress.ApiVersion switch
        {
            "networking.k8s.io/v1" => true,
            "networking.k8s.io/v1beta1" => context.Options.TargetVersion.Minor >= 18,
            _ => false,
        };
        if (!hasField || site.Entry.Value is not YScalar { Value: { Length: > 0 } name } value || ingress.Metadata is not { } metadata
            || metadata.GetMapping("annotations") != site.Mapping || ingress.Root.GetMapping("spec") is not { Count: > 0 } spec
            || !context.Workspace.OfKind("IngressClass").Any(c => c.Group == "networking.k8s.io" && c.Name == name)
            || Removal(context, site, metadata) is not { } removal)
        {
            return null;
        }

        if (spec.TryGetEntry("ingressClassName", out var named))
        {
            return (named.Value as YScalar)?.Value == name
                ? new CodeFix($"Remove {IngressClassAnnotation} (spec.ingressClassName names the class)", MoveKey, [removal])
                : null;
        }

        var first = spec.Entries[0].Key;
        var text = context.Text;
        if (IsFlow(context, spec) || text.GetLine(first.Start.Line)[..(first.Start.Column - 1)].ContainsAnyExcept(' '))
        {
            return null;
        }

        // The value as written (its quotes kept), as the spec's first key.
        var at = text.GetLineStart(first.Start.Line);
        var line = $"{Indent(spec)}ingressClassName: {context.TextOf(value.Span)}{NewLine(text, first.Start.Line)}";
        return new CodeFix($"Replace {IngressClassAnnotation} with spec.ingressClassName: {name}", MoveKey, [removal, context.Edit(at, at, line)]);
    }

    private static TextEdit? Removal(FixContext context, EntrySite site, YMapping metadata) =>
        site.Mapping.Count == 1
            ? EntrySite.Find(context.File, metadata.GetKey("annotations")!.Span) is { } whole ? BlockEntries.Remove(context, whole) : null
            : BlockEntries.Remove(context, site);

    private static string Indent(YMapping mapping) => new(' ', mapping.Entries[0].Key.Start.Column - 1);

    private static bool IsFlow(FixContext context, YNode node) => context.Text.CharAt(context.OffsetOf(node.Span.Start)) is '{' or '[';

    private static string NewLine(KubeLint.Core.Text.SourceText text, int line)
    {
        var end = text.GetLineStart(line) + text.GetLine(line).Length;
        return end < text.Length && text.CharAt(end) == '\r' ? "\r\n" : "\n";
    }

    /// <summary>The metadata mapping whose annotations are <paramref name="annotations"/>: the object's or a pod template's.</summary>
    private static YMapping? MetadataOf(KubeObject obj, YMapping annotations)
    {
        if (obj.Metadata?.GetMapping("annotations") == annotations)
        {
            return obj.Metadata;
        }

        foreach (var template in PodTemplates.TemplatesOf(obj.Root))
        {
            if (template.GetMapping("metadata") is { } metadata && metadata.GetMapping("annotations") == annotations)
            {
                return metadata;
            }
        }

        return null;
    }

    /// <summary>The pod spec the annotation applies to: a Pod's own, or that of the template whose metadata holds it.</summary>
    private static YMapping? PodSpecOf(KubeObject obj, YMapping annotations)
    {
        if (obj.Kind == "Pod" && obj.Metadata?.GetMapping("annotations") == annotations)
        {
            return obj.Root.GetMapping("spec");
        }

        foreach (var template in PodTemplates.TemplatesOf(obj.Root))
        {
            if (template.GetMapping("metadata")?.GetMapping("annotations") == annotations)
            {
                return template.GetMapping("spec");
            }
        }

        return null;
    }
}
