using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeLint.Core.CustomRules;

/// <summary>Compiles custom rule files with Roslyn, in memory, against KubeLint's rule API and the
/// BCL only. Kept apart from <see cref="CustomRuleLoader"/> so that a cached run never loads Roslyn.</summary>
internal static class CustomRuleCompiler
{
    /// <summary>The BCL assemblies a rule may use; everything else is out of reach on purpose.</summary>
    private static readonly string[] BclAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Collections.Immutable",
        "System.Linq", "System.Text.RegularExpressions", "System.Memory", "System.Runtime.Extensions", "System.Net.Primitives",
    ];

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Collections.Immutable;
        global using System.Linq;
        global using KubeLint.Core.Analysis;
        global using KubeLint.Core.Diagnostics;
        global using KubeLint.Core.Model;
        global using KubeLint.Core.Yaml;
        """;

    public static string CompilerVersion => typeof(CSharpCompilation).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The assembly's bytes, or null with the compiler's errors.</summary>
    public static byte[]? Compile(string assemblyName, IReadOnlyList<CustomRuleSource> sources, List<CustomRuleProblem> problems)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.FullPath, System.Text.Encoding.UTF8))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, options, "KubeLint.GlobalUsings.g.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        var byPath = sources.ToDictionary(s => s.FullPath, StringComparer.Ordinal);
        foreach (var error in emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var span = error.Location.GetLineSpan();
            var source = byPath.GetValueOrDefault(span.Path);
            problems.Add(new CustomRuleProblem(
                source?.DisplayPath ?? span.Path,
                source?.FullPath ?? span.Path,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1,
                $"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        return emit.Success ? stream.ToArray() : null;
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .DistinctBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);
        var references = BclAssemblies
            .Where(trusted.ContainsKey)
            .Select(name => (MetadataReference)MetadataReference.CreateFromFile(trusted[name]))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(KubeAnalyzer).Assembly.Location));
        return [.. references];
    }
}
