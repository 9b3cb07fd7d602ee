namespace CopyLint.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        Start = start;
        Length = length;
    }

    private TextSpan(int start, int length, bool _)
    {
        Start = start;
        Length = length;
    }

    /// <summary>A span from numbers that came from a checked span (token storage): no second check on every read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static TextSpan Trusted(int start, int length) => new(start, length, false);

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one code unit; an empty span counts as one unit wide.</summary>
    public bool OverlapsWith(TextSpan other)
    {
        int aEnd = Math.Max(End, Start + 1), bEnd = Math.Max(other.End, other.Start + 1);
        return Start < bEnd && other.Start < aEnd;
    }

    public override string ToString() => $"[{Start}..{End})";
}
