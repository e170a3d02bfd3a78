using System.Reflection;
using System.Runtime.Loader;

namespace KubeLint.Core.Loading;

/// <summary>
/// A second copy of YamlDotNet's scanner, for a second loading thread. The scanner rents up to four string builders
/// for every scalar (Scanner.ScanPlainScalar, ScanFlowScalar, ScanBlockScalar) from one process-wide pool
/// (ObjectPool/StringBuilderPool.cs: a static DefaultObjectPool, whose Get and Return each do one to three interlocked
/// operations on the same fields and ConcurrentQueue), and no scanner setting or other API avoids it; two threads
/// scanning at once pass those cache lines back and forth at every scalar. A copy of YamlDotNet loaded into a load
/// context of its own has its own statics, so its own pool. This assembly is loaded there too, for
/// <see cref="TokenTransfer.Export"/> only: the tokens come back as numbers and strings and are rebuilt as the
/// default copy's types, so the parser, the trees and everything after them are the default context's. Only the
/// few methods of the transfer run from this assembly's second copy.
/// </summary>
internal sealed class IsolatedScanner
{
    private static readonly Lazy<IsolatedScanner?> Shared = new(Create);

    private readonly Func<string, (long[], string?[], int, Exception?)> _export;

    private IsolatedScanner(Func<string, (long[], string?[], int, Exception?)> export)
    {
        _export = export;
    }

    /// <summary>The process's one copy (a load context is never unloaded, so one serves every run), or null where
    /// the assemblies have no file to load again (bundled into a single file, or loaded from bytes).</summary>
    public static IsolatedScanner? Instance => Shared.Value;

    /// <summary>What <see cref="ScannedTokens.Scan"/> gives, scanned by the second copy.</summary>
    public ScannedTokens Scan(string text) => TokenTransfer.Import(_export(text));

    private static IsolatedScanner? Create()
    {
        var core = typeof(TokenTransfer).Assembly.Location;
        var yaml = typeof(YamlDotNet.Core.Scanner).Assembly.Location;
        if (core.Length == 0 || yaml.Length == 0)
        {
            return null;
        }

        try
        {
            var context = new ScannerLoadContext(yaml);
            var export = context.LoadCopy(core)
                .GetType(typeof(TokenTransfer).FullName!, throwOnError: true)!
                .GetMethod(nameof(TokenTransfer.Export), BindingFlags.Static | BindingFlags.NonPublic)!
                .CreateDelegate<Func<string, (long[], string?[], int, Exception?)>>();
            return new IsolatedScanner(export);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // A copy that cannot be set up costs the second thread, never the run: loading stays on one thread.
        }
    }

    /// <summary>Loads YamlDotNet and this assembly again from their files; everything else comes from the default
    /// context, so the runtime's types are the same on both sides.</summary>
    private sealed class ScannerLoadContext(string yamlPath) : AssemblyLoadContext("KubeLint second YAML scanner")
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "YamlDotNet" ? LoadCopy(yamlPath) : null;

        /// <summary>
        /// Loads the file by a second spelling of its path. The runtime keeps one image per path, and the ReadyToRun
        /// code of an image serves one load context only (ReadyToRunInfo::Initialize in coreclr's readytoruninfo.cpp:
        /// "module already loaded in another assembly load context"), so under the same path the copy would run
        /// JIT-compiled code; under another it gets its own mapping and its own precompiled code. Should a runtime
        /// ever treat the two spellings as one, the copy still works, only compiled at first use.
        /// </summary>
        public Assembly LoadCopy(string path) =>
            LoadFromAssemblyPath(Path.Join(Path.GetDirectoryName(path), ".", Path.GetFileName(path)));
    }
}
