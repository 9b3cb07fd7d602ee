using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>A line recognised as a byline or credit: where it is and what kind.</summary>
public sealed record BylineLine(TextSpan Span, BylineKind Kind);
