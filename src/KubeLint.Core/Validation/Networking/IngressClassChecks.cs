using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Networking;

/// <summary>
/// pkg/apis/networking/validation/validation.go: validateIngressClassSpec (the controller, a domain-prefixed
/// path of at most 250 characters) and validateIngressClassParametersReference (the parameters' kind, name,
/// group and, for namespaced parameters, their namespace). IngressClass is 1.18's.
/// </summary>
internal static class IngressClassChecks
{
    private const string File = "pkg/apis/networking/validation/validation.go";

    /// <summary>validateIngressClassSpec: controller required, at most 250, IsDomainPrefixedPath.</summary>
    public static readonly ValidationSource Controller = new(File, "validateIngressClassSpec (validation.IsDomainPrefixedPath)", Since: 18);

    /// <summary>validateIngressTypedLocalObjectReference / validateIngressClassParametersReference: kind and name path segments, apiGroup a DNS subdomain.</summary>
    public static readonly ValidationSource Parameters = new(File, "validateIngressClassParametersReference (IsPathSegmentName, IsDNS1123Subdomain)", Since: 18);

    /// <summary>scope and namespace: IngressClassNamespacedParams, beta and on by default from 1.22 (the fields are dropped before).</summary>
    public static readonly ValidationSource Scope = new(File, "validateIngressClassParametersReference (scope, namespace)", Since: 22);

    private const int MaxControllerLength = 250;
    private const string ControllerFix = "name the controller that implements the class, e.g. example.com/ingress-controller";

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return; // an IngressClass without spec: KL1005 (the schema requires spec)
        }

        var specPath = FieldPath.Root("spec");
        if (findings.Enforced(Controller) && spec.TryGetEntry("controller", out var controllerEntry))
        {
            if (BuiltInKindChecks.Text(controllerEntry.Value) is { } controller)
            {
                ControllerName(controllerEntry.Key, controller, specPath.Child("controller"), findings);
            }
            else if (controllerEntry.Value is YScalar { IsNull: true })
            {
                findings.Add(ApiserverProblem.Required, controllerEntry.Key, specPath.Child("controller"), "Required value", ControllerFix);
            }
        }
        else if (findings.Enforced(Controller) && !HasPlaceholderKey(spec))
        {
            // The schema leaves controller optional; validateIngressClassSpec requires it.
            findings.Add(ApiserverProblem.Required, root.GetKey("spec")!, specPath.Child("controller"), "Required value", ControllerFix);
        }

        if (findings.Enforced(Parameters) && spec.GetMapping("parameters") is { } parameters)
        {
            ParametersReference(spec.GetKey("parameters")!, parameters, specPath.Child("parameters"), findings);
        }
    }

    private static void ControllerName(YScalar key, YScalar controller, FieldPath path, KindFindings findings)
    {
        var value = controller.Value;
        if (value.Length == 0)
        {
            findings.Add(ApiserverProblem.Required, key, path, "Required value", ControllerFix);
            return;
        }

        if (value.Length > MaxControllerLength)
        {
            findings.Add(ApiserverProblem.OutOfRange, controller, path, $"Too long: must have at most {MaxControllerLength} bytes", "shorten the controller name");
        }

        // validation.IsDomainPrefixedPath: a DNS subdomain, '/', then a non-empty path of RFC 3986 path characters.
        var slash = value.IndexOf('/');
        if (slash <= 0 || slash == value.Length - 1)
        {
            findings.Invalid(ApiserverProblem.InvalidValue, controller, path, "must be a domain-prefixed path (such as \"acme.io/foo\")",
                "write the controller as a domain you own, '/', and a name, e.g. example.com/ingress-controller");
            return;
        }

        var host = value[..slash];
        if (KubernetesNames.CheckDns1123Subdomain(host) is { } hostProblem)
        {
            findings.Add(ApiserverProblem.InvalidValue, controller, path, $"Invalid value: \"{host}\": {hostProblem}", "write the domain part in lower case, e.g. example.com/ingress-controller");
        }

        var rest = value[(slash + 1)..];
        if (!IsHttpPath(rest))
        {
            findings.Add(ApiserverProblem.InvalidValue, controller, path, $"Invalid value: \"{rest}\": Invalid path: must consist of letters, digits and the characters /-._~%!$&'()*+,;=:",
                "write the path part without spaces or other characters a URL path cannot hold");
        }
    }

    private static void ParametersReference(YScalar key, YMapping parameters, FieldPath path, KindFindings findings)
    {
        if (BuiltInKindChecks.Text(parameters["apiGroup"]) is { Value.Length: > 0 } group && KubernetesNames.CheckDns1123Subdomain(group.Value) is { } groupProblem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, group, path.Child("apiGroup"), groupProblem, "give the API group of the parameters' kind, e.g. k8s.example.com");
        }

        foreach (var field in (ReadOnlySpan<string>)["kind", "name"])
        {
            if (!parameters.TryGetEntry(field, out var entry) || BuiltInKindChecks.Text(entry.Value) is not { } text)
            {
                continue; // absent: KL1005 (the schema requires both)
            }

            if (text.Value.Length == 0)
            {
                findings.Add(ApiserverProblem.Required, entry.Key, path.Child(field), "Required value", field == "kind" ? "name the kind of the parameters object" : "name the parameters object");
            }
            else if (KubernetesNames.CheckPathSegment(text.Value) is { } segmentProblem)
            {
                findings.Invalid(ApiserverProblem.InvalidName, text, path.Child(field), segmentProblem, "a kind or name cannot hold '/' or '%', nor be '.' or '..'");
            }
        }

        if (!findings.Enforced(Scope))
        {
            return;
        }

        // v1 and v1beta1 default an absent scope to Cluster; any other value is refused (supportedIngressClassParametersReferenceScopes).
        var scopeNode = BuiltInKindChecks.Text(parameters["scope"]);
        var scope = scopeNode?.Value ?? "Cluster";
        if (scopeNode is not null && scope is not ("Cluster" or "Namespace"))
        {
            findings.Add(ApiserverProblem.InvalidValue, scopeNode, path.Child("scope"), $"Unsupported value: \"{scope}\": supported values: \"Cluster\", \"Namespace\"",
                "give Cluster (a cluster-scoped parameters object) or Namespace (with its namespace)");
            return;
        }

        var hasNamespace = parameters.TryGetEntry("namespace", out var namespaceEntry) && namespaceEntry.Value is YScalar { IsNull: false };
        if (scope == "Namespace" && !hasNamespace)
        {
            findings.Add(ApiserverProblem.Required, parameters.GetKey("scope") ?? key, path.Child("namespace"), "Required value: `parameters.scope` is set to 'Namespace'",
                "give the namespace the parameters object lives in");
        }
        else if (scope == "Namespace" && BuiltInKindChecks.Text(namespaceEntry.Value) is { } ns && KubernetesNames.CheckDns1123Label(ns.Value) is { } nsProblem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, ns, path.Child("namespace"), nsProblem, "name an existing namespace (a DNS label)");
        }
        else if (scope == "Cluster" && hasNamespace)
        {
            findings.Add(ApiserverProblem.Forbidden, namespaceEntry.Key, path.Child("namespace"), "Forbidden: `parameters.scope` is set to 'Cluster'",
                "remove namespace, or set scope: Namespace for a namespaced parameters object");
        }
    }

    /// <summary>A templated spec (a key such as <c>{{ .Values.spec }}</c>) may carry the controller itself.</summary>
    private static bool HasPlaceholderKey(YMapping map)
    {
        foreach (var entry in map.Entries)
        {
            if (YValues.IsPlaceholder(entry.Key.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[A-Za-z0-9/\-._~%!$&amp;'()*+,;=:]+</c>, apimachinery's httpPathFmt.</summary>
    private static bool IsHttpPath(string path)
    {
        foreach (var c in path)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "/-._~%!$&'()*+,;=:".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return path.Length > 0;
    }
}
