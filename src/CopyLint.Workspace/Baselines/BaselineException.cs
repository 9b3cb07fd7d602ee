namespace CopyLint.Workspace.Baselines;

/// <summary>A baseline file that cannot be read or is malformed; the message names the file (and line and column).</summary>
public sealed class BaselineException(string message) : Exception(message);
