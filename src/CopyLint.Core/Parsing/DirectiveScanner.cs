using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Finds suppression comments: <c>&lt;!-- copylint-disable-next-line CL0001: reason --&gt;</c>,
/// <c>copylint-disable</c>/<c>copylint-enable</c> blocks, <c>copylint-disable-line</c>, and the plain-text forms
/// <c>[copylint: ignore CL0001: reason]</c>, <c>[copylint: disable-next-line CL0001]</c>, <c>[copylint: disable]</c>, <c>[copylint: enable]</c>.
/// </summary>
internal static class DirectiveScanner
{
    // Vectorised case-insensitive search: the plain-text form is looked for over the whole input of every document.
    private static readonly System.Buffers.SearchValues<string> PlainTextOpener =
        System.Buffers.SearchValues.Create(["[copylint:"], StringComparison.OrdinalIgnoreCase);

    public static List<Directive> Scan(SourceText text, ProseBuffer buffer, bool hideAllHtmlComments)
    {
        var result = new List<Directive>();
        var s = text.ToString();
        int i = 0;
        while ((i = s.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            int end = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
            int close = end < 0 ? s.Length : end + 3;
            var body = s.AsSpan(i + 4, (end < 0 ? s.Length : end) - i - 4).Trim();
            var d = Parse(body, TextSpan.FromBounds(i, close), text, "copylint-");
            if (d is not null) result.Add(d);
            if (d is not null || hideAllHtmlComments) buffer.Hide(TextSpan.FromBounds(i, close));
            i = close;
        }
        i = 0;
        while (i < s.Length && (i = IndexOfPlainTextOpener(s, i)) >= 0)
        {
            int end = s.IndexOf(']', i);
            int nl = s.IndexOfAny(['\n', '\r'], i);
            if (end < 0 || (nl >= 0 && nl < end)) { i += 10; continue; }
            var body = s.AsSpan(i + 10, end - i - 10).Trim();
            var d = Parse(body, TextSpan.FromBounds(i, end + 1), text, "");
            if (d is not null)
            {
                result.Add(d);
                buffer.Hide(d.Span);
            }
            i = end + 1;
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static int IndexOfPlainTextOpener(string s, int from)
    {
        int k = s.AsSpan(from).IndexOfAny(PlainTextOpener);
        return k < 0 ? -1 : from + k;
    }

    private static Directive? Parse(ReadOnlySpan<char> body, TextSpan span, SourceText text, string prefix)
    {
        if (!body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        body = body[prefix.Length..];
        int sp = 0;
        while (sp < body.Length && (char.IsLetter(body[sp]) || body[sp] == '-')) sp++;
        var verb = body[..sp].ToString().ToLowerInvariant();
        DirectiveKind kind;
        switch (verb)
        {
            case "disable-next-line": kind = DirectiveKind.DisableNextLine; break;
            case "disable-line": case "ignore": kind = DirectiveKind.DisableLine; break;
            case "disable": kind = DirectiveKind.Disable; break;
            case "enable": kind = DirectiveKind.Enable; break;
            default: return null;
        }
        var rest = body[sp..];
        string? reason = null;
        int colon = rest.IndexOf(':');
        int dashes = rest.IndexOf("--", StringComparison.Ordinal);
        int cut = colon >= 0 && (dashes < 0 || colon < dashes) ? colon : dashes;
        if (cut >= 0)
        {
            var r = rest[(cut + (rest[cut] == ':' ? 1 : 2))..].Trim();
            if (!r.IsEmpty) reason = r.ToString();
            rest = rest[..cut];
        }
        var ids = new List<string>();
        foreach (var part in rest.ToString().Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
            ids.Add(part.ToUpperInvariant());
        return new Directive(kind, ids, reason, span, text.GetLineFromOffset(span.Start));
    }
}
