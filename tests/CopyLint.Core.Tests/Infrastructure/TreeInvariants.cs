using System.Text;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Infrastructure;

/// <summary>The structural promises of a prose tree, checked on any document.</summary>
internal static class TreeInvariants
{
    /// <summary>Returns null when the tree keeps every promise, else a description of the first broken one.</summary>
    public static string? Check(ProseDocument doc)
    {
        var text = doc.Text.ToString();
        if (doc.Prose.Length != text.Length) return $"prose length {doc.Prose.Length} != text length {text.Length}";
        int pos = 0;
        var sb = new StringBuilder(text.Length);
        foreach (var tok in doc.AllTokens)
        {
            if (tok.Span.Start != pos) return $"token {tok.Kind} {tok.Span} does not start where the previous ended ({pos})";
            if (tok.Span.IsEmpty) return $"empty token {tok.Kind} at {pos}";
            sb.Append(text, tok.Span.Start, tok.Span.Length);
            pos = tok.Span.End;
        }
        if (pos != text.Length) return $"tokens end at {pos}, text length {text.Length}";
        if (sb.ToString() != text) return "concatenated tokens differ from the input";

        var sigFromAll = doc.AllTokens.Where(t => !t.IsTrivia).Select(t => t.Span).ToList();
        if (!sigFromAll.SequenceEqual(doc.Tokens.Select(t => t.Span))) return "significant tokens are not the non-trivia tokens of AllTokens";

        var whole = new TextSpan(0, text.Length);
        foreach (var s in doc.Sentences)
        {
            if (s.Paragraph < 0 || s.Paragraph >= doc.Paragraphs.Count) return $"sentence {s.Index} has paragraph {s.Paragraph}";
            var p = doc.Paragraphs[s.Paragraph];
            if (!p.Span.Contains(s.Span)) return $"sentence {s.Index} {s.Span} lies outside paragraph {p.Index} {p.Span}";
        }
        foreach (var p in doc.Paragraphs)
        {
            if (!whole.Contains(p.Span)) return $"paragraph {p.Index} {p.Span} outside the text";
            if (p.FirstToken != doc.TokenAtOrAfter(p.Span.Start) || p.EndToken != doc.TokenAtOrAfter(p.Span.End) || p.EndToken <= p.FirstToken)
                return $"paragraph {p.Index} {p.Span} has tokens [{p.FirstToken}, {p.EndToken}), not its span's";
        }
        foreach (var q in doc.Quotes)
            if (!whole.Contains(q.Span) || !q.Span.Contains(q.Content)) return $"quote {q.Index} {q.Span} content {q.Content} out of bounds";
        foreach (var n in doc.Numbers)
        {
            if (!whole.Contains(n.Span)) return $"number {n.Index} {n.Span} outside the text";
            if (!n.Span.Contains(n.ValueSpan)) return $"number {n.Index} value {n.ValueSpan} outside its span {n.Span}";
            var s = doc.Sentences[n.Sentence];
            if (!s.Span.Contains(n.Span)) return $"number {n.Index} {n.Span} '{doc.Text.ToString(n.Span)}' outside its sentence {s.Span}";
        }
        return null;
    }
}
