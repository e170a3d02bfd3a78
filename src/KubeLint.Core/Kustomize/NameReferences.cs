using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// Once names have their prefixes, suffixes and hashes, references to them are updated (kustomize's
/// <c>FixBackReferences</c>, api/internal/accumulator/namereferencetransformer.go, with the field specs of
/// api/internal/konfig/builtinpluginconsts/namereference.go). The common cases: ConfigMaps and Secrets in pod specs
/// (volumes, projected volumes, env and envFrom of containers and init containers, image pull secrets), service
/// accounts, claim names, Services of Ingress backends and of a StatefulSet, HPA targets, RoleBinding roleRefs and
/// subjects, TLS Secrets of an Ingress. A reference is updated when exactly one object of the referred kind had that
/// name (in the referrer's namespace when several did); the new value keeps the reference's span and file.
/// </summary>
internal static class NameReferences
{
    private sealed record Reference(string Referral, string[] Referrers, string[] Path);

    private static Reference[]? _table;

    private static Reference[] Table => _table ??= Build();

    private static Reference[] Build()
    {
        // Where each kind keeps its pod spec.
        var podSpecs = new (string Kinds, string Path)[]
        {
            ("Pod", "spec"),
            ("PodTemplate", "template/spec"),
            ("Deployment ReplicaSet DaemonSet StatefulSet Job ReplicationController", "spec/template/spec"),
            ("CronJob", "spec/jobTemplate/spec/template/spec"),
        };
        var inPodSpec = new (string Referral, string Path, bool ReplicationController, bool ReplicaSetAndPodTemplate)[]
        {
            ("ConfigMap", "volumes/configMap/name", false, true),
            ("ConfigMap", "volumes/projected/sources/configMap/name", false, true),
            ("Secret", "volumes/secret/secretName", false, true),
            ("Secret", "volumes/projected/sources/secret/name", false, true),
            ("Secret", "imagePullSecrets/name", false, true),
            ("ServiceAccount", "serviceAccountName", true, false),
            ("PersistentVolumeClaim", "volumes/persistentVolumeClaim/claimName", true, false),
        };
        var table = new List<Reference>();
        foreach (var (kinds, prefix) in podSpecs)
        {
            var referrers = kinds.Split(' ');
            foreach (var (referral, path, rc, rsAndTemplate) in inPodSpec)
            {
                var applicable = referrers.Where(k => (rc || k != "ReplicationController") && (rsAndTemplate || k is not ("ReplicaSet" or "PodTemplate"))).ToArray();
                table.Add(new(referral, applicable, TreeEdit.Path($"{prefix}/{path}")));
            }

            var containerRefs = referrers.Where(k => k != "ReplicationController").ToArray();
            foreach (var containers in new[] { "containers", "initContainers" })
            {
                table.Add(new("ConfigMap", containerRefs, TreeEdit.Path($"{prefix}/{containers}/env/valueFrom/configMapKeyRef/name")));
                table.Add(new("ConfigMap", containerRefs, TreeEdit.Path($"{prefix}/{containers}/envFrom/configMapRef/name")));
                table.Add(new("Secret", containerRefs, TreeEdit.Path($"{prefix}/{containers}/env/valueFrom/secretKeyRef/name")));
                table.Add(new("Secret", containerRefs, TreeEdit.Path($"{prefix}/{containers}/envFrom/secretRef/name")));
            }
        }

        table.Add(new("Secret", ["Ingress"], TreeEdit.Path("spec/tls/secretName")));
        table.Add(new("Secret", ["ServiceAccount"], TreeEdit.Path("imagePullSecrets/name")));
        table.Add(new("Service", ["StatefulSet"], TreeEdit.Path("spec/serviceName")));
        foreach (var path in new[] { "spec/rules/http/paths/backend/serviceName", "spec/backend/serviceName", "spec/rules/http/paths/backend/service/name", "spec/defaultBackend/service/name" })
        {
            table.Add(new("Service", ["Ingress"], TreeEdit.Path(path)));
        }

        foreach (var target in new[] { "Deployment", "ReplicationController", "ReplicaSet", "StatefulSet" })
        {
            table.Add(new(target, ["HorizontalPodAutoscaler"], TreeEdit.Path("spec/scaleTargetRef/name")));
        }

        table.Add(new("Role", ["RoleBinding"], TreeEdit.Path("roleRef/name")));
        table.Add(new("ClusterRole", ["RoleBinding", "ClusterRoleBinding"], TreeEdit.Path("roleRef/name")));
        return [.. table];
    }

    public static void Fix(List<BuiltResource> resources)
    {
        var renamed = resources.Where(r => r.Names.Count > 1 || r.Namespace != r.OriginalNamespace).ToList();
        if (renamed.Count == 0)
        {
            return;
        }

        foreach (var referrer in resources)
        {
            foreach (var reference in Table)
            {
                if (Array.IndexOf(reference.Referrers, referrer.Kind) < 0 || !renamed.Exists(r => r.Kind == reference.Referral))
                {
                    continue;
                }

                var parentKind = ParentKind(reference);
                TreeEdit.At(referrer, reference.Path[..^1], parent => Update(referrer, parent as YMapping, reference, parentKind, renamed), null);
            }

            if (referrer.Kind is "RoleBinding" or "ClusterRoleBinding")
            {
                TreeEdit.At(referrer, ["subjects"], subject => Subject(referrer, subject as YMapping, renamed), null);
            }
        }
    }

    /// <summary>The field beside the name that says the referred kind (a roleRef's or scaleTargetRef's <c>kind</c>).</summary>
    private static string? ParentKind(Reference reference) =>
        reference.Path[0] is "roleRef" || (reference.Path.Length > 1 && reference.Path[1] == "scaleTargetRef") ? "kind" : null;

    private static YMapping? Update(BuiltResource referrer, YMapping? parent, Reference reference, string? kindField, List<BuiltResource> renamed)
    {
        var field = reference.Path[^1];
        if (parent?[field] is not YScalar { IsNull: false } value
            || (kindField is not null && parent.GetString(kindField) != reference.Referral)
            || Find(renamed, reference.Referral, value.Value, referrer.Namespace) is not { } referral
            || referral.Name == value.Value)
        {
            return null;
        }

        var replaced = TreeEdit.Keep(referrer, YBuild.String(referral.Name, value.Span), value);
        return TreeEdit.Keep(referrer, YBuild.With(parent, parent.GetKey(field)!, replaced), parent);
    }

    /// <summary>A ServiceAccount subject gets the account's new name and namespace.</summary>
    private static YMapping? Subject(BuiltResource referrer, YMapping? subject, List<BuiltResource> renamed)
    {
        if (subject?.GetString("kind") != "ServiceAccount" || subject["name"] is not YScalar { IsNull: false } name
            || Find(renamed, "ServiceAccount", name.Value, subject.GetString("namespace") ?? referrer.Namespace) is not { } account)
        {
            return null;
        }

        var result = account.Name == name.Value ? subject : YBuild.With(subject, subject.GetKey("name")!, TreeEdit.Keep(referrer, YBuild.String(account.Name, name.Span), name));
        if (account.Namespace is { } ns && subject.GetString("namespace") != ns)
        {
            // The subject follows the account into its namespace, written or not (kubectl kustomize 5.5 does so).
            var at = (YNode?)subject["namespace"] ?? name;
            var key = subject.GetKey("namespace") ?? TreeEdit.Keep(referrer, new YScalar("namespace", YScalarStyle.Plain, at.Span), at);
            result = YBuild.With(result, key, TreeEdit.Keep(referrer, YBuild.String(ns, at.Span), at));
        }

        if (ReferenceEquals(result, subject))
        {
            return null;
        }

        return TreeEdit.Keep(referrer, result, subject);
    }

    private static BuiltResource? Find(List<BuiltResource> renamed, string kind, string name, string? ns)
    {
        BuiltResource? only = null;
        var count = 0;
        foreach (var candidate in renamed)
        {
            if (candidate.Kind == kind && candidate.Names.Contains(name))
            {
                only = candidate;
                count++;
            }
        }

        if (count <= 1)
        {
            return only;
        }

        var inNamespace = renamed.Where(c => c.Kind == kind && c.Names.Contains(name) && c.Namespace == ns).ToList();
        return inNamespace.Count == 1 ? inNamespace[0] : null;
    }
}
