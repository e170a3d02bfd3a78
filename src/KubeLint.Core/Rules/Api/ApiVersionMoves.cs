using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// The fix shared by KL1006 (not served) and KL1007 (deprecated): the apiVersion changed to
/// <c>replacement</c> where <see cref="PlainApiVersionRenames"/> says the move is that alone, and for a
/// workload moving to <c>apps/v1</c> without a selector, the <c>spec.selector</c> its old version defaulted
/// (<see cref="SelectorInsertion"/>). Fields the new version lacks are KL1001's to fix on the next pass.
/// </summary>
internal static class ApiVersionMoves
{
    public static CodeFix? For(FixContext context, string replacement, string equivalenceKey)
    {
        var diagnostic = context.Diagnostic;
        if (context.Object is not { } obj
            || !obj.Root.TryGetEntry("apiVersion", out var entry)
            || entry.Value is not YScalar value || value.Span != diagnostic.Location.Span
            || ScalarEdits.ReplaceValue(context, value, replacement) is not { } rename)
        {
            return null;
        }

        if (obj.Kind == "PodDisruptionBudget" && obj.ApiVersion == "policy/v1beta1" && replacement == "policy/v1")
        {
            // policy/v1 reads an empty selector as every pod of the namespace, policy/v1beta1 as none
            // (k8s.io/api policy/v1beta1 types.go, PodDisruptionBudgetSpec.Selector): only a selector that names
            // labels or expressions means the same in both.
            return obj.Root.GetMapping("spec")?.GetMapping("selector") is { } podSelector
                && (podSelector["matchLabels"] is YMapping { Count: > 0 } || podSelector["matchExpressions"] is YSequence { Count: > 0 })
                ? new CodeFix($"Change apiVersion to {replacement}", equivalenceKey, [rename])
                : null;
        }

        if (IngressMigration.Applies(obj, replacement))
        {
            return IngressMigration.Edits(context, obj) is { } edits
                ? new CodeFix($"Change apiVersion to {replacement}, with backends as service.name and service.port and a pathType for each path", equivalenceKey, [rename, .. edits])
                : null;
        }

        if (!PlainApiVersionRenames.IsRename(obj.Kind, obj.ApiVersion, replacement))
        {
            return null;
        }

        var hasSelector = obj.Root.GetMapping("spec")?["selector"] is YMapping { Count: > 0 };
        if (!PlainApiVersionRenames.NeedsSelector(obj.Kind, replacement, hasSelector))
        {
            return new CodeFix($"Change apiVersion to {replacement}", equivalenceKey, [rename]);
        }

        return SelectorInsertion.For(context, obj) is { } selector
            ? new CodeFix($"Change apiVersion to {replacement}, with spec.selector.matchLabels from the template's labels", equivalenceKey, [rename, selector])
            : null;
    }
}
