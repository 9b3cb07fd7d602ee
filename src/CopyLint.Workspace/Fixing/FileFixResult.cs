namespace CopyLint.Workspace.Fixing;

/// <summary>The outcome of fixing one file: what changed (null if it could not be read), whether it was written, or why not.</summary>
public sealed record FileFixResult(string Path, FixOutcome? Outcome, bool Written, string? Error);
