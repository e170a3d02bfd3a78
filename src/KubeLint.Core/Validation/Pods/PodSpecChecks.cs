using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// The apiserver's checks of a pod spec that have no other home among the KL101x rules: the DNS config
/// (<see cref="DnsConfigChecks"/>), what probes and hooks may hold and where (<see cref="ProbeChecks"/>), the
/// fields of volume sources (<see cref="VolumeSourceChecks"/>), sysctls (<see cref="SysctlChecks"/>), AppArmor
/// (<see cref="AppArmorChecks"/>), ephemeral containers (<see cref="EphemeralContainerChecks"/>) and Windows
/// HostProcess containers (<see cref="HostProcessChecks"/>). Each KL101x rule registers <see cref="Report"/>
/// for <see cref="Kinds"/> with its class; only the pod specs the apiserver validates on create are read.
/// </summary>
internal static class PodSpecChecks
{
    /// <summary>The kinds whose pod specs the apiserver validates (<see cref="PodSpecPaths.ValidatedOf"/>).</summary>
    public static readonly string[] Kinds = ["Pod", "PodTemplate", "ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "Job", "CronJob"];

    /// <summary>Runs the checks of every validated pod spec and reports, with <paramref name="rule"/>, those of class <paramref name="wanted"/>.</summary>
    public static void Report(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, ApiserverProblem wanted)
    {
        var findings = new KindFindings(wanted, ctx.TargetMinor());
        foreach (var spec in PodSpecPaths.ValidatedOf(ctx.Object))
        {
            if (spec.Spec.TryGetEntry("dnsConfig", out var dns) && dns.Value is YMapping dnsConfig)
            {
                DnsConfigChecks.Check(dnsConfig, spec.Path.Child("dnsConfig"), findings);
            }

            if (spec.Spec.GetSequence("volumes") is { } volumes)
            {
                var volumesPath = spec.Path.Child("volumes");
                for (var i = 0; i < volumes.Count; i++)
                {
                    if (volumes.Items[i] is YMapping volume)
                    {
                        VolumeSourceChecks.Check(volume, volumesPath.Index(i), findings);
                    }
                }
            }

            if (spec.Spec.GetMapping("securityContext") is { } podContext)
            {
                var contextPath = spec.Path.Child("securityContext");
                if (podContext.GetSequence("sysctls") is { } sysctls)
                {
                    SysctlChecks.Check(spec.Spec, sysctls, contextPath.Child("sysctls"), findings);
                }

                AppArmorChecks.CheckField(podContext, contextPath, findings);
            }

            var (metadata, metadataPath) = MetadataOf(ctx.Object.Root, spec);
            AppArmorChecks.CheckAnnotations(metadata, metadataPath.Child("annotations"), spec.Spec, findings);
            EphemeralContainerChecks.Check(spec, ctx.Object.Kind == "Pod", findings);
            HostProcessChecks.Check(spec, findings);

            foreach (var container in PodSpecPaths.Containers(spec))
            {
                ProbeChecks.Check(container, findings);
                if (container.Node.GetMapping("securityContext") is { } containerContext)
                {
                    AppArmorChecks.CheckField(containerContext, container.Path.Child("securityContext"), findings);
                }
            }
        }

        Emit(ctx, rule, findings);
    }

    /// <summary>The metadata beside a pod spec: the Pod's own, or its template's (<c>spec.template.metadata</c> …).</summary>
    private static (YMapping? Metadata, FieldPath Path) MetadataOf(YMapping root, PodSpecAt spec)
    {
        var specPath = spec.Path.ToString();
        var metadataPath = specPath == "spec" ? "metadata" : specPath[..^"spec".Length] + "metadata";
        return (root.MappingAt(metadataPath), FieldPath.Parse(metadataPath));
    }

    /// <summary>Reports every kept finding of <paramref name="findings"/>.</summary>
    internal static void Emit(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, KindFindings findings)
    {
        foreach (var finding in findings.Items)
        {
            if (finding.Related is { } related)
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix, related);
            }
            else
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
            }
        }
    }
}
