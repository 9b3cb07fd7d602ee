using System.Text;

namespace CopyLint.Core.Text;

/// <summary>
/// An immutable document text. Offsets are UTF-16 code units. The line map is built on first use.
/// Line breaks are "\n", "\r\n" and "\r".
/// </summary>
public sealed class SourceText
{
    private readonly string _text;
    private int[]? _lineStarts;

    private SourceText(string text, bool hadByteOrderMark)
    {
        _text = text;
        HadByteOrderMark = hadByteOrderMark;
    }

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), false);

    /// <summary>Decode UTF-8 bytes; a leading BOM is removed and remembered. Invalid sequences become U+FFFD.</summary>
    public static SourceText From(ReadOnlySpan<byte> utf8)
    {
        bool bom = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;
        if (bom) utf8 = utf8[3..];
        return new SourceText(Encoding.UTF8.GetString(utf8), bom);
    }

    public int Length => _text.Length;
    public bool HadByteOrderMark { get; }
    public char this[int index] => _text[index];
    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();
    public ReadOnlySpan<char> AsSpan(TextSpan span) => _text.AsSpan(span.Start, span.Length);
    public override string ToString() => _text;
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(_text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 40)) { 0 };
        var span = text.AsSpan();
        for (int i = 0; ;)
        {
            int found = span[i..].IndexOfAny('\r', '\n'); // vectorised: lines run to hundreds of characters
            if (found < 0) break;
            i += found;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        return starts.ToArray();
    }

    /// <summary>The span of line <paramref name="line"/> without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var starts = LineStarts;
        if ((uint)line >= (uint)starts.Length) throw new ArgumentOutOfRangeException(nameof(line));
        int start = starts[line];
        int end = line + 1 < starts.Length ? starts[line + 1] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of line <paramref name="line"/> including its line break.</summary>
    public TextSpan GetLineSpanIncludingBreak(int line)
    {
        var starts = LineStarts;
        if ((uint)line >= (uint)starts.Length) throw new ArgumentOutOfRangeException(nameof(line));
        int end = line + 1 < starts.Length ? starts[line + 1] : _text.Length;
        return TextSpan.FromBounds(starts[line], end);
    }

    public int GetLineFromOffset(int offset)
    {
        if ((uint)offset > (uint)_text.Length) throw new ArgumentOutOfRangeException(nameof(offset));
        int index = Array.BinarySearch(LineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int offset)
    {
        int line = GetLineFromOffset(offset);
        return new LinePosition(line, offset - LineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offset of a line/character; characters beyond the line end clamp to it (as LSP asks).</summary>
    public int GetOffset(LinePosition position)
    {
        var starts = LineStarts;
        if (position.Line < 0 || position.Character < 0) throw new ArgumentOutOfRangeException(nameof(position));
        if (position.Line >= starts.Length) return _text.Length;
        var line = GetLineSpan(position.Line);
        return line.Start + Math.Min(position.Character, line.Length);
    }

    /// <summary>Apply changes that do not overlap (in any order) and return the new text.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var list = changes.OrderBy(c => c.Span.Start).ToList();
        if (list.Count == 0) return this;
        int pos = 0, length = _text.Length;
        foreach (var change in list)
        {
            if (change.Span.Start < pos || change.Span.End > _text.Length)
                throw new ArgumentException($"Change {change.Span} overlaps another change or lies outside the text (length {_text.Length}).", nameof(changes));
            length += (change.NewText?.Length ?? 0) - change.Span.Length;
            pos = change.Span.End;
        }
        // One copy into the new string (a StringBuilder would copy twice: an editor sends one of these per keystroke).
        var text = string.Create(length, (Old: _text, Changes: list), static (dest, state) =>
        {
            int from = 0, to = 0;
            foreach (var change in state.Changes)
            {
                state.Old.AsSpan(from, change.Span.Start - from).CopyTo(dest[to..]);
                to += change.Span.Start - from;
                change.NewText.AsSpan().CopyTo(dest[to..]); // a null NewText is an empty span
                to += change.NewText?.Length ?? 0;
                from = change.Span.End;
            }
            state.Old.AsSpan(from).CopyTo(dest[to..]);
        });
        return new SourceText(text, HadByteOrderMark);
    }

    public SourceText WithChanges(params TextChange[] changes) => WithChanges((IEnumerable<TextChange>)changes);
}
