using System.Runtime.InteropServices;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// What a reader hands to the tokenizer: the source, or a copy of the same length in which markup is blanked
/// (line breaks kept), the spans that were markup or masked, and, for structured inputs, the block spans.
/// </summary>
internal sealed class ProseBuffer
{
    private readonly string _source;
    private string? _copy;

    public ProseBuffer(string source) => _source = source;

    /// <summary>
    /// The finished prose text, once the readers and the masker are done with <see cref="Chars"/>: the source itself
    /// when nothing was hidden or rewritten (plain text without URLs or e-mails, the common case), else the copy.
    /// </summary>
    public string Prose => _copy ?? _source;

    /// <summary>The prose as it stands, for reading.</summary>
    public ReadOnlySpan<char> View => Prose;

    /// <summary>
    /// The prose, for writing. The first call makes the buffer's own copy of the source (copy on write), built in
    /// place: only this buffer sees it until the parser hands it to the document. Never use after the document is built:
    /// the string is immutable from then on. Spans taken before a write see the source, not the copy: take it again.
    /// </summary>
    public Span<char> Chars
    {
        get
        {
            if (_source.Length == 0) return [];
            _copy ??= new string(_source.AsSpan());
            return MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(_copy.AsSpan()), _copy.Length);
        }
    }

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
