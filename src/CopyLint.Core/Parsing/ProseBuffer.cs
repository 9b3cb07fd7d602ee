using System.Runtime.InteropServices;
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
        // The prose string is built in place: a fresh copy of the source that only this buffer sees until the parser
        // hands it to the document, so blanking markup needs no second copy (a char[] and then a string of it).
        Prose = new string(source.AsSpan());
    }

    /// <summary>The finished prose text, once the readers and the masker are done with <see cref="Chars"/>.</summary>
    public string Prose { get; }

    /// <summary>The prose being written. Never use after the document is built: the string is immutable from then on.</summary>
    public Span<char> Chars => Prose.Length == 0 ? [] : MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(Prose.AsSpan()), Prose.Length);
    /// <summary>Markup and masked ranges, each marked in <see cref="Kinds"/>; merged and sorted on <see cref="Seal"/>.</summary>
    private readonly List<(TextSpan Span, bool Masked)> _hidden = [];
    public List<TextSpan>? Blocks { get; set; }
    public List<TextSpan> Headings { get; } = [];

    public void Hide(TextSpan span, bool masked = false)
    {
        if (span.IsEmpty) return;
        var chars = Chars.Slice(span.Start, span.Length);
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (c != '\n' && c != '\r') chars[i] = ' ';
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
