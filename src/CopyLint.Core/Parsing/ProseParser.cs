using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Reads plain text, Markdown (with front matter) or HTML into one prose tree. Never throws on any input
/// (cancellation aside): every character ends up in exactly one token or trivia.
/// </summary>
public static class ProseParser
{
    public static DocumentKind KindFromPath(string? path)
    {
        var ext = Path.GetExtension(path.AsSpan()); // no string per file: a batch run asks for every draft
        if (IsAny(ext, ".md", ".markdown", ".mdown", ".mkd")) return DocumentKind.Markdown;
        if (IsAny(ext, ".html", ".htm", ".xhtml")) return DocumentKind.Html;
        return DocumentKind.PlainText;
    }

    private static bool IsAny(ReadOnlySpan<char> ext, params ReadOnlySpan<string> options)
    {
        foreach (var o in options)
            if (ext.Equals(o, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static ProseDocument Parse(SourceText text, DocumentKind kind, CancellationToken cancellationToken = default)
    {
        var source = text.ToString();
        var buffer = new ProseBuffer(source);
        var directives = DirectiveScanner.Scan(text, buffer, hideAllHtmlComments: kind != DocumentKind.PlainText);
        FrontMatterNode? frontMatter = null;
        IReadOnlyList<AuthorEvidence> authors = [];
        switch (kind)
        {
            case DocumentKind.Markdown:
                frontMatter = FrontMatterReader.Read(text);
                if (frontMatter is not null) buffer.Hide(frontMatter.Span);
                MarkdownReader.Read(source, buffer, frontMatter?.Span ?? default);
                break;
            case DocumentKind.Html:
                HtmlReader.Read(source, buffer);
                authors = HtmlMetadataReader.Read(source);
                break;
        }
        cancellationToken.ThrowIfCancellationRequested();
        Masker.Mask(buffer);
        var hidden = buffer.Seal();
        var blockSpans = buffer.Blocks ?? ParagraphSplitter.Split(buffer.View);
        var prose = buffer.Prose; // the buffer is done: from here on the prose string is never written again
        var significant = Tokenizer.Significant(prose, hidden);
        var doc = new ProseDocument(text, kind, prose, hidden)
        {
            Tokens = significant,
            FrontMatter = frontMatter,
            Authors = authors,
            Directives = directives,
        };
        cancellationToken.ThrowIfCancellationRequested();

        // Paragraphs
        var paragraphs = new List<ParagraphNode>(blockSpans.Count);
        var ranges = new List<(int First, int End)>(blockSpans.Count);
        var headings = buffer.Headings;
        headings.Sort((a, b) => a.Start.CompareTo(b.Start));
        int heading = 0;
        foreach (var block in blockSpans)
        {
            int first = doc.TokenAtOrAfter(block.Start);
            int end = doc.TokenAtOrAfter(block.End);
            if (end <= first) continue;
            var span = TextSpan.FromBounds(significant[first].Span.Start, significant[end - 1].Span.End);
            var para = new ParagraphNode(paragraphs.Count, span, first, end);
            // Blocks come in text order: walk the sorted headings alongside instead of searching them all per block.
            while (heading < headings.Count && headings[heading].End <= span.Start && !headings[heading].OverlapsWith(span)) heading++;
            for (int h = heading; h < headings.Count && headings[h].Start <= span.End; h++)
                if (headings[h].OverlapsWith(span)) { para.Role = ParagraphRole.Headline; break; }
            paragraphs.Add(para);
            ranges.Add((first, end));
        }
        doc.Paragraphs = new NodeList<ParagraphNode>(paragraphs);

        AssignRoles(doc, paragraphs, ranges);
        doc.Quotes = new NodeList<QuoteNode>(QuotePairer.Pair(doc, paragraphs, ranges));

        // Sentences
        var sentences = new List<SentenceNode>(significant.Length / 24 + 4); // news sentences run 20-30 tokens
        var bounds = new List<int>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if ((p & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var (first, end) = ranges[p];
            int start = first;
            var dateline = paragraphs[p].Dateline;
            if (dateline is { } d) start = doc.TokenAtOrAfter(d.End);
            bounds.Clear();
            if (start < end) SentenceSplitter.Split(doc, start, end, bounds);
            paragraphs[p].FirstSentence = sentences.Count;
            int s0 = start;
            foreach (var b in bounds)
            {
                if (b <= s0) continue;
                var span = TextSpan.FromBounds(significant[s0].Span.Start, significant[b - 1].Span.End);
                var sentence = new SentenceNode(sentences.Count, p, span, s0, b - s0);
                sentences.Add(sentence);
                s0 = b;
            }
            paragraphs[p].SentenceCount = sentences.Count - paragraphs[p].FirstSentence;
        }
        doc.Sentences = new NodeList<SentenceNode>(sentences);

        // Numbers
        var numbers = new List<NumberNode>(significant.Length / 40 + 4);
        foreach (var sentence in sentences)
            NumberRecognizer.Recognize(doc, sentence, numbers);
        doc.Numbers = new NodeList<NumberNode>(numbers);

        int words = 0;
        foreach (var tok in significant) if (tok.Kind != SyntaxKind.Punctuation) words++;
        doc.WordCount = words;
        return doc;
    }

    /// <summary>Headline, byline/credit lines (first 5 and last 3 paragraphs) and the dateline of the first body paragraph.</summary>
    private static void AssignRoles(ProseDocument doc, List<ParagraphNode> paragraphs, List<(int First, int End)> ranges)
    {
        int count = paragraphs.Count;
        // Bylines are looked for line by line: a byline may share a paragraph block with the headline.
        var lines = BylineCandidateLines(doc, paragraphs);
        var found = new List<BylineLine>();
        for (int k = 0; k < lines.Count; k++)
        {
            if (k >= 5 && k < lines.Count - 3 && doc.Kind != DocumentKind.Html) continue; // HTML pages bury the byline in page furniture
            var line = lines[k];
            if (line.Length > 200) continue;
            if (BylineRecognizer.IsBodyCopyLine(OriginalLineText(doc, line))) continue; // most lines: decided without a string
            var original = OriginalLine(doc, line);
            var kind = BylineRecognizer.Classify(original);
            if (kind == BylineKind.None && k + 1 < lines.Count && BylineRecognizer.IsNameLine(original) && BylineRecognizer.IsRoleLine(OriginalLine(doc, lines[k + 1])))
            {
                found.Add(new BylineLine(line, BylineKind.NameAndRole));
                found.Add(new BylineLine(lines[k + 1], BylineKind.NameAndRole));
                k++;
                continue;
            }
            if (kind != BylineKind.None) found.Add(new BylineLine(line, kind));
        }
        doc.Bylines = found;
        foreach (var b in found)
        {
            // Paragraphs are sorted and disjoint: the one that may equal the line starts where the line starts.
            int lo = 0, hi = paragraphs.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (paragraphs[mid].Span.Start < b.Span.Start) lo = mid + 1; else hi = mid;
            }
            if (lo < paragraphs.Count && paragraphs[lo].Span == b.Span) { paragraphs[lo].Role = ParagraphRole.Byline; paragraphs[lo].Byline = b.Kind; }
        }
        // Headline: a Markdown/HTML heading, or a first short paragraph without sentence punctuation.
        int firstBody = -1;
        for (int p = 0; p < count; p++)
        {
            var para = paragraphs[p];
            if (para.Role == ParagraphRole.Byline) continue;
            if (doc.Headline is null && para.Role == ParagraphRole.Headline) { doc.Headline = para.Span; continue; }
            if (doc.Headline is null && firstBody < 0 && p < 3 && count > 1 && LooksLikeHeadline(doc, para, ranges[p]))
            {
                para.Role = ParagraphRole.Headline;
                doc.Headline = para.Span;
                continue;
            }
            if (para.Role == ParagraphRole.Headline) continue;
            if (firstBody < 0)
            {
                firstBody = p;
                var start = doc.Prose.AsSpan(para.Span.Start, Math.Min(160, para.Span.Length));
                var (len, credit) = BylineRecognizer.MayStartWithDateline(start) ? BylineRecognizer.MatchDateline(start.ToString()) : (0, null);
                if (len > 0)
                {
                    para.Dateline = new TextSpan(para.Span.Start, len);
                    para.DatelineCredit = credit;
                }
            }
        }
        int bodyIndex = 0;
        foreach (var para in paragraphs)
            if (para.Role == ParagraphRole.Body) para.BodyIndex = bodyIndex++;
    }

    /// <summary>
    /// The non-empty lines the byline search reads: all of them in HTML; otherwise the first six (five, and the line
    /// after the fifth for a name/role pair) and the last three, in order — the lines in between are never classified,
    /// so a long story is not split into lines at all.
    /// </summary>
    private static List<TextSpan> BylineCandidateLines(ProseDocument doc, List<ParagraphNode> paragraphs)
    {
        var all = new List<TextSpan>();
        if (doc.Kind == DocumentKind.Html)
        {
            foreach (var para in paragraphs) AddLines(doc, para.Span, all, int.MaxValue);
            return all;
        }
        var front = new List<TextSpan>(6);
        foreach (var para in paragraphs)
        {
            AddLines(doc, para.Span, front, 6);
            if (front.Count >= 6) break;
        }
        var back = new List<TextSpan>(8);
        for (int p = paragraphs.Count - 1; p >= 0 && back.Count < 3; p--)
        {
            var lines = new List<TextSpan>();
            AddLines(doc, paragraphs[p].Span, lines, int.MaxValue);
            back.InsertRange(0, lines);
        }
        if (back.Count > 3) back.RemoveRange(0, back.Count - 3);
        // A short story: front and back meet, so every line is read once, in order.
        if (front.Count < 6 || back.Count == 0 || back[0].Start <= front[^1].Start)
        {
            foreach (var para in paragraphs) AddLines(doc, para.Span, all, int.MaxValue);
            return all;
        }
        front.AddRange(back);
        return front;
    }

    private static void AddLines(ProseDocument doc, TextSpan paragraph, List<TextSpan> lines, int max)
    {
        int lineStart = paragraph.Start, end = paragraph.End;
        while (lineStart <= end && lines.Count < max)
        {
            int k = doc.Prose.AsSpan(lineStart, end - lineStart).IndexOfAny('\n', '\r');
            int lineEnd = k < 0 ? end : lineStart + k;
            var span = Trim(doc, TextSpan.FromBounds(lineStart, lineEnd));
            if (span.Length > 0) lines.Add(span);
            lineStart = lineEnd + 1;
        }
    }

    private static TextSpan Trim(ProseDocument doc, TextSpan span)
    {
        int a = span.Start, b = span.End;
        while (a < b && CharClass.IsSpace(doc.Prose[a])) a++;
        while (b > a && CharClass.IsSpace(doc.Prose[b - 1])) b--;
        return TextSpan.FromBounds(a, b);
    }

    /// <summary>The original text of a line (masked e-mails stay visible to the byline recogniser), markup trimmed.</summary>
    private static string OriginalLine(ProseDocument doc, TextSpan line) => OriginalLineText(doc, line).ToString();

    private static ReadOnlySpan<char> OriginalLineText(ProseDocument doc, TextSpan line) =>
        (doc.Kind == DocumentKind.PlainText ? doc.Text.ToString() : doc.Prose).AsSpan(line.Start, line.Length);

    private static bool LooksLikeHeadline(ProseDocument doc, ParagraphNode para, (int First, int End) range)
    {
        int words = 0, capitalised = 0;
        for (int i = range.First; i < range.End; i++)
        {
            if (doc.Tokens[i].Kind == SyntaxKind.Punctuation) continue;
            words++;
            if (doc.Tokens[i].Is(TokenFlags.Capitalized) || doc.Tokens[i].Kind == SyntaxKind.NumberToken) capitalised++;
        }
        if (words == 0 || words > 22) return false;
        if (words >= 4 && capitalised * 10 >= words * 8) return true; // Title Case Headline Even With A Full Stop.
        char last = doc.Prose[para.Span.End - 1];
        return !(last is '.' or ',' or ';' or ':' or '\u201D' or '"') || words <= 3 && last == '.';
    }
}
