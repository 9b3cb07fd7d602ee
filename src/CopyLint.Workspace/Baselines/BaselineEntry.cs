namespace CopyLint.Workspace.Baselines;

/// <summary>
/// One recorded finding. <see cref="Fingerprint"/> hashes rule, normalized sentence text and occurrence index
/// (the n-th finding of that rule in that sentence text in that file), so it survives edits elsewhere and line shifts.
/// </summary>
public sealed record BaselineEntry(string Path, string RuleId, string Fingerprint, string Sentence, int Occurrence, string Message);
