#!/usr/bin/env python3
"""Draws KubeLint.Core's public API: the extension surface custom rules compile against stays public,
every other type of the engine becomes internal.

The lists below are the authority. Run it after adding types or merging branches (it only rewrites the
`public`/`internal` keyword of top-level type declarations and of the members named in MEMBERS);
`--check` changes nothing and exits 1 when a file would change. A new public type that custom rules
should see is added to PUBLIC_TYPES *and* to src/KubeLint.Core/PublicAPI.Unshipped.txt (see CONTRIBUTING.md).

    python3 tools/PublicApi/draw_api.py [--check]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORE = ROOT / "src" / "KubeLint.Core"

# The extension surface, by full name (namespace.Type). Everything else declared at the top level of a
# file under src/KubeLint.Core is internal; KubeLint.Cli, KubeLint.MSBuild, KubeLint.Testing and the test
# projects see it through InternalsVisibleTo (KubeLint.Core.csproj).
PUBLIC_TYPES = {
    # The analyzer base and what its actions receive.
    "KubeLint.Core.Analysis.KubeAnalyzer",
    "KubeLint.Core.Analysis.AnalysisContext",
    "KubeLint.Core.Analysis.ActionContext",
    "KubeLint.Core.Analysis.DocumentAnalysisContext",
    "KubeLint.Core.Analysis.ObjectAnalysisContext",
    "KubeLint.Core.Analysis.WorkspaceAnalysisContext",
    "KubeLint.Core.Analysis.ContainerAnalysisContext",
    "KubeLint.Core.Analysis.AnalyzerOptions",
    "KubeLint.Core.Analysis.TargetVersionSource",
    # Diagnostics a rule declares and reports.
    "KubeLint.Core.Diagnostics.Diagnostic",
    "KubeLint.Core.Diagnostics.DiagnosticDescriptor",
    "KubeLint.Core.Diagnostics.DiagnosticSeverity",
    "KubeLint.Core.Diagnostics.Location",
    "KubeLint.Core.Diagnostics.RuleCategories",
    # A rule's declaration: typed options and tags beside the descriptor.
    "KubeLint.Core.Diagnostics.RuleOption",
    "KubeLint.Core.Diagnostics.RuleOptionKind",
    "KubeLint.Core.Diagnostics.RuleTags",
    # The model, read-only.
    "KubeLint.Core.Model.KubeObject",
    "KubeLint.Core.Model.ObjectSubject",
    "KubeLint.Core.Model.Workspace",
    "KubeLint.Core.Model.SourceFile",
    "KubeLint.Core.Model.SourceDocument",
    "KubeLint.Core.Model.LabelSelector",
    "KubeLint.Core.Model.LabelRequirement",
    "KubeLint.Core.Model.LabelOperator",
    "KubeLint.Core.Model.PodContainer",
    "KubeLint.Core.Model.PodContainers",
    "KubeLint.Core.Model.ContainerRole",
    "KubeLint.Core.Model.PodTemplates",
    "KubeLint.Core.Model.KubernetesVersion",
    "KubeLint.Core.Loading.LoadProblem",
    "KubeLint.Core.Loading.LoadProblemKind",
    # YAML nodes with their exact spans.
    "KubeLint.Core.Yaml.YNode",
    "KubeLint.Core.Yaml.YMapping",
    "KubeLint.Core.Yaml.YEntry",
    "KubeLint.Core.Yaml.YSequence",
    "KubeLint.Core.Yaml.YScalar",
    "KubeLint.Core.Yaml.YScalarStyle",
    "KubeLint.Core.Yaml.YamlNodeKind",
    "KubeLint.Core.Yaml.NodeList",
    "KubeLint.Core.Yaml.YPath",
    "KubeLint.Core.Yaml.YValues",
    "KubeLint.Core.Text.SourceSpan",
    "KubeLint.Core.Text.SourcePosition",
    "KubeLint.Core.Text.SourceText",
}

# Members of public types that belong to the engine: (file under src/KubeLint.Core, how the declaration
# starts, what it starts with once drawn). Custom rules read the model; only the loader builds it.
MEMBERS = [
    ("Analysis/AnalyzerOptions.cs", "public AnalyzerOptions(", "internal AnalyzerOptions("),
    ("Analysis/AnalyzerOptions.cs", "public KubeLintConfig Config", "internal KubeLintConfig Config"),
    ("Analysis/AnalyzerOptions.cs", "public string WorkingDirectory", "internal string WorkingDirectory"),
    ("Analysis/AnalyzerOptions.cs", "public EditorConfigOptions EditorConfig", "internal EditorConfigOptions EditorConfig"),
    ("Analysis/AnalyzerOptions.cs", "public List<ConfigurationIssue> ConfigurationIssues", "internal List<ConfigurationIssue> ConfigurationIssues"),
    ("Analysis/AnalyzerOptions.cs", "public IReadOnlySet<string> KnownRuleIds", "internal IReadOnlySet<string> KnownRuleIds"),
    ("Analysis/AnalyzerOptions.cs", "public IReadOnlySet<string> KnownCategories", "internal IReadOnlySet<string> KnownCategories"),
    ("Analysis/AnalyzerOptions.cs", "public T GetShared<T>(", "internal T GetShared<T>("),
    # The cluster profile is the engine's model of the cluster; custom rules do not see it (yet).
    ("Analysis/AnalysisContexts.cs", "public ClusterProfile Cluster", "internal ClusterProfile Cluster"),
    ("Model/KubeObject.cs", "public NodeOrigins? Origins", "internal NodeOrigins? Origins"),
    ("Model/SourceFile.cs", "public SourceFile(", "internal SourceFile("),
    ("Model/SourceFile.cs", "public List<DuplicateKey> DuplicateKeys", "internal List<DuplicateKey> DuplicateKeys"),
    ("Model/SourceFile.cs", "public SuppressionMap Suppressions", "internal SuppressionMap Suppressions"),
    ("Model/SourceDocument.cs", "public SourceDocument(", "internal SourceDocument("),
    ("Model/Workspace.cs", "public Workspace(", "internal Workspace("),
    ("Model/Workspace.cs", "public ObjectIndex Index", "internal ObjectIndex Index"),
    ("Text/SourceText.cs", "public SourceText(", "internal SourceText("),
    ("Yaml/YScalar.cs", "public YScalar(", "internal YScalar("),
    # Nodes are built by the tree builder only: no subclass outside, and the size weight is the limits' business.
    ("Yaml/YNode.cs", "protected YNode(", "private protected YNode("),
    ("Yaml/YNode.cs", "public virtual long Weight", "internal virtual long Weight"),
    ("Yaml/YMapping.cs", "public override long Weight", "internal override long Weight"),
    ("Yaml/YSequence.cs", "public override long Weight", "internal override long Weight"),
]

TYPE_DECL = re.compile(
    r"^(?P<vis>public|internal)(?P<mods>(?:\s+(?:sealed|static|abstract|readonly|partial|unsafe|ref|record))*)"
    r"\s+(?P<kind>class|struct|interface|enum|record|delegate)\s+(?:[\w<>\[\],?. ]+?\s+)??(?P<name>\w+)"
)
NAMESPACE = re.compile(r"^namespace\s+([\w.]+)\s*;", re.MULTILINE)


def draw(text: str, rel: str, declared: set) -> str:
    """The file's text with the drawn modifiers; adds the full names of its top-level types to declared."""
    ns_match = NAMESPACE.search(text)
    ns = ns_match.group(1) if ns_match else ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        match = TYPE_DECL.match(line)  # column 0: a top-level type of a file-scoped namespace
        if not match:
            continue
        name = match.group("name")
        if match.group("kind") == "delegate":
            # `public delegate void Name(...)`: the name is the word before the parameter list.
            name = re.search(r"(\w+)\s*(?:<[^>]*>)?\s*\(", line).group(1)
        declared.add(f"{ns}.{name}")
        wanted = "public" if f"{ns}.{name}" in PUBLIC_TYPES else "internal"
        if match.group("vis") != wanted:
            lines[i] = wanted + line[len(match.group("vis")):]
    for file, before, after in MEMBERS:
        if file != rel:
            continue
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith(before):
                lines[i] = line = line[: len(line) - len(stripped)] + after + stripped[len(before):]
            if line.lstrip().startswith(after) and after.startswith("internal "):
                # An accessor may not repeat the property's own accessibility (CS0273).
                lines[i] = line.replace(" internal set", " set").replace(" internal init", " init")
    return "\n".join(lines)


def main() -> int:
    check = "--check" in sys.argv[1:]
    changed = []
    declared = set()
    for path in sorted(CORE.rglob("*.cs")):
        if "/obj/" in path.as_posix() or "/bin/" in path.as_posix():
            continue
        rel = path.relative_to(CORE).as_posix()
        text = path.read_text(encoding="utf-8")
        if re.search(r"^namespace\s+[\w.]+\s*$", text, re.MULTILINE):
            # Types inside a block-scoped namespace are indented, and this script reads column 0 only.
            print(f"{rel}: use a file-scoped namespace (namespace X;) so that the API can be drawn", file=sys.stderr)
            return 1
        drawn = draw(text, rel, declared)
        if drawn != text:
            changed.append(rel)
            if not check:
                path.write_text(drawn, encoding="utf-8")
    missing = sorted(PUBLIC_TYPES - declared)
    for name in missing:
        print(f"PUBLIC_TYPES names {name}, which no file declares", file=sys.stderr)
    for rel in changed:
        print(("would change " if check else "drew ") + rel)
    if check and changed:
        print(f"{len(changed)} file(s) differ from the drawn API; run python3 tools/PublicApi/draw_api.py", file=sys.stderr)
        return 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
