using System.Text;
using CopyLint.Core.Diagnostics;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>A hover on a finding: rule title and message, the rule's summary and its bad/good examples.</summary>
internal sealed class HoverBuilder
{
    private readonly RuleDocs _docs;

    public HoverBuilder(RuleDocs docs) => _docs = docs;

    public Hover? Build(AnalysisResult result, int offset, PositionEncoding encoding, bool markdown)
    {
        var hits = result.Diagnostics.Where(d => d.Span.Start <= offset && (offset < d.Span.End || (offset == d.Span.End) || d.Span.IsEmpty && offset == d.Span.Start)).ToList();
        if (hits.Count == 0) return null;
        var sb = new StringBuilder();
        foreach (var d in hits)
        {
            if (sb.Length > 0) sb.Append(markdown ? "\n\n---\n\n" : "\n\n");
            Append(sb, d, markdown);
        }
        var first = hits[0];
        return new Hover(new MarkupContent(markdown ? MarkupContent.Markdown : MarkupContent.PlainText, sb.ToString()),
            Conversions.ToRange(result.Document.Text, first.Span, encoding));
    }

    private void Append(StringBuilder sb, Diagnostic d, bool markdown)
    {
        var doc = _docs.Read(d.Id);
        var summary = doc?.Summary is { Length: > 0 } s ? s : d.Descriptor.Description;
        var href = _docs.HrefFor(d.Descriptor);
        if (markdown)
        {
            sb.Append("**").Append(d.Id).Append(": ").Append(d.Descriptor.Title).Append("** (").Append(d.Severity.ToWireString()).Append(")\n\n");
            sb.Append(d.Message).Append("\n\n");
            sb.Append(summary).Append('\n');
            if (doc?.Examples is { } ex) sb.Append("\n**Examples**\n\n").Append(ex).Append('\n');
            sb.Append("\n[Rule documentation](").Append(href).Append(')');
        }
        else
        {
            sb.Append(d.Id).Append(": ").Append(d.Descriptor.Title).Append(" (").Append(d.Severity.ToWireString()).Append(")\n\n");
            sb.Append(d.Message).Append("\n\n").Append(summary).Append('\n');
            if (doc?.Examples is { } ex) sb.Append("\nExamples\n\n").Append(ex).Append('\n');
            sb.Append("\nRule documentation: ").Append(href);
        }
    }
}
