namespace KubeLint.Core.Validation;

/// <summary>
/// Where an apiserver check comes from in the Kubernetes sources (file and function) and the minors
/// whose apiserver enforces it, carried beside the check so that version-dependent rules say both.
/// </summary>
/// <param name="File">The source file, e.g. <c>pkg/apis/core/validation/validation.go</c>.</param>
/// <param name="Function">The function that enforces it, e.g. <c>validateContainers</c>.</param>
/// <param name="Since">The first minor that enforces it.</param>
/// <param name="Until">The last minor that enforces it (a rule relaxed later), inclusive.</param>
internal sealed record ValidationSource(string File, string Function, int Since = 5, int Until = int.MaxValue)
{
    /// <summary>True when the apiserver of <paramref name="minor"/> enforces the check.</summary>
    public bool AppliesTo(int minor) => minor >= Since && minor <= Until;

    public override string ToString() => $"{File}: {Function}";
}
