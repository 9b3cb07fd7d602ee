using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Workspace.Reports;

/// <summary>The sentence a finding sits in, for reports and baseline fingerprints.</summary>
public static class FindingSentence
{
    /// <summary>The span of the sentence containing <paramref name="span"/>'s start, or null outside any sentence.</summary>
    public static TextSpan? SpanOf(ProseDocument doc, TextSpan span)
    {
        var sentences = doc.Sentences;
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start <= span.Start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (found < 0) return null;
        var s = sentences[found].Span;
        return span.Start < s.End || (span.Start == s.End && span.IsEmpty) ? s : null;
    }

    /// <summary>
    /// The finding's sentence as prose (markup blanked), whitespace collapsed to single spaces and trimmed; the
    /// flagged text itself when the finding is outside any sentence; empty for a whole-document finding.
    /// </summary>
    public static string NormalizedText(ProseDocument doc, TextSpan span)
    {
        var source = SpanOf(doc, span) ?? span;
        if (source.End > doc.Prose.Length) return "";
        return Normalize(doc.Prose.AsSpan(source.Start, source.Length));
    }

    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
