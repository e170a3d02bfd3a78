using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3009: one object (resource, namespace, name) defined twice in one run. The apiserver stores one object per
/// resource, namespace and name, whatever the apiVersion (<see cref="ObjectIdentity"/>), so <c>kubectl apply</c> of
/// both keeps whichever came last. Files in a kustomization's folder are left out: there a second definition is
/// usually a patch of the first. Two definitions in different folders are an info, not a warning: repositories keep
/// one folder per environment or per example (<c>deploy/dev/web.yaml</c>, <c>deploy/prod/web.yaml</c>), applied
/// one at a time; in one folder they are applied together (<c>kubectl apply -f folder</c>).
/// </summary>
internal sealed class KL3009DuplicateObjectAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3009",
        "Object defined twice",
        "{0} is defined twice{1}: the first definition is at {2}, and applying both keeps only the one applied last",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext ctx)
    {
        var first = new Dictionary<string, ObjectRecord>(StringComparer.Ordinal);
        Dictionary<string, bool>? kustomizeFolders = null;
        foreach (var obj in ctx.Workspace.Index.Records)
        {
            if (obj.Name is not { Length: > 0 } || obj.IsConfigurationFile || obj.NameLocation is not { } name)
            {
                continue;
            }

            var key = ObjectIdentity.Key(obj);
            if (!first.TryAdd(key, obj))
            {
                var earlier = first[key];
                kustomizeFolders ??= new Dictionary<string, bool>(StringComparer.Ordinal);
                if (InKustomization(earlier.FileFullPath, kustomizeFolders) || InKustomization(obj.FileFullPath, kustomizeFolders))
                {
                    continue;
                }

                var at = earlier.NameLocation ?? earlier.RootLocation;
                var scope = ObjectIdentity.IsClusterScoped(obj) ? string.Empty : $" in namespace \"{obj.EffectiveNamespace}\"";
                var versions = earlier.ApiVersion == obj.ApiVersion ? string.Empty : $" (as {earlier.ApiVersion} and {obj.ApiVersion}, one resource to the apiserver)";
                var diagnostic = Diagnostic.Create(Rule, name, obj.Subject, [at], obj.DisplayName, scope + versions, at);
                ctx.ReportDiagnostic(SameFolder(earlier.FileFullPath, obj.FileFullPath) ? diagnostic : diagnostic.WithDefaultSeverity(DiagnosticSeverity.Info));
            }
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetDirectoryName(a), Path.GetDirectoryName(b), StringComparison.Ordinal);

    /// <summary>Whether the file's folder holds a kustomization file (kustomize's api/konfig/general.go,
    /// <c>RecognizedKustomizationFileNames</c>: kustomization.yaml, kustomization.yml, Kustomization). Asked only for
    /// duplicates, once per folder.</summary>
    private static bool InKustomization(string fullPath, Dictionary<string, bool> folders)
    {
        string? folder;
        try
        {
            folder = Path.GetDirectoryName(fullPath);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (string.IsNullOrEmpty(folder))
        {
            return false; // standard input
        }

        if (!folders.TryGetValue(folder, out var found))
        {
            found = File.Exists(Path.Combine(folder, "kustomization.yaml")) || File.Exists(Path.Combine(folder, "kustomization.yml"))
                || File.Exists(Path.Combine(folder, "Kustomization"));
            folders[folder] = found;
        }

        return found;
    }
}
