using System.Reflection;
using System.Text.RegularExpressions;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

/// <summary>
/// Holds the line the compact index draws (issue #19): what the cross-object rules keep of other objects holds no
/// tree, and rules reach other objects through the index's records, never their trees, unless they are marked
/// <see cref="ReadsWholeTreesAttribute"/>. The next step drops trees after per-object analysis; these fail first.
/// </summary>
public partial class IndexGuardTests
{
    /// <summary>Types that reach a tree: a node, or an object, document or file (which hold their nodes).</summary>
    private static readonly Type[] TreeTypes = [typeof(YNode), typeof(KubeObject), typeof(SourceDocument), typeof(SourceFile)];

    private static readonly Assembly Core = typeof(ObjectIndex).Assembly;

    [Fact]
    public void Index_and_the_facts_built_from_it_hold_no_tree()
    {
        // Each exemption is a reference the records need for now, with its reason.
        var exempt = new HashSet<string>(StringComparer.Ordinal)
        {
            "ObjectIndex._fileOrdinals", // files by identity, to map the querying object's file; files outlive the index
        };
        Type[] roots =
        [
            typeof(ObjectIndex),
            Core.GetType("KubeLint.Core.Rules.CrossObject.CustomResourceNamespaces", throwOnError: true)!,
            Core.GetType("KubeLint.Core.Rules.BestPractice.AutoscalerTargets", throwOnError: true)!,
            Core.GetType("KubeLint.Core.Rules.BestPractice.KL4020PodDisruptionBudgetAnalyzer+ScaledWorkloads", throwOnError: true)!,
        ];

        var found = new List<string>();
        var seen = new HashSet<Type>();
        foreach (var root in roots)
        {
            Walk(root, root.Name, exempt, seen, found);
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void A_finding_and_its_subject_hold_no_tree()
    {
        // Findings are kept until the report: one that reached its object would keep every tree of the run alive.
        var found = new List<string>();
        var seen = new HashSet<Type>();
        Walk(typeof(KubeLint.Core.Diagnostics.Diagnostic), "Diagnostic", [], seen, found);
        Walk(typeof(ObjectSubject), nameof(ObjectSubject), [], seen, found);
        Assert.True(found.Count == 0, string.Join("\n", found));
        Assert.Contains(typeof(ObjectSubject), seen); // walked through Diagnostic.Subject, not only from the root above
    }

    [Fact]
    public void The_walk_finds_a_tree_behind_a_generic_argument()
    {
        // The look-alike that must fail: a record type that keeps a list of nodes.
        var found = new List<string>();
        Walk(typeof(HoldsNodes), nameof(HoldsNodes), [], [], found);
        Assert.Equal(["HoldsNodes._nodes: List`1 reaches YNode"], found);
    }

    [Fact]
    public void Rules_read_other_objects_through_the_index_only()
    {
        // Not moved yet, each with what it reads of other objects' trees (docs/performance.md, "What reads other objects").
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "Rules/Api/KL1009DeprecatedAnnotationFixProvider.cs", // a fix, after analysis: IngressClass names
        };
        var root = Path.Combine(RepoPaths.Root, "src", "KubeLint.Core");
        var offenders = new List<string>();
        foreach (var folder in (string[])["Rules", "Api"])
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var text = File.ReadAllText(file);
                if (allowed.Contains(relative) || text.Contains("[ReadsWholeTrees(", StringComparison.Ordinal))
                {
                    continue;
                }

                offenders.AddRange(Offences(relative, text));
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void The_scan_flags_a_workspace_walk_and_a_subject_turned_back_into_its_object()
    {
        const string Offending = """
            foreach (var obj in ctx.Workspace.Objects) { }
            var spec = ctx.Workspace.ObjectOf(ctx.Workspace.Index.Find("Service", ns, name)?.Subject)?.Root;
            """;
        const string Allowed = """
            var service = ctx.Workspace.Index.Find("Service", ns, name);
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, service.RootLocation, service.Subject, null, service.Subject.DisplayName));
            """;
        Assert.Equal(["x.cs:1: Workspace.Objects", "x.cs:2: ObjectOf("], Offences("x.cs", Offending));
        Assert.Empty(Offences("x.cs", Allowed));
    }

    [Fact]
    public void Whole_tree_readers_say_why()
    {
        var marked = Core.GetTypes().Where(t => t.GetCustomAttribute<ReadsWholeTreesAttribute>() is not null).ToList();
        Assert.Equal(
            ["CustomResourceIndex", "HostReferences", "KL3010ServiceHostNameAnalyzer"],
            marked.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(marked, t => Assert.False(string.IsNullOrWhiteSpace(t.GetCustomAttribute<ReadsWholeTreesAttribute>()!.Reason)));
    }

    private static IEnumerable<string> Offences(string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (WorkspaceWalk().Match(lines[i]) is { Success: true } walk)
            {
                yield return $"{file}:{i + 1}: {walk.Value}";
            }

            // A record's subject is compact (A_finding_and_its_subject_hold_no_tree); finding its object again is a tree read.
            if (lines[i].Contains("ObjectOf(", StringComparison.Ordinal))
            {
                yield return $"{file}:{i + 1}: ObjectOf(";
            }
        }
    }

    private static void Walk(Type type, string path, HashSet<string> exempt, HashSet<Type> seen, List<string> found)
    {
        if (!seen.Add(type))
        {
            return;
        }

        for (var t = type; t is not null && IsOurs(t); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var name = $"{t.Name}.{field.Name}";
                if (exempt.Contains(name))
                {
                    continue;
                }

                if (Reaches(field.FieldType) is { } tree)
                {
                    found.Add($"{name}: {field.FieldType.Name} reaches {tree.Name}");
                    continue;
                }

                foreach (var inner in Components(field.FieldType).Where(IsOurs))
                {
                    Walk(inner, name, exempt, seen, found);
                }
            }
        }
    }

    private static bool IsOurs(Type type) => type.Assembly == Core || type.Assembly == typeof(HoldsNodes).Assembly;

    private static Type? Reaches(Type type) =>
        Components(type).Select(c => TreeTypes.FirstOrDefault(tree => tree.IsAssignableFrom(c))).FirstOrDefault(t => t is not null);

    /// <summary>The type and the types it is made of: generic arguments, element types.</summary>
    private static IEnumerable<Type> Components(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Components(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Components(argument))
            {
                yield return inner;
            }
        }
    }

    // A workspace's object lists hand out whole objects, trees and all.
    [GeneratedRegex(@"\b[Ww]orkspace\??\.(Objects|OfKind|InNamespace|Files)\b")]
    private static partial Regex WorkspaceWalk();

    private sealed class HoldsNodes
    {
        private readonly List<YScalar> _nodes = [];

        public int Count => _nodes.Count;
    }
}
