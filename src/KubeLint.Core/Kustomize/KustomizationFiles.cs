namespace KubeLint.Core.Kustomize;

/// <summary>The file names that make a folder a kustomization, in the order kustomize tries them
/// (kubernetes-sigs/kustomize api/konfig/general.go, <c>RecognizedKustomizationFileNames</c>).</summary>
internal static class KustomizationFiles
{
    public static readonly string[] Names = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <summary>The plain path's only cost: an ordinal compare of a file name.</summary>
    public static bool IsKustomizationName(string fileName) =>
        fileName is "kustomization.yaml" or "kustomization.yml" or "Kustomization";

    /// <summary>The kustomization file of <paramref name="folder"/>, or null. kustomize refuses a folder holding more than
    /// one (api/internal/target/kusttarget.go, <c>loadKustFile</c>); <paramref name="several"/> says so.</summary>
    public static string? FindIn(string folder, out bool several)
    {
        string? found = null;
        several = false;
        foreach (var name in Names)
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                several |= found is not null;
                found ??= path;
            }
        }

        return found;
    }
}
