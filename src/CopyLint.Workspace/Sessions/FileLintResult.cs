using CopyLint.Core.Analysis;
using CopyLint.Core.Text;

namespace CopyLint.Workspace.Sessions;

/// <summary>The outcome for one file: its text and findings, or the error that stopped it from being read.</summary>
public sealed record FileLintResult(string Path, SourceText? Text, LintResult? Result, string? Error);
