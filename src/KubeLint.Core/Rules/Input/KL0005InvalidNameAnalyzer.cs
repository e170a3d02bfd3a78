using System.Collections.Immutable;
using System.Text;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0005: names, label keys and values, and annotation keys that break Kubernetes' syntax rules.</summary>
internal sealed class KL0005InvalidNameAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0005",
        "Invalid name, label or annotation",
        "{0} \"{1}\" {2}",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    /// <summary>Kinds whose names are RFC 1035 or RFC 1123 labels; most others are subdomains.</summary>
    private static readonly Dictionary<string, Func<string, string?>> NameRules = new(StringComparer.Ordinal)
    {
        ["Service"] = KubernetesNames.CheckDns1035Label,
        ["Namespace"] = KubernetesNames.CheckDns1123Label,
    };

    /// <summary>Annotation keys are checked lower-cased: the apiserver lower-cases them before IsQualifiedName (label keys it does not).</summary>
    private static readonly ValidationSource AnnotationKeys = new("staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go", "ValidateAnnotations (IsQualifiedName of strings.ToLower(k))");

    /// <summary>All annotations of one object (or pod template), keys and values, at most 256 KiB.</summary>
    private static readonly ValidationSource AnnotationsSize = new("staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go", "ValidateAnnotationsSize (TotalAnnotationSizeLimitB)");

    /// <summary>A CronJob's Jobs are named after it plus "-" and a 10-digit time: its name may have at most 52 characters (kubernetes#52733).</summary>
    private static readonly ValidationSource CronJobNameLength = new("pkg/apis/batch/validation/validation.go", "ValidateCronJob / ValidateCronJobCreate (DNS1035LabelMaxLength-11)", Since: 10);

    /// <summary>Unless <c>manualSelector</c> is true, the apiserver copies a Job's name into the labels of its
    /// pod template (<c>job-name</c>, and <c>batch.kubernetes.io/job-name</c> from 1.27) before validating them,
    /// so a name longer than a label value (63) is rejected.</summary>
    private static readonly ValidationSource JobNameLength = new("pkg/registry/batch/job/strategy.go", "jobStrategy.Validate (generateSelector) → ValidatePodTemplateSpec (ValidateLabels)");

    private const int TotalAnnotationSizeLimit = 256 * 1024;
    private const int CronJobNameMaxLength = KubernetesNames.LabelMaxLength - 11;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            var obj = ctx.Object;
            if (obj.Metadata?["name"] is YScalar name && !name.IsNull && Check(ctx, name, "name", null, NameRuleFor(obj)))
            {
                CheckKindLength(ctx, name);
            }

            CheckMetadata(ctx, obj.Metadata);
            foreach (var template in PodTemplates.TemplatesOf(obj.Root))
            {
                CheckMetadata(ctx, template.GetMapping("metadata"));
            }

            var selector = obj.Root.MappingAt("spec.selector");
            CheckLabels(ctx, obj.Kind is "Service" or "ReplicationController" ? selector : selector?.GetMapping("matchLabels"), "selector");
        });

    private static Func<string, string?> NameRuleFor(KubeObject obj) =>
        obj.Group == "rbac.authorization.k8s.io" ? KubernetesNames.CheckPathSegment
        : NameRules.TryGetValue(obj.Kind, out var rule) ? rule
        : KubernetesNames.CheckDns1123Subdomain;

    private static void CheckMetadata(ObjectAnalysisContext ctx, YMapping? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        CheckLabels(ctx, metadata.GetMapping("labels"), "label");
        if (!metadata.TryGetEntry("annotations", out var annotations) || annotations.Value is not YMapping entries)
        {
            return;
        }

        var minor = ApiserverRules.TargetMinor(ctx);
        var checkKeys = AnnotationKeys.AppliesTo(minor);
        var chars = 0L;
        foreach (var (key, value) in entries.Entries)
        {
            if (checkKeys)
            {
                Check(ctx, key, "annotation", "key", CheckAnnotationKey);
            }

            chars += key.Value.Length + (value is YScalar scalar ? scalar.Value.Length : 0);
        }

        // UTF-8 takes at most three bytes per UTF-16 character, so the byte count is needed only near the limit.
        if (chars * 3 > TotalAnnotationSizeLimit && AnnotationsSize.AppliesTo(minor) && AnnotationBytes(entries) is var bytes && bytes > TotalAnnotationSizeLimit)
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, annotations.Key), ctx.Object, null, "annotations", $"{bytes} bytes",
                $"exceed the apiserver's limit of {TotalAnnotationSizeLimit} bytes (256 KiB) for all annotations of an object, keys and values together"));
        }
    }

    private static long AnnotationBytes(YMapping annotations)
    {
        var bytes = 0L;
        foreach (var (key, value) in annotations.Entries)
        {
            bytes += Encoding.UTF8.GetByteCount(key.Value) + (value is YScalar scalar ? Encoding.UTF8.GetByteCount(scalar.Value) : 0);
        }

        return bytes;
    }

    /// <summary>A qualified name once lower-cased, as the apiserver checks annotation keys; the valid keys of the run pass on the first check.</summary>
    private static string? CheckAnnotationKey(string key) =>
        KubernetesNames.CheckQualifiedName(key) is { } reason && KubernetesNames.CheckQualifiedName(key.ToLowerInvariant()) is not null ? reason : null;

    /// <summary>Name limits of a kind beyond its name syntax: CronJob names of at most 52, Job names of at most 63.</summary>
    private static void CheckKindLength(ObjectAnalysisContext ctx, YScalar name)
    {
        var obj = ctx.Object;
        if (obj.Group != "batch" || YValues.IsPlaceholder(name.Value))
        {
            return;
        }

        var minor = ApiserverRules.TargetMinor(ctx);
        if (obj.Kind == "CronJob" && name.Value.Length > CronJobNameMaxLength && CronJobNameLength.AppliesTo(minor))
        {
            ctx.Report(Rule, name, "name", name.Value,
                $"is {name.Value.Length} characters long, more than {CronJobNameMaxLength}: a CronJob's Jobs are named after it with an 11-character suffix, and must fit in {KubernetesNames.LabelMaxLength}");
        }
        else if (obj.Kind == "Job" && name.Value.Length > KubernetesNames.LabelMaxLength && JobNameLength.AppliesTo(minor)
            && !YValues.IsTrue(obj.Root.MappingAt("spec")?["manualSelector"]))
        {
            ctx.Report(Rule, name, "name", name.Value,
                $"is {name.Value.Length} characters long, more than {KubernetesNames.LabelMaxLength}: the apiserver copies a Job's name into the job-name label of its pods, and label values may have at most {KubernetesNames.LabelMaxLength}");
        }
    }

    private static void CheckLabels(ObjectAnalysisContext ctx, YMapping? labels, string what)
    {
        foreach (var (key, value) in labels?.Entries ?? [])
        {
            Check(ctx, key, what, "key", KubernetesNames.CheckQualifiedName);
            if (value is YScalar scalar && !scalar.IsNull)
            {
                Check(ctx, scalar, what, "value", KubernetesNames.CheckLabelValue);
            }
        }
    }

    /// <summary><paramref name="what"/> and <paramref name="part"/> ("label", "key") are joined only for a finding.
    /// True when the value is checked and valid.</summary>
    private static bool Check(ObjectAnalysisContext ctx, YScalar node, string what, string? part, Func<string, string?> rule)
    {
        // Template placeholders are KL2009's concern; don't report them twice.
        if (node.Value.Contains('$') || node.Value.Contains("{{", StringComparison.Ordinal))
        {
            return false;
        }

        if (rule(node.Value) is { } reason)
        {
            ctx.Report(Rule, node, part is null ? what : $"{what} {part}", node.Value, reason);
            return false;
        }

        return true;
    }
}
