using CopyLint.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Markdown via Markdig with precise source locations: literal text is kept in place, everything else
/// (syntax characters, link targets, code, HTML) is blanked. Each paragraph or heading becomes a block.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static void Read(string source, ProseBuffer buffer, TextSpan frontMatter)
    {
        // Markdig sees the text with the front matter blanked, so offsets stay those of the file.
        var input = source;
        if (!frontMatter.IsEmpty)
        {
            var chars = source.ToCharArray();
            for (int i = frontMatter.Start; i < frontMatter.End; i++) if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
            input = new string(chars);
        }
        MarkdownDocument doc;
        try { doc = Markdown.Parse(input, Pipeline); }
        catch (Exception) { buffer.Blocks = null; return; } // fall back to plain-text paragraphs

        var keep = new bool[source.Length];
        var blocks = new List<TextSpan>();
        foreach (var block in doc.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null) continue;
            int bStart = int.MaxValue, bEnd = -1;
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                if (inline is LiteralInline lit && !IsInsideCodeOrHtml(lit))
                {
                    var span = Clamp(lit.Span, source.Length);
                    for (int i = span.Start; i < span.End; i++) keep[i] = true;
                    if (span.Length > 0) { bStart = Math.Min(bStart, span.Start); bEnd = Math.Max(bEnd, span.End); }
                }
                else if (inline is HtmlEntityInline ent)
                {
                    var span = Clamp(ent.Span, source.Length);
                    if (span.Length > 0) { keep[span.Start] = true; bStart = Math.Min(bStart, span.Start); bEnd = Math.Max(bEnd, span.End); }
                }
            }
            if (bEnd > bStart)
            {
                var bs = TextSpan.FromBounds(bStart, bEnd);
                blocks.Add(bs);
                if (block is HeadingBlock) buffer.Headings.Add(bs);
            }
        }
        // Hide everything that is not literal text (line breaks stay, so line-based checks still see lines).
        int runStart = -1;
        for (int i = 0; i <= source.Length; i++)
        {
            bool hidden = i < source.Length && !keep[i] && !CharClass.IsSpace(source[i]);
            if (hidden && runStart < 0) runStart = i;
            else if (!hidden && runStart >= 0) { buffer.Hide(TextSpan.FromBounds(runStart, i)); runStart = -1; }
        }
        // Entities: show the decoded character in the first slot.
        foreach (var ent in doc.Descendants<HtmlEntityInline>())
        {
            var span = Clamp(ent.Span, source.Length);
            if (span.Length > 0 && ent.Transcoded.Length > 0) buffer.Chars[span.Start] = ent.Transcoded[0];
        }
        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        buffer.Blocks = blocks;
    }

    private static bool IsInsideCodeOrHtml(Inline inline)
    {
        for (var p = inline.Parent; p is not null; p = p.Parent)
            if (p is LinkInline { IsImage: true }) return true;
        return false;
    }

    private static TextSpan Clamp(SourceSpan span, int length)
    {
        int start = Math.Clamp(span.Start, 0, length);
        int end = Math.Clamp(span.End + 1, start, length);
        return TextSpan.FromBounds(start, end);
    }
}
