using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Plain-text paragraphs: blank-line separated; when the text has no blank line at all (one paragraph per line,
/// as wire copy and the seed article are written), every non-empty line is a paragraph.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<TextSpan> Split(ReadOnlySpan<char> prose)
    {
        // Two passes over the lines, each line found by a vectorised search for its break: the first decides whether a
        // blank line sits between two text lines, the second cuts the paragraphs.
        bool anyBlankBetween = false, seenText = false, blankAfterText = false;
        for (var lines = new LineWalker(prose); lines.Next(out int start, out int end);)
        {
            if (IsBlank(prose[start..end])) { blankAfterText |= seenText; continue; }
            if (blankAfterText) { anyBlankBetween = true; break; }
            seenText = true;
        }
        var result = new List<TextSpan>(anyBlankBetween ? prose.Length / 400 + 4 : prose.Length / 200 + 4);
        int pStart = -1, pEnd = -1;
        for (var lines = new LineWalker(prose); lines.Next(out int start, out int end);)
        {
            bool blank = IsBlank(prose[start..end]);
            if (blank || !anyBlankBetween)
            {
                if (pStart >= 0) result.Add(TextSpan.FromBounds(pStart, pEnd));
                pStart = -1;
                if (blank) continue;
            }
            if (pStart < 0) pStart = start;
            pEnd = end;
        }
        if (pStart >= 0) result.Add(TextSpan.FromBounds(pStart, pEnd));
        return result;
    }

    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (char c in line) if (!CharClass.IsSpace(c)) return false;
        return true;
    }

    /// <summary>The lines of a text without their breaks ("\n", "\r\n", "\r"); a text ending in a break has an empty last line.</summary>
    private ref struct LineWalker(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public bool Next(out int start, out int end)
        {
            start = _next;
            if (start > _text.Length) { end = start; return false; }
            int found = _text[start..].IndexOfAny('\n', '\r');
            end = found < 0 ? _text.Length : start + found;
            _next = end < _text.Length && _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? end + 2 : end + 1;
            return true;
        }
    }
}
