using CopyLint.Core.Syntax;

namespace CopyLint.Rules.Evidence;

/// <summary>
/// Who speaks a quotation, as far as a linter needs to know: is there a speaker cue in reach?
/// W1 a cue in the narration of the sentences the quote touches; W2 the previous sentence of the paragraph
/// introduces it or the next one is a tag; W3 an earlier quote of the paragraph was attributed (continuation);
/// W4 it continues a quote left open at the end of the previous paragraph; W5 the previous paragraph ends
/// with an introducing colon.
/// </summary>
public sealed class QuoteAttribution
{
    private readonly EvidenceFinder _finder;
    private NodeCache<SentenceEvidence> _cache;

    public QuoteAttribution(EvidenceFinder finder)
    {
        _finder = finder;
        _cache = new(finder.Document.Quotes.Count);
    }

    public SentenceEvidence Resolve(QuoteNode quote)
    {
        if (_cache.TryGetValue(quote.Index, out var cached)) return cached;
        _cache.Set(quote.Index, default); // guard against cycles
        var result = Compute(quote);
        _cache.Set(quote.Index, result);
        return result;
    }

    private SentenceEvidence Compute(QuoteNode quote)
    {
        var doc = _finder.Document;
        // W1: sentences touched by the quote
        SentenceNode? firstTouched = null, lastTouched = null;
        int ts = doc.SentenceOfToken(quote.FirstToken);
        int te = doc.SentenceOfToken(Math.Max(quote.FirstToken, quote.EndToken - 1));
        if (ts >= 0 && te >= ts)
        {
            firstTouched = doc.Sentences[ts];
            lastTouched = doc.Sentences[te];
            for (int s = ts; s <= te; s++)
            {
                var ev = _finder.Attribution(doc.Sentences[s]);
                if (ev.Kind != EvidenceKind.None) return ev with { Kind = EvidenceKind.QuoteSpeaker };
                var ap = _finder.AttributionIn(doc.Sentences[s].FirstToken, doc.Sentences[s].EndToken, includeQuoted: false);
                if (ap.Kind != EvidenceKind.None) return ap with { Kind = EvidenceKind.QuoteSpeaker };
            }
        }
        // W2: previous sentence introduces ("Kim said:" / "Lee disagreed."), next sentence is a tag ("he said.")
        if (firstTouched is not null)
        {
            var prev = _finder.PreviousInParagraph(firstTouched);
            if (prev is not null)
            {
                var ev = _finder.Attribution(prev);
                if (ev.Kind != EvidenceKind.None || EndsWithColon(prev)) return new SentenceEvidence(EvidenceKind.QuoteSpeaker, prev.Span, ev.Cue ?? ":");
            }
        }
        if (lastTouched is not null)
        {
            var next = _finder.NextInParagraph(lastTouched);
            if (next is not null && next.TokenCount <= 12)
            {
                var ev = _finder.Attribution(next);
                if (ev.Kind != EvidenceKind.None) return ev with { Kind = EvidenceKind.QuoteSpeaker };
            }
        }
        // W3: continuation of an attributed quote earlier in the paragraph
        for (int k = quote.Index - 1; k >= 0; k--)
        {
            var earlier = doc.Quotes[k];
            if (earlier.Paragraph != quote.Paragraph) break;
            if (earlier.IsTerm) continue;
            var ev = Resolve(earlier);
            if (ev.Kind != EvidenceKind.None) return ev;
            break;
        }
        // W4: multi-paragraph quotation
        if (quote.ContinuesPrevious)
        {
            for (int k = quote.Index - 1; k >= 0; k--)
            {
                var earlier = doc.Quotes[k];
                if (earlier.Paragraph < quote.Paragraph - 1) break;
                if (earlier.Paragraph == quote.Paragraph - 1 && !earlier.IsClosed) return Resolve(earlier);
            }
        }
        // W5: the paragraph opens with the quote and the previous paragraph ends with a colon
        var para = doc.Paragraphs[quote.Paragraph];
        if (para.Index > 0 && quote.Span.Start == para.Span.Start)
        {
            var prevPara = doc.Paragraphs[para.Index - 1];
            char last = doc.Prose[prevPara.Span.End - 1];
            if (last == ':' && prevPara.SentenceCount > 0)
                return new SentenceEvidence(EvidenceKind.QuoteSpeaker, prevPara.Span, ":");
        }
        return default;
    }

    private bool EndsWithColon(SentenceNode s)
    {
        var doc = _finder.Document;
        return doc.Prose[s.Span.End - 1] == ':';
    }
}
