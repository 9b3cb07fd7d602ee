namespace CopyLint.Core.Text;

public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
