using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

public enum DirectiveKind { DisableNextLine, DisableLine, Disable, Enable }

/// <summary>An inline suppression comment: which rules, with what reason, where.</summary>
public sealed record Directive(DirectiveKind Kind, IReadOnlyList<string> RuleIds, string? Reason, TextSpan Span, int Line);
