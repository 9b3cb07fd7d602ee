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
        var lines = new List<(int Start, int End, bool Blank)>(prose.Length / 64 + 4);
        int n = prose.Length, start = 0;
        bool anyBlankBetween = false;
        for (int i = 0; i <= n; i++)
        {
            if (i == n || prose[i] == '\n' || prose[i] == '\r')
            {
                bool blank = true;
                for (int k = start; k < i; k++) if (!CharClass.IsSpace(prose[k])) { blank = false; break; }
                lines.Add((start, i, blank));
                if (i < n && prose[i] == '\r' && i + 1 < n && prose[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        // A blank line that sits between two text lines separates paragraphs.
        bool seenText = false;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Blank) { seenText = true; continue; }
            if (seenText && lines.Skip(i + 1).Any(l => !l.Blank)) { anyBlankBetween = true; break; }
        }
        var result = new List<TextSpan>();
        int pStart = -1, pEnd = -1;
        foreach (var line in lines)
        {
            if (line.Blank || !anyBlankBetween)
            {
                if (pStart >= 0) result.Add(TextSpan.FromBounds(pStart, pEnd));
                pStart = -1;
                if (line.Blank) continue;
            }
            if (pStart < 0) pStart = line.Start;
            pEnd = line.End;
        }
        if (pStart >= 0) result.Add(TextSpan.FromBounds(pStart, pEnd));
        return result;
    }
}
