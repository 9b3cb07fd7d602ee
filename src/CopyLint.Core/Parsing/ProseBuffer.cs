using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// What a reader hands to the tokenizer: a copy of the source of the same length in which markup is blanked
/// (line breaks kept), the spans that were markup or masked, and, for structured inputs, the block spans.
/// </summary>
internal sealed class ProseBuffer
{
    public ProseBuffer(string source)
    {
        Chars = source.ToCharArray();
    }

    public char[] Chars { get; }
    /// <summary>Markup and masked ranges, each marked in <see cref="Kinds"/>; merged and sorted on <see cref="Seal"/>.</summary>
    private readonly List<(TextSpan Span, bool Masked)> _hidden = [];
    public List<TextSpan>? Blocks { get; set; }
    public List<TextSpan> Headings { get; } = [];

    public void Hide(TextSpan span, bool masked = false)
    {
        if (span.IsEmpty) return;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = Chars[i];
            if (c != '\n' && c != '\r') Chars[i] = ' ';
        }
        _hidden.Add((span, masked));
    }

    /// <summary>Hidden ranges sorted and made disjoint (masked wins over markup where they overlap).</summary>
    public List<(TextSpan Span, bool Masked)> Seal()
    {
        _hidden.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var result = new List<(TextSpan Span, bool Masked)>(_hidden.Count);
        foreach (var h in _hidden)
        {
            if (result.Count > 0)
            {
                var last = result[^1];
                if (h.Span.Start < last.Span.End)
                {
                    if (h.Span.End > last.Span.End)
                        result[^1] = (TextSpan.FromBounds(last.Span.Start, h.Span.End), last.Masked || h.Masked);
                    else if (h.Masked && !last.Masked)
                        result[^1] = (last.Span, true);
                    continue;
                }
                if (h.Span.Start == last.Span.End && h.Masked == last.Masked)
                {
                    result[^1] = (TextSpan.FromBounds(last.Span.Start, h.Span.End), last.Masked);
                    continue;
                }
            }
            result.Add(h);
        }
        return result;
    }
}
