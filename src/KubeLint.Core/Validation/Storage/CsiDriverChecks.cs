using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/storage/validation/validation.go: validateCSIDriverSpec — validateFSGroupPolicy (one of
/// ReadWriteOnceWithFSType, File, None), validateTokenRequests (each audience once, an expiration of 10 minutes to
/// 2^32 seconds). The booleans it requires are defaulted (SetDefaults_CSIDriver), and unknown volumeLifecycleModes
/// are KL1004's.
/// </summary>
internal static class CsiDriverChecks
{
    private const string File = "pkg/apis/storage/validation/validation.go";

    /// <summary>fsGroupPolicy: alpha 1.19 (off: dropped), beta and on from 1.20.</summary>
    public static readonly ValidationSource FsGroupPolicy = new(File, "validateFSGroupPolicy (supportedFSGroupPolicy)", Since: 20);

    /// <summary>tokenRequests: CSIServiceAccountToken, alpha 1.20 (off: dropped), beta and on from 1.21.</summary>
    public static readonly ValidationSource TokenRequests = new(File, "validateTokenRequests", Since: 21);

    private const long MinExpiration = 10 * 60;
    private const long MaxExpiration = 1L << 32;

    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        if (findings.Enforced(FsGroupPolicy) && BuiltInKindChecks.Text(spec["fsGroupPolicy"]) is { } policy
            && policy.Value is not ("ReadWriteOnceWithFSType" or "File" or "None"))
        {
            findings.Add(ApiserverProblem.InvalidValue, policy, specPath.Child("fsGroupPolicy"),
                $"Unsupported value: \"{policy.Value}\": supported values: \"File\", \"None\", \"ReadWriteOnceWithFSType\"",
                "give File, None or ReadWriteOnceWithFSType (the default)");
        }

        if (findings.Enforced(TokenRequests) && spec.GetSequence("tokenRequests") is { } requests)
        {
            Tokens(requests, specPath.Child("tokenRequests"), findings);
        }
    }

    private static void Tokens(YSequence requests, FieldPath path, KindFindings findings)
    {
        var audiences = new Dictionary<string, YNode>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests.Items[i] is not YMapping request)
            {
                continue;
            }

            // An absent audience is the empty one (the API server's own); it too may appear once.
            var audienceNode = request["audience"];
            if (audienceNode is YScalar written && YValues.IsPlaceholder(written.Value))
            {
                continue;
            }

            var audience = audienceNode is YScalar { IsNull: false } text ? text.Value : string.Empty;
            if (audiences.TryGetValue(audience, out var first))
            {
                findings.Add(ApiserverProblem.Duplicate, audienceNode ?? BuiltInKindChecks.Anchor(request), path.Index(i).Child("audience"), $"Duplicate value: \"{audience}\"",
                    "request one token per audience", first);
                continue;
            }

            audiences[audience] = audienceNode ?? BuiltInKindChecks.Anchor(request);
            if (request["expirationSeconds"] is YScalar seconds && YValues.TryGetInt(seconds, out var value))
            {
                if (value < MinExpiration)
                {
                    findings.Add(ApiserverProblem.OutOfRange, seconds, path.Index(i).Child("expirationSeconds"), $"Invalid value: {value}: may not specify a duration less than 10 minutes",
                        "give 600 seconds or more");
                }
                else if (value > MaxExpiration)
                {
                    findings.Add(ApiserverProblem.OutOfRange, seconds, path.Index(i).Child("expirationSeconds"), $"Invalid value: {value}: may not specify a duration larger than 2^32 seconds",
                        "give at most 4294967296 seconds");
                }
            }
        }
    }
}
