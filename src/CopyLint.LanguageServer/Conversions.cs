using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer;

/// <summary>
/// Offsets (UTF-16 code units into a SourceText) to LSP positions and back, in the negotiated encoding.
/// Positions past the end of a line clamp to the line end and lines past the end clamp to the text end, as LSP asks.
/// </summary>
internal static class Conversions
{
    public static string WireName(this PositionEncoding encoding) => encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16";

    public static Position ToPosition(SourceText text, int offset, PositionEncoding encoding)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lp = text.GetLinePosition(offset);
        if (encoding == PositionEncoding.Utf16) return new Position(lp.Line, lp.Character);
        var line = text.GetLineSpan(lp.Line);
        int bytes = Utf8Length(text.AsSpan(new TextSpan(line.Start, Math.Min(lp.Character, line.Length))));
        return new Position(lp.Line, bytes);
    }

    public static LspRange ToRange(SourceText text, TextSpan span, PositionEncoding encoding) =>
        new(ToPosition(text, span.Start, encoding), ToPosition(text, span.End, encoding));

    /// <summary>The offset of a position; <paramref name="clamped"/> says whether it lay outside the text and was moved.</summary>
    public static int ToOffset(SourceText text, Position position, PositionEncoding encoding, out bool clamped)
    {
        clamped = false;
        if (position.Line < 0 || position.Character < 0) { clamped = true; return position.Line < 0 ? 0 : LineStartOrEnd(text, position.Line); }
        if (position.Line >= text.LineCount) { clamped = true; return text.Length; }
        var line = text.GetLineSpan(position.Line);
        if (encoding == PositionEncoding.Utf16)
        {
            clamped = position.Character > line.Length;
            int offset = line.Start + Math.Min(position.Character, line.Length);
            // never split a surrogate pair
            if (offset > line.Start && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1])) offset--;
            return offset;
        }
        int remaining = position.Character;
        var chars = text.AsSpan(line);
        for (int i = 0; i < chars.Length; i++)
        {
            int width = CharUtf8Width(chars, i);
            if (remaining < width) return line.Start + i;
            remaining -= width;
            if (width == 4) i++;
        }
        if (remaining > 0) clamped = true;
        return line.End;
    }

    public static int ToOffset(SourceText text, Position position, PositionEncoding encoding) => ToOffset(text, position, encoding, out _);

    public static TextSpan ToSpan(SourceText text, LspRange range, PositionEncoding encoding)
    {
        int a = ToOffset(text, range.Start, encoding), b = ToOffset(text, range.End, encoding);
        return a <= b ? TextSpan.FromBounds(a, b) : TextSpan.FromBounds(b, a);
    }

    private static int LineStartOrEnd(SourceText text, int line) => line >= text.LineCount ? text.Length : text.GetLineSpan(line).Start;

    private static int CharUtf8Width(ReadOnlySpan<char> chars, int i)
    {
        char c = chars[i];
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) return 4;
        return 3;
    }

    public static int Utf8Length(ReadOnlySpan<char> chars)
    {
        int n = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            int w = CharUtf8Width(chars, i);
            n += w;
            if (w == 4) i++;
        }
        return n;
    }
}
