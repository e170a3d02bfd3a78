using System.Diagnostics.CodeAnalysis;

// The lint and fix entry points were public and are internal since the public API was drawn (#18), so CA1822
// (internal members) now sees them. They stay instance methods: the CLI, the MSBuild task and ~40 tests create
// an engine object, and the engine's split into stages (#18) gives that object its stages.
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~M:KubeLint.Core.Engine.LintEngine.Run(KubeLint.Core.Engine.LintOptions)~KubeLint.Core.Engine.LintResult", Justification = "Entry point called on an instance; see the comment above.")]
[assembly: SuppressMessage("Performance", "CA1822:Mark members as static", Scope = "member", Target = "~M:KubeLint.Core.Fixes.FixRunner.Run(KubeLint.Core.Engine.LintOptions,KubeLint.Core.Fixes.FixOptions)~KubeLint.Core.Fixes.FixRun", Justification = "Entry point called on an instance; see the comment above.")]
