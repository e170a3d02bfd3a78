using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Node;

/// <summary>
/// pkg/apis/node/validation/validation.go: ValidateRuntimeClass → the handler a DNS label (NameIsDNSLabel),
/// for node.k8s.io/v1beta1 (1.14) and v1 (1.20), whose <c>handler</c> is a top-level field. v1alpha1 keeps it
/// under spec.runtimeHandler and is left alone.
/// </summary>
internal static class RuntimeClassChecks
{
    public static readonly ValidationSource Handler = new("pkg/apis/node/validation/validation.go", "ValidateRuntimeClass (NameIsDNSLabel of handler)", Since: 14);

    public static void Check(YMapping root, KindFindings findings)
    {
        if (findings.Enforced(Handler) && BuiltInKindChecks.Text(root["handler"]) is { } handler && KubernetesNames.CheckDns1123Label(handler.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, handler, FieldPath.Root("handler"), problem,
                "name the CRI handler as the container runtime's configuration does (lower-case letters, digits and '-', e.g. runc or kata)");
        }
    }
}
