namespace CopyLint.Workspace.Configuration;

/// <summary>A problem in a configuration or rule-pack file, with a 1-based line and column.</summary>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
