using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Scheduling;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1011: a field that the apiserver's validation code requires although the OpenAPI schema does
/// not (KL1005 reports the schema's own required fields: an absent field the target's schema requires
/// is left to it, while a field written but null or empty, which the schema lets through, is reported
/// here). Each check carries its <see cref="ValidationSource"/>.
/// </summary>
/// <remarks>
/// Where the finding sits: for a field that is written but null or empty, its key; for an absent field,
/// the key of the mapping that lacks it — for a list item (a container, a port, a rule, a subject) its
/// <c>name</c> value when it has one, else the item's first key.
/// </remarks>
internal sealed class KL1011RequiredByApiserverAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1011", "Field required by the apiserver");

    private const string Core = "pkg/apis/core/validation/validation.go";
    private const string Rbac = "pkg/apis/rbac/validation/validation.go";
    private const string Networking = "pkg/apis/networking/validation/validation.go";
    private const string Batch = "pkg/apis/batch/validation/validation.go";

    // Pod specs (Pod, PodTemplate and every template of a controller: ValidatePodTemplateSpec validates the pod spec in full).
    internal static readonly ValidationSource Containers = new(Core, "validateContainers");
    internal static readonly ValidationSource ContainerImage = new(Core, "validateContainers, validateInitContainers (validateContainerCommon)");
    internal static readonly ValidationSource EnvValueFrom = new(Core, "validateEnvVarValueFrom");
    internal static readonly ValidationSource EnvKeySelector = new(Core, "validateConfigMapKeySelector, validateSecretKeySelector");
    internal static readonly ValidationSource EnvFieldRef = new(Core, "validateObjectFieldSelector");
    internal static readonly ValidationSource EnvResourceFieldRef = new(Core, "validateContainerResourceFieldSelector");
    internal static readonly ValidationSource EnvFrom = new(Core, "ValidateEnvFrom, validateConfigMapEnvSource, validateSecretEnvSource", Since: 6);
    internal static readonly ValidationSource ProjectedSources = new(Core, "validateProjectionSources", Since: 6);
    internal static readonly ValidationSource ConfigMapVolume = new(Core, "validateConfigMapVolumeSource");
    internal static readonly ValidationSource SecretVolume = new(Core, "validateSecretVolumeSource");
    internal static readonly ValidationSource ClaimVolume = new(Core, "validatePersistentClaimVolumeSource");
    internal static readonly ValidationSource HostPathVolume = new(Core, "validateHostPathVolumeSource");
    internal static readonly ValidationSource NfsVolume = new(Core, "validateNFSVolumeSource");
    internal static readonly ValidationSource RcTemplate = new(Core, "ValidatePodTemplateSpecForRC");

    // Services and Secrets.
    internal static readonly ValidationSource ServicePorts = new(Core, "ValidateService");
    internal static readonly ValidationSource ServicePortName = new(Core, "validateServicePort");
    internal static readonly ValidationSource ExternalName = new(Core, "ValidateService");
    internal static readonly ValidationSource SecretKeys = new(Core, "ValidateSecret");

    // Storage.
    internal static readonly ValidationSource ClaimAccessModes = new(Core, "ValidatePersistentVolumeClaimSpec");
    internal static readonly ValidationSource ClaimStorage = new(Core, "ValidatePersistentVolumeClaimSpec");
    internal static readonly ValidationSource VolumeAccessModes = new(Core, "ValidatePersistentVolumeSpec");
    internal static readonly ValidationSource VolumeCapacity = new(Core, "ValidatePersistentVolumeSpec");
    internal static readonly ValidationSource VolumeType = new(Core, "ValidatePersistentVolumeSpec");

    // Local volumes have required node affinity since it became a PV field; enforced for certain from local volumes' GA.
    internal static readonly ValidationSource LocalNodeAffinity = new(Core, "ValidatePersistentVolumeSpec", Since: 14);

    // Ingress.
    internal static readonly ValidationSource IngressRulesOrBackend = new(Networking, "ValidateIngressSpec");
    internal static readonly ValidationSource IngressPaths = new(Networking, "validateHTTPIngressRuleValue");
    internal static readonly ValidationSource IngressPathType = new(Networking, "validateHTTPIngressPath", Since: 19);
    internal static readonly ValidationSource IngressBackend = new(Networking, "validateIngressBackend", Since: 19);

    // RBAC: resource rules' api groups and resources from the beta API on.
    internal static readonly ValidationSource RuleVerbs = new(Rbac, "ValidatePolicyRule");
    internal static readonly ValidationSource ResourceRule = new(Rbac, "ValidatePolicyRule", Since: 6);
    internal static readonly ValidationSource RoleRefName = new(Rbac, "ValidateRoleBinding, ValidateClusterRoleBinding");
    internal static readonly ValidationSource SubjectName = new(Rbac, "ValidateRoleBindingSubject");
    internal static readonly ValidationSource SubjectNamespace = new(Rbac, "ValidateRoleBindingSubject");

    // Jobs: completionMode is beta (on by default) from 1.22, alpha and off in 1.21.
    internal static readonly ValidationSource IndexedCompletions = new(Batch, "validateJobSpec", Since: 22);

    private static readonly string[] Kinds =
    [
        "Pod", "PodTemplate", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob",
        "Service", "Secret", "Ingress", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding",
        "PersistentVolumeClaim", "PersistentVolume", "HorizontalPodAutoscaler",
    ];

    private static readonly string[] EnvSources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", "fileKeyRef"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(Analyze, Kinds);
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.Required), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.Required), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => SchedulingChecks.Report(ctx, Rule, ApiserverProblem.Required), SchedulingChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Security.SecurityContextChecks.Report(ctx, Rule, ApiserverProblem.Required), Validation.Security.SecurityContextChecks.Kinds);
    }

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (ApiCatalog.Default.Find(obj.ApiVersion, obj.Kind) is not { IsApiKind: true } kind)
        {
            return; // Not a built-in kind (a custom resource of the same name).
        }

        if (obj.Kind == "HorizontalPodAutoscaler")
        {
            // pkg/apis/autoscaling/validation/validation.go: ValidateCrossVersionObjectReference, validateMetricSpec and the source validators.
            foreach (var finding in AutoscalerSpecChecks.Of(obj, ctx.TargetMinor(), ApiserverProblem.Required))
            {
                ctx.Report(Rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
            }

            return;
        }

        var checker = new Checker(ctx, kind);
        switch (obj.Kind)
        {
            case "Service":
                checker.Service();
                break;
            case "Secret":
                checker.Secret();
                break;
            case "Ingress":
                checker.Ingress();
                break;
            case "Role" or "ClusterRole":
                checker.Rules();
                break;
            case "RoleBinding" or "ClusterRoleBinding":
                checker.Binding(obj.Kind == "RoleBinding");
                break;
            case "PersistentVolumeClaim":
                checker.Claim();
                break;
            case "PersistentVolume":
                checker.Volume();
                break;
            default:
                checker.Workload();
                break;
        }
    }

    /// <summary>The checks of one object: its context, the target minor and, when needed, its field table.</summary>
    private sealed class Checker(ObjectAnalysisContext ctx, ApiKind kind)
    {
        private readonly int _minor = ctx.Options.TargetVersion.Minor;
        private readonly YMapping _root = ctx.Object.Root;
        private KindSchema? _schema;
        private bool _schemaLoaded;

        private YNode KindAnchor => (YNode?)_root.GetKey("kind") ?? _root;

        // ---- Pod specs -------------------------------------------------------------------------------

        public void Workload()
        {
            var obj = ctx.Object;
            if (obj.Kind == "ReplicationController" && RcTemplate.AppliesTo(_minor))
            {
                var spec = _root.GetMapping("spec");
                if (spec is null || IsNull(spec["template"]))
                {
                    ReportAt(spec?.GetKey("template") ?? _root.GetKey("spec") ?? KindAnchor, FieldPath.Parse("spec.template"), "Required value", "give the ReplicationController the pod template it runs");
                }
            }

            if (obj.Kind is "Job" or "CronJob")
            {
                IndexedJob(obj.Kind == "Job" ? "spec" : "spec.jobTemplate.spec");
            }

            var prefix = obj.Kind switch
            {
                "Pod" => "spec",
                "PodTemplate" => "template.spec",
                "CronJob" => "spec.jobTemplate.spec.template.spec",
                _ => "spec.template.spec",
            };
            var found = false;
            foreach (var spec in PodSpecPaths.ValidatedOf(obj))
            {
                found = true;
                PodSpec(spec, prefix);
            }

            if (!found && Containers.AppliesTo(_minor))
            {
                MissingPodSpec(obj.Kind, prefix);
            }
        }

        /// <summary>
        /// A pod spec left out or null where its template is written (a Pod's, a PodTemplate's, a controller's
        /// template): decoded as an empty spec, which has no containers. An absent template is KL1005's where
        /// the schema requires it (and the ReplicationController's above).
        /// </summary>
        private void MissingPodSpec(string kindName, string prefix)
        {
            YMapping? template;
            YNode templateAnchor;
            switch (kindName)
            {
                case "Pod":
                    template = _root;
                    templateAnchor = KindAnchor;
                    break;
                case "PodTemplate":
                    template = _root.GetMapping("template");
                    templateAnchor = (YNode?)_root.GetKey("template") ?? KindAnchor;
                    if (template is null && !IsNull(_root["template"]))
                    {
                        return; // Not a mapping: KL1003.
                    }

                    break;
                default:
                    var ownerPath = kindName == "CronJob" ? "spec.jobTemplate.spec" : "spec";
                    var owner = _root.MappingAt(ownerPath);
                    template = owner?.GetMapping("template");
                    if (template is null)
                    {
                        return;
                    }

                    templateAnchor = owner!.GetKey("template")!;
                    break;
            }

            var specValue = template?["spec"];
            if (IsNull(specValue))
            {
                ReportAt((YNode?)template?.GetKey("spec") ?? templateAnchor, FieldPath.Parse(prefix).Child("containers"), "Required value", "list at least one container");
            }
        }

        private void PodSpec(PodSpecAt spec, string prefix)
        {
            if (Containers.AppliesTo(_minor))
            {
                RequireList(spec.Spec, "containers", spec.Key, spec.Path, new SchemaPath(prefix), "Required value", "list at least one container");
            }

            var initKnown = false;
            var initChecked = false;
            foreach (var container in PodSpecPaths.Containers(spec))
            {
                var role = container.Container.Role;
                if (role == ContainerRole.Ephemeral)
                {
                    continue; // Rejected on create and in templates whatever they hold, by another check.
                }

                if (role == ContainerRole.Init)
                {
                    if (!initChecked)
                    {
                        initKnown = Knows(InitContainersPath(prefix));
                        initChecked = true;
                    }

                    if (!initKnown)
                    {
                        continue; // KL1001: the target drops the field.
                    }
                }

                var list = role == ContainerRole.Regular ? ".containers[]" : ".initContainers[]";
                if (ContainerImage.AppliesTo(_minor))
                {
                    RequireString(container.Node, "image", ItemAnchor(container.Node), container.Path, new SchemaPath(prefix, list), "Required value", "set the image the container runs");
                }

                Env(container, prefix, list);
                EnvFromSources(container, prefix, list);
            }

            Volumes(spec, prefix);
        }

        /// <summary>The schema path of a pod spec's init containers, as a constant per kind of pod spec.</summary>
        private static string InitContainersPath(string prefix) => prefix switch
        {
            "spec" => "spec.initContainers",
            "template.spec" => "template.spec.initContainers",
            "spec.jobTemplate.spec.template.spec" => "spec.jobTemplate.spec.template.spec.initContainers",
            _ => "spec.template.spec.initContainers",
        };

        private void Env(ContainerAt container, string prefix, string list)
        {
            if (container.Node.GetSequence("env") is not { } env)
            {
                return;
            }

            for (var i = 0; i < env.Count; i++)
            {
                if (env.Items[i] is not YMapping item || !item.TryGetEntry("valueFrom", out var entry) || entry.Value is not YMapping valueFrom)
                {
                    continue;
                }

                var path = container.Path.Child("env").Index(i).Child("valueFrom");
                if (EnvValueFrom.AppliesTo(_minor) && !HasAny(valueFrom, EnvSources))
                {
                    ReportAt(entry.Key, path, "Invalid value: \"\": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`", "say where the value comes from, or set `value` instead");
                    continue;
                }

                if (!EnvKeySelector.AppliesTo(_minor))
                {
                    continue;
                }

                Selector(valueFrom, "configMapKeyRef", "key", path, new SchemaPath(prefix, list, ".env[].valueFrom.configMapKeyRef"), "name the ConfigMap key to read");
                Selector(valueFrom, "secretKeyRef", "key", path, new SchemaPath(prefix, list, ".env[].valueFrom.secretKeyRef"), "name the Secret key to read");
                Selector(valueFrom, "fieldRef", "fieldPath", path, new SchemaPath(prefix, list, ".env[].valueFrom.fieldRef"), "name the pod field to read, e.g. metadata.name");
                Selector(valueFrom, "resourceFieldRef", "resource", path, new SchemaPath(prefix, list, ".env[].valueFrom.resourceFieldRef"), "name the resource to read, e.g. limits.cpu");
            }
        }

        private void EnvFromSources(ContainerAt container, string prefix, string list)
        {
            if (!EnvFrom.AppliesTo(_minor) || container.Node.GetSequence("envFrom") is not { } envFrom)
            {
                return;
            }

            for (var i = 0; i < envFrom.Count; i++)
            {
                if (envFrom.Items[i] is not YMapping item)
                {
                    continue;
                }

                var path = container.Path.Child("envFrom");
                if (IsNull(item["configMapRef"]) && IsNull(item["secretRef"]))
                {
                    // The apiserver names the list, not the item.
                    ReportAt(item.Count > 0 ? item.Entries[0].Key : item, path, "Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`", "name the ConfigMap or Secret whose keys become variables");
                    continue;
                }

                if (item.TryGetEntry("configMapRef", out var cm) && cm.Value is YMapping configMapRef)
                {
                    RequireString(configMapRef, "name", cm.Key, path.Index(i).Child("configMapRef"), new SchemaPath(prefix, list, ".envFrom[].configMapRef"), "Required value", "name the ConfigMap to read");
                }

                if (item.TryGetEntry("secretRef", out var sr) && sr.Value is YMapping secretRef)
                {
                    RequireString(secretRef, "name", sr.Key, path.Index(i).Child("secretRef"), new SchemaPath(prefix, list, ".envFrom[].secretRef"), "Required value", "name the Secret to read");
                }
            }
        }

        private void Selector(YMapping valueFrom, string source, string field, FieldPath path, SchemaPath schemaOwner, string fix)
        {
            if (valueFrom.TryGetEntry(source, out var entry) && entry.Value is YMapping selector)
            {
                RequireString(selector, field, entry.Key, path.Child(source), schemaOwner, "Required value", fix);
            }
        }

        private void Volumes(PodSpecAt spec, string prefix)
        {
            if (spec.Spec.GetSequence("volumes") is not { } volumes)
            {
                return;
            }

            for (var i = 0; i < volumes.Count; i++)
            {
                if (volumes.Items[i] is not YMapping volume)
                {
                    continue;
                }

                var path = spec.Path.Child("volumes").Index(i);

                // A source written as null is no source: the volume defaults to an emptyDir.
                VolumeSource(volume, "configMap", "name", path, prefix, ConfigMapVolume, "name the ConfigMap to mount");
                VolumeSource(volume, "secret", "secretName", path, prefix, SecretVolume, "name the Secret to mount");
                VolumeSource(volume, "persistentVolumeClaim", "claimName", path, prefix, ClaimVolume, "name the PersistentVolumeClaim to mount");
                VolumeSource(volume, "hostPath", "path", path, prefix, HostPathVolume, "set the node's path to mount");
                VolumeSource(volume, "nfs", "server", path, prefix, NfsVolume, "set the NFS server's host name or address");
                VolumeSource(volume, "nfs", "path", path, prefix, NfsVolume, "set the path the NFS server exports");
                Projected(volume, path, prefix);
            }
        }

        private void Projected(YMapping volume, FieldPath path, string prefix)
        {
            if (!ProjectedSources.AppliesTo(_minor) || volume.GetMapping("projected")?.GetSequence("sources") is not { } sources)
            {
                return;
            }

            for (var j = 0; j < sources.Count; j++)
            {
                if (sources.Items[j] is not YMapping source)
                {
                    continue;
                }

                if (source.TryGetEntry("configMap", out var cm) && cm.Value is YMapping configMap)
                {
                    RequireString(configMap, "name", cm.Key, path.Child("projected").Child("sources").Index(j).Child("configMap"), new SchemaPath(prefix, ".volumes[].projected.sources[].configMap"), "Required value", "name the ConfigMap to project");
                }

                if (source.TryGetEntry("secret", out var sec) && sec.Value is YMapping secret)
                {
                    RequireString(secret, "name", sec.Key, path.Child("projected").Child("sources").Index(j).Child("secret"), new SchemaPath(prefix, ".volumes[].projected.sources[].secret"), "Required value", "name the Secret to project");
                }
            }
        }

        private void VolumeSource(YMapping volume, string source, string field, FieldPath path, string prefix, ValidationSource check, string fix)
        {
            if (check.AppliesTo(_minor) && volume.TryGetEntry(source, out var entry) && entry.Value is YMapping mapping)
            {
                RequireString(mapping, field, entry.Key, path.Child(source), new SchemaPath(prefix, ".volumes[].", source), "Required value", fix);
            }
        }

        private void IndexedJob(string specPath)
        {
            if (!IndexedCompletions.AppliesTo(_minor) || _root.MappingAt(specPath) is not { } spec
                || spec.GetString("completionMode") != "Indexed" || !IsNull(spec["completions"]) || !Knows(specPath + ".completionMode"))
            {
                return;
            }

            var dot = specPath.LastIndexOf('.');
            var owner = dot < 0 ? _root : _root.MappingAt(specPath.AsSpan(0, dot));
            var specKey = owner?.GetKey(dot < 0 ? specPath : specPath[(dot + 1)..]) ?? (YNode)spec;
            ReportAt(specKey, FieldPath.Parse(specPath).Child("completions"), "Required value: when completion mode is Indexed", "set how many indexes the Job runs (completions)");
        }

        // ---- Services and Secrets --------------------------------------------------------------------

        public void Service()
        {
            var spec = _root.GetMapping("spec");
            YNode specAnchor = _root.GetKey("spec") ?? KindAnchor;
            var type = spec?.GetString("type");
            var clusterIP = spec?.GetString("clusterIP") ?? (spec?.GetSequence("clusterIPs") is { Count: > 0 } ips ? (ips.Items[0] as YScalar)?.Value : null);
            if (IsPlaceholder(type) || IsPlaceholder(clusterIP))
            {
                return;
            }

            var specPath = FieldPath.Root("spec");
            var ports = spec?["ports"];
            if (ServicePorts.AppliesTo(_minor) && clusterIP != "None" && type != "ExternalName")
            {
                if (spec is null)
                {
                    ReportAt(specAnchor, specPath.Child("ports"), "Required value", "list the ports the Service exposes, or make it headless (clusterIP: None)");
                }
                else
                {
                    RequireList(spec, "ports", specAnchor, specPath, new SchemaPath("spec"), "Required value", "list the ports the Service exposes, or make it headless (clusterIP: None)");
                }
            }

            if (ServicePortName.AppliesTo(_minor) && ports is YSequence { Count: > 1 } list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list.Items[i] is YMapping port)
                    {
                        RequireString(port, "name", ItemAnchor(port), specPath.Child("ports").Index(i), new SchemaPath("spec.ports[]"), "Required value", "name every port: a Service with more than one port needs a name on each");
                    }
                }
            }

            if (ExternalName.AppliesTo(_minor) && type == "ExternalName")
            {
                var hasEntry = spec!.TryGetEntry("externalName", out var entry);
                var name = spec.GetString("externalName");

                // One trailing dot (a fully qualified name) is dropped before the check.
                if (name is null or "" or ".")
                {
                    ReportAt(hasEntry ? entry.Key : specAnchor, specPath.Child("externalName"), "Required value", "set the DNS name the Service aliases");
                }
            }
        }

        public void Secret()
        {
            var type = _root.GetString("type");
            if (type is null || IsPlaceholder(type) || !SecretKeys.AppliesTo(_minor))
            {
                return;
            }

            var data = _root.GetMapping("data");
            var stringData = _root.GetMapping("stringData");
            YNode anchor = _root.GetKey("data") ?? _root.GetKey("stringData") ?? _root.GetKey("type") ?? KindAnchor;
            switch (type)
            {
                case "kubernetes.io/tls":
                    RequireKey(data, stringData, "tls.crt", anchor, "add the certificate (PEM) under tls.crt");
                    RequireKey(data, stringData, "tls.key", anchor, "add the private key (PEM) under tls.key");
                    break;
                case "kubernetes.io/dockercfg":
                    RequireKey(data, stringData, ".dockercfg", anchor, "add the registry credentials under .dockercfg");
                    break;
                case "kubernetes.io/dockerconfigjson":
                    RequireKey(data, stringData, ".dockerconfigjson", anchor, "add the registry credentials (a config.json) under .dockerconfigjson");
                    break;
                case "kubernetes.io/basic-auth":
                    if (!Has(data, stringData, "username") && !Has(data, stringData, "password"))
                    {
                        // The apiserver names both keys; either one satisfies it, so one finding says so.
                        ReportAt(anchor, FieldPath.Root("data").Key("username"), "Required value", "set username or password (or both): a basic-auth Secret needs at least one");
                    }

                    break;
                case "kubernetes.io/ssh-auth":
                    // This one must also be non-empty.
                    var key = stringData is not null && stringData.TryGetEntry("ssh-privatekey", out var written) ? written.Value
                        : data?["ssh-privatekey"];
                    if (IsNull(key))
                    {
                        ReportAt(anchor, FieldPath.Root("data").Key("ssh-privatekey"), "Required value", "add the private key under ssh-privatekey");
                    }

                    break;
                case "kubernetes.io/service-account-token":
                    const string annotation = "kubernetes.io/service-account.name";
                    var metadata = _root.GetMapping("metadata");
                    var annotations = metadata?.GetMapping("annotations");
                    if (annotations?.GetString(annotation) is not { Length: > 0 })
                    {
                        YNode at = (YNode?)annotations?.GetKey(annotation) ?? metadata?.GetKey("annotations") ?? _root.GetKey("metadata") ?? KindAnchor;
                        ReportAt(at, FieldPath.Root("metadata").Child("annotations").Key(annotation), "Required value", "name the ServiceAccount the token is for in the kubernetes.io/service-account.name annotation");
                    }

                    break;
            }
        }

        private void RequireKey(YMapping? data, YMapping? stringData, string key, YNode anchor, string fix)
        {
            if (!Has(data, stringData, key))
            {
                ReportAt(anchor, FieldPath.Root("data").Key(key), "Required value", fix);
            }
        }

        /// <summary>A key in data or stringData (merged into data before validation); its value may be empty.</summary>
        private static bool Has(YMapping? data, YMapping? stringData, string key) =>
            (data is not null && data.TryGetEntry(key, out _)) || (stringData is not null && stringData.TryGetEntry(key, out _));

        // ---- Storage ---------------------------------------------------------------------------------

        public void Claim()
        {
            var spec = _root.GetMapping("spec");
            YNode specAnchor = _root.GetKey("spec") ?? KindAnchor;
            var specPath = FieldPath.Root("spec");
            if (ClaimAccessModes.AppliesTo(_minor) && IsNull(spec?["accessModes"]))
            {
                ReportAt((YNode?)spec?.GetKey("accessModes") ?? specAnchor, specPath.Child("accessModes"), "Required value: at least 1 access mode is required", "list how the volume is mounted, e.g. [ReadWriteOnce]");
            }

            var resources = spec?.GetMapping("resources");
            var requests = resources?.GetMapping("requests");
            if (ClaimStorage.AppliesTo(_minor) && (requests is null || !requests.TryGetEntry("storage", out _)))
            {
                YNode at = (YNode?)resources?.GetKey("requests") ?? spec?.GetKey("resources") ?? specAnchor;
                ReportAt(at, specPath.Child("resources").Key("storage"), "Required value", "request the size the claim needs under resources.requests.storage");
            }
        }

        public void Volume()
        {
            var spec = _root.GetMapping("spec");
            YNode specAnchor = _root.GetKey("spec") ?? KindAnchor;
            var specPath = FieldPath.Root("spec");
            if (VolumeAccessModes.AppliesTo(_minor) && IsNull(spec?["accessModes"]))
            {
                ReportAt((YNode?)spec?.GetKey("accessModes") ?? specAnchor, specPath.Child("accessModes"), "Required value", "list how the volume may be mounted, e.g. [ReadWriteOnce]");
            }

            if (VolumeCapacity.AppliesTo(_minor) && (IsNull(spec?["capacity"]) || spec?["capacity"] is YMapping { Count: 0 }))
            {
                ReportAt((YNode?)spec?.GetKey("capacity") ?? specAnchor, specPath.Child("capacity"), "Required value", "give the volume's size under capacity.storage");
            }

            if (VolumeType.AppliesTo(_minor) && (spec is null || !HasAny(spec, VolumeSources.Persistent)))
            {
                ReportAt(specAnchor, specPath, "Required value: must specify a volume type", "say where the volume lives (nfs, csi, hostPath, local …)");
            }

            if (LocalNodeAffinity.AppliesTo(_minor) && spec is not null && spec.TryGetEntry("local", out var local) && local.Value is YMapping
                && IsNull(spec["nodeAffinity"]))
            {
                ReportAt((YNode?)spec.GetKey("nodeAffinity") ?? local.Key, specPath.Child("nodeAffinity"), "Required value: Local volume requires node affinity", "pin the volume to its node with nodeAffinity.required");
            }
        }

        // ---- Ingress ---------------------------------------------------------------------------------

        public void Ingress()
        {
            var spec = _root.GetMapping("spec");
            YNode specAnchor = _root.GetKey("spec") ?? KindAnchor;
            var v1 = ctx.Object.Version == "v1";
            var backendField = v1 ? "defaultBackend" : "backend";
            var specPath = FieldPath.Root("spec");
            if (IngressRulesOrBackend.AppliesTo(_minor) && IsNull(spec?["rules"]) && IsNull(spec?[backendField]))
            {
                ReportAt(specAnchor, specPath, v1 ? "Invalid value: either `defaultBackend` or `rules` must be specified" : "Invalid value: either `backend` or `rules` must be specified", $"route at least one rule, or give a {backendField}");
            }

            if (spec is null)
            {
                return;
            }

            var checkBackends = v1 && IngressBackend.AppliesTo(_minor);
            if (checkBackends && spec.TryGetEntry("defaultBackend", out var defaultBackend) && defaultBackend.Value is YMapping backend)
            {
                Backend(backend, defaultBackend.Key, specPath.Child("defaultBackend"), "spec.defaultBackend.service");
            }

            if (spec.GetSequence("rules") is not { } rules)
            {
                return;
            }

            for (var i = 0; i < rules.Count; i++)
            {
                if (rules.Items[i] is not YMapping rule || !rule.TryGetEntry("http", out var httpEntry) || httpEntry.Value is not YMapping http)
                {
                    continue;
                }

                var httpPath = specPath.Child("rules").Index(i).Child("http");
                if (IngressPaths.AppliesTo(_minor))
                {
                    RequireList(http, "paths", httpEntry.Key, httpPath, new SchemaPath("spec.rules[].http"), "Required value", "route at least one path");
                }

                if (!v1 || http.GetSequence("paths") is not { } paths)
                {
                    continue;
                }

                for (var j = 0; j < paths.Count; j++)
                {
                    if (paths.Items[j] is not YMapping path)
                    {
                        continue;
                    }

                    var pathPath = httpPath.Child("paths").Index(j);
                    if (IngressPathType.AppliesTo(_minor))
                    {
                        RequireString(path, "pathType", ItemAnchor(path), pathPath, new SchemaPath("spec.rules[].http.paths[]"), "Required value: pathType must be specified", "say how the path matches: Prefix, Exact or ImplementationSpecific");
                    }

                    if (checkBackends && path.TryGetEntry("backend", out var backendEntry) && backendEntry.Value is YMapping pathBackend)
                    {
                        Backend(pathBackend, backendEntry.Key, pathPath.Child("backend"), "spec.rules[].http.paths[].backend.service");
                    }
                }
            }
        }

        /// <summary>A networking.k8s.io/v1 backend: a service (with a port name or number) or a resource.</summary>
        private void Backend(YMapping backend, YScalar key, FieldPath path, string serviceSchemaPath)
        {
            var service = backend["service"];
            var resource = backend["resource"];
            if (IsNull(service) && IsNull(resource))
            {
                ReportAt(key, path, "Invalid value: \"\": resource or service backend is required", "point the backend at a service (name and port) or a resource");
                return;
            }

            if (service is not YMapping serviceMapping || !IsNull(resource))
            {
                return;
            }

            RequireString(serviceMapping, "name", backend.GetKey("service")!, path.Child("service"), new SchemaPath(serviceSchemaPath), "Required value", "name the Service to route to");
            var port = serviceMapping.GetMapping("port");
            var number = port?["number"];
            if (IsNull(port?["name"]) && (IsNull(number) || number is YScalar { Value: "0" }))
            {
                ReportAt((YNode?)serviceMapping.GetKey("port") ?? backend.GetKey("service")!, path, "Required value: port name or number is required", "give the service port's number or name");
            }
        }

        // ---- RBAC ------------------------------------------------------------------------------------

        public void Rules()
        {
            if (_root.GetSequence("rules") is not { } rules)
            {
                return;
            }

            var rulesPath = FieldPath.Root("rules");
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules.Items[i] is not YMapping rule)
                {
                    continue;
                }

                var path = rulesPath.Index(i);
                var anchor = ItemAnchor(rule);
                if (RuleVerbs.AppliesTo(_minor))
                {
                    RequireList(rule, "verbs", anchor, path, new SchemaPath("rules[]"), "Required value: verbs must contain at least one value", "list the verbs the rule allows, e.g. [get, list, watch]");
                }

                // A rule naming non-resource URLs is a different rule (and forbidden in a Role, which another check reports).
                if (!ResourceRule.AppliesTo(_minor) || !IsNull(rule["nonResourceURLs"]))
                {
                    continue;
                }

                RequireList(rule, "apiGroups", anchor, path, new SchemaPath("rules[]"), "Required value: resource rules must supply at least one api group", "list the API groups of the resources, \"\" for the core group");
                RequireList(rule, "resources", anchor, path, new SchemaPath("rules[]"), "Required value: resource rules must supply at least one resource", "list the resources the rule applies to, e.g. [pods]");
            }
        }

        public void Binding(bool namespaced)
        {
            if (RoleRefName.AppliesTo(_minor) && _root.TryGetEntry("roleRef", out var roleRef) && roleRef.Value is YMapping roleRefMapping)
            {
                RequireString(roleRefMapping, "name", roleRef.Key, FieldPath.Root("roleRef"), new SchemaPath("roleRef"), "Required value", "name the role to bind");
            }

            if (_root.GetSequence("subjects") is not { } subjects)
            {
                return;
            }

            var subjectsPath = FieldPath.Root("subjects");
            for (var i = 0; i < subjects.Count; i++)
            {
                if (subjects.Items[i] is not YMapping subject)
                {
                    continue;
                }

                var path = subjectsPath.Index(i);
                var anchor = ItemAnchor(subject);
                if (SubjectName.AppliesTo(_minor))
                {
                    RequireString(subject, "name", anchor, path, new SchemaPath("subjects[]"), "Required value", "name the user, group or service account");
                }

                if (!namespaced && SubjectNamespace.AppliesTo(_minor) && subject.GetString("kind") == "ServiceAccount")
                {
                    RequireString(subject, "namespace", anchor, path, new SchemaPath("subjects[]"), "Required value", "give the service account's namespace: a cluster-wide binding has none of its own");
                }
            }
        }

        // ---- Helpers ---------------------------------------------------------------------------------

        /// <summary>
        /// Reports <paramref name="field"/> of <paramref name="owner"/> when it is null or an empty string,
        /// or absent — unless the schema of the target requires it there, which KL1005 reports.
        /// </summary>
        private void RequireString(YMapping owner, string field, YNode absentAnchor, FieldPath ownerPath, SchemaPath schemaOwner, string wording, string fix)
        {
            if (owner.TryGetEntry(field, out var entry))
            {
                if (IsNull(entry.Value))
                {
                    ReportAt(entry.Key, ownerPath.Child(field), wording, fix);
                }
            }
            else if (!SchemaRequires(schemaOwner, field))
            {
                ReportAt(absentAnchor, ownerPath.Child(field), wording, fix);
            }
        }

        /// <summary>Like <see cref="RequireString"/>, for a list (or a map) that must have at least one item.</summary>
        private void RequireList(YMapping owner, string field, YNode absentAnchor, FieldPath ownerPath, SchemaPath schemaOwner, string wording, string fix) =>
            RequireString(owner, field, absentAnchor, ownerPath, schemaOwner, wording, fix);

        private void ReportAt(YNode node, FieldPath path, string wording, string fix) =>
            ctx.Report(Rule, node, path, wording, fix);

        /// <summary>True when the target's schema lists <paramref name="field"/> as required in the object at the path.</summary>
        private bool SchemaRequires(SchemaPath owner, string field)
        {
            if (Schema?[owner.ToString()]?.At(_minor) is not { } variant)
            {
                return false;
            }

            return Array.IndexOf(variant.Required, field) >= 0;
        }

        /// <summary>True when the target's schema has a field at the path (else KL1001 reports it and the apiserver drops it).</summary>
        private bool Knows(string path) => Schema?[path]?.At(_minor) is not null;

        /// <summary>The field table the schema walk uses: the written apiVersion's, or that of the one replacing it when the target does not serve it.</summary>
        private KindSchema? Schema
        {
            get
            {
                if (!_schemaLoaded)
                {
                    // The same table the schema walk used: KL1006's replacement when the target does not serve the kind.
                    var served = kind.IsServedIn(_minor) ? kind : FieldChecks.ReplacementFor(ctx, ctx.Object)?.Kind;
                    _schema = served?.Schema;
                    _schemaLoaded = true;
                }

                return _schema;
            }
        }

        /// <summary>Where a finding about a list item points: its <c>name</c> value, else its first key, else the item.</summary>
        private static YNode ItemAnchor(YMapping item) =>
            item["name"] is YScalar { IsNull: false } name && name.Value.Length > 0 ? name
            : item.Count > 0 ? item.Entries[0].Key : item;

        private static bool HasAny(YMapping mapping, string[] keys)
        {
            foreach (var key in keys)
            {
                if (!IsNull(mapping[key]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPlaceholder(string? value) => value is not null && YValues.IsPlaceholder(value);

        /// <summary>
        /// Absent, null, an empty string or an empty list: what the apiserver reads as unset. A mapping, even
        /// an empty one, is set (a struct the decoder allocates); a value of an unexpected shape is KL1003's.
        /// </summary>
        private static bool IsNull(YNode? node) => node switch
        {
            null => true,
            YScalar scalar => scalar.IsNull || scalar.Value.Length == 0,
            YSequence sequence => sequence.Count == 0,
            _ => false,
        };
    }

    /// <summary>A schema path in up to three parts (<c>spec.template.spec</c>, <c>.containers[]</c>, …), joined only when looked up.</summary>
    private readonly record struct SchemaPath(string A, string? B = null, string? C = null)
    {
        public override string ToString() => string.Concat(A, B, C);
    }
}
