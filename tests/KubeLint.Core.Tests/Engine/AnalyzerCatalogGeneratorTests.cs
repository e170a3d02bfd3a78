using KubeLint.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeLint.Core.Tests.Engine;

/// <summary>The generator on small compilations: which classes it lists, in which order, and that it writes
/// nothing where there is no catalog to complete. <c>AnalyzerCatalogTests</c> checks its output on Core itself.</summary>
public class AnalyzerCatalogGeneratorTests
{
    private const string Framework = """
        namespace KubeLint.Core.Analysis { public abstract class KubeAnalyzer { } }
        namespace KubeLint.Core.Engine
        {
            internal static partial class AnalyzerCatalog
            {
                public static partial System.Collections.Generic.IReadOnlyList<KubeLint.Core.Analysis.KubeAnalyzer> CreateBuiltIns();
            }
        }
        """;

    private const string Rules = """
        using KubeLint.Core.Analysis;
        namespace Rules.B { public sealed class Zeta : KubeAnalyzer { } }
        namespace Rules.A
        {
            internal sealed class Internal : KubeAnalyzer { }
            public abstract class Base : KubeAnalyzer { }
            public sealed class Derived : Base { }
            public sealed class NeedsArgument : KubeAnalyzer { public NeedsArgument(int x) { } }
            public sealed class Generic<T> : KubeAnalyzer { }
            public sealed class Partial : KubeAnalyzer { }
            public partial class Split : KubeAnalyzer { }
            public partial class Split { }
            public sealed class NotAnAnalyzer : System.Exception { }
            internal static class Outer
            {
                public sealed class Nested : KubeAnalyzer { }
                private sealed class Hidden : KubeAnalyzer { }
            }
        }
        """;

    [Fact]
    public void Lists_every_creatable_analyzer_public_or_internal_in_ordinal_full_name_order()
    {
        var (generated, diagnostics) = Run(Framework, Rules);

        Assert.Empty(diagnostics);
        var created = generated.Single().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("new ", StringComparison.Ordinal));
        Assert.Equal(
            [
                "new global::Rules.A.Derived(),",
                "new global::Rules.A.Internal(),",
                "new global::Rules.A.Outer.Nested(),",
                "new global::Rules.A.Partial(),",
                "new global::Rules.A.Split(),",
                "new global::Rules.B.Zeta(),",
            ],
            created);
    }

    [Fact]
    public void Writes_nothing_into_a_compilation_without_the_catalog_even_when_a_reference_has_one()
    {
        // Custom rules compile against KubeLint.Core, which declares the catalog: theirs is not to be completed.
        var core = Compile("Core", [Framework], []).ToMetadataReference();
        var (generated, diagnostics) = Run([Rules], [core]);

        Assert.Empty(diagnostics);
        Assert.Empty(generated);
    }

    private static (IReadOnlyList<string> Generated, IReadOnlyList<Diagnostic> Errors) Run(params string[] sources) => Run(sources, []);

    /// <summary>Runs the generator and compiles the result: its text, and the errors of the whole compilation.</summary>
    private static (IReadOnlyList<string> Generated, IReadOnlyList<Diagnostic> Errors) Run(string[] sources, MetadataReference[] references)
    {
        var compilation = Compile("Catalog", sources, references);
        CSharpGeneratorDriver.Create(new AnalyzerCatalogGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorErrors);
        var errors = generatorErrors.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var generated = output.SyntaxTrees.Skip(sources.Length).Select(t => t.ToString()).ToList();
        return (generated, errors);
    }

    private static CSharpCompilation Compile(string name, string[] sources, MetadataReference[] references) =>
        CSharpCompilation.Create(
            name,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            FrameworkReferences().Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The runtime's own assemblies: KubeLint.Core is left out, so its real catalog is not in sight.</summary>
    private static IEnumerable<MetadataReference> FrameworkReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
}
