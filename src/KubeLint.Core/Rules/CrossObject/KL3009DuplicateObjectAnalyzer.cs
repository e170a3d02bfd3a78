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
        var first = new Dictionary<string, KubeObject>(StringComparer.Ordinal);
        Dictionary<string, bool>? kustomizeFolders = null;
        foreach (var obj in ctx.Workspace.Objects)
        {
            if (obj.Name is not { Length: > 0 } || ConfigurationKinds.IsConfigurationFile(obj) || obj.Metadata?["name"] is not YScalar name)
            {
                continue;
            }

            var key = ObjectIdentity.Key(obj);
            if (!first.TryAdd(key, obj))
            {
                var earlier = first[key];
                kustomizeFolders ??= new Dictionary<string, bool>(StringComparer.Ordinal);
                if (InKustomization(earlier.File, kustomizeFolders) || InKustomization(obj.File, kustomizeFolders))
                {
                    continue;
                }

                var at = Location.Of(earlier, earlier.Metadata?["name"] ?? earlier.Root);
                var scope = ObjectIdentity.IsClusterScoped(obj) ? string.Empty : $" in namespace \"{obj.EffectiveNamespace}\"";
                var versions = earlier.ApiVersion == obj.ApiVersion ? string.Empty : $" (as {earlier.ApiVersion} and {obj.ApiVersion}, one resource to the apiserver)";
                var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, name), obj, [at], obj.DisplayName, scope + versions, at);
                ctx.ReportDiagnostic(SameFolder(earlier.File, obj.File) ? diagnostic : diagnostic.WithDefaultSeverity(DiagnosticSeverity.Info));
            }
        }
    }

    private static bool SameFolder(SourceFile a, SourceFile b) =>
        string.Equals(Path.GetDirectoryName(a.FullPath), Path.GetDirectoryName(b.FullPath), StringComparison.Ordinal);

    /// <summary>Whether the file's folder holds a kustomization file (kustomize's api/konfig/general.go,
    /// <c>RecognizedKustomizationFileNames</c>: kustomization.yaml, kustomization.yml, Kustomization). Asked only for
    /// duplicates, once per folder.</summary>
    private static bool InKustomization(SourceFile file, Dictionary<string, bool> folders)
    {
        string? folder;
        try
        {
            folder = Path.GetDirectoryName(file.FullPath);
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
