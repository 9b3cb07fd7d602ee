namespace CopyLint.Workspace.Baselines;

/// <summary>SARIF's baselineState values that a baseline comparison produces.</summary>
public enum BaselineState { New, Unchanged, Absent }
