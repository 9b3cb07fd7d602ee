using CopyLint.Core.Diagnostics;

namespace CopyLint.Workspace.Reports;

/// <summary>
/// A finding as an editor reads it: 1-based position, the sentence it sits in (source text), and where in that
/// sentence the flagged characters are (<see cref="HighlightStart"/>, <see cref="HighlightLength"/>, in the sentence).
/// </summary>
public sealed record ReportFinding(Diagnostic Diagnostic, int Line, int Column, string Sentence, int HighlightStart, int HighlightLength);
