namespace CopyLint.Core.Text;

/// <summary>Replace <see cref="Span"/> of a text with <see cref="NewText"/>.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText);
