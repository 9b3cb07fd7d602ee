using System.Runtime.CompilerServices;
using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>A token of the prose tree. Tokens (with trivia) cover every character of the input exactly once.</summary>
/// <remarks>
/// Twelve bytes, not sixteen: a document holds one per token, and a batch run allocates millions. The span is kept as
/// its two numbers (a <see cref="TextSpan"/> field would be padded after the one-byte kind).
/// </remarks>
public readonly record struct SyntaxToken
{
    private readonly int _start;
    private readonly int _length;

    public SyntaxToken(SyntaxKind kind, TextSpan span, TokenFlags flags)
    {
        _start = span.Start;
        _length = span.Length;
        Flags = flags;
        Kind = kind;
    }

    public TokenFlags Flags { get; init; }
    public SyntaxKind Kind { get; init; }

    public TextSpan Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => TextSpan.Trusted(_start, _length);
        init { _start = value.Start; _length = value.Length; }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(TokenFlags flag) => (Flags & flag) != 0;
    public bool IsTrivia => Kind is SyntaxKind.Whitespace or SyntaxKind.Markup or SyntaxKind.Masked;
}
