using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

public sealed record LintResult(ProseDocument Document, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Suppressed);
