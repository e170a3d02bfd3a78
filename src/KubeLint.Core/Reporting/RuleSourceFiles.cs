using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.Reporting;

/// <summary>Custom rule sources for the text format's source line and caret: KL9002 (and KL9003, KL9004) point into
/// <c>.cs</c> files, which are no manifests and were not loaded with them. Read only when such a finding is printed.</summary>
internal static class RuleSourceFiles
{
    public static void AddTo(Dictionary<string, SourceFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.FullPath;
            if (diagnostic.Descriptor.Category != RuleCategories.Engine || !path.EndsWith(".cs", StringComparison.Ordinal) || files.ContainsKey(path))
            {
                continue;
            }

            try
            {
                files[path] = new SourceFile(diagnostic.Location.Path, path) { Text = new SourceText(File.ReadAllText(path)) };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Printed without its source line.
            }
        }
    }
}
