using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Parsing;

/// <summary>Author metadata of an HTML page (AngleSharp): meta tags, itemprop/rel author, byline classes, JSON-LD.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] MetaNames = ["author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "citation_author", "parsely-author", "article.author"];
    private static readonly string[] MetaProperties = ["author", "article:author", "og:author", "og:article:author", "book:author"];
    private static readonly string[] BylineClassHints = ["byline", "author-name", "authorname", "author_name", "posted-by", "submitted-by", "writer", "author"];

    public static List<AuthorEvidence> Read(string html)
    {
        var found = new List<AuthorEvidence>();
        IDocument doc;
        // AngleSharp's tree builder checks element scope against the stack of open elements, so its time grows
        // with the square of the nesting depth (100k nested divs took minutes). Real pages nest a few dozen deep;
        // past the limit only the part before <body> (meta tags, head JSON-LD) is given to it.
        if (MaxNestingDepth(html, DepthLimit) > DepthLimit) html = HeadPart(html);
        try { doc = new HtmlParser().ParseDocument(html); }
        catch (Exception) { return found; }

        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("name")?.Trim().ToLowerInvariant();
            var prop = meta.GetAttribute("property")?.Trim().ToLowerInvariant();
            var content = Clean(meta.GetAttribute("content"));
            if (content.Length == 0) continue;
            if (name is not null && MetaNames.Contains(name)) found.Add(new(content, $"<meta name=\"{name}\">"));
            else if (prop is not null && MetaProperties.Contains(prop) && !LooksLikeUrlOnly(content)) found.Add(new(content, $"<meta property=\"{prop}\">"));
        }
        foreach (var el in doc.QuerySelectorAll("[itemprop~=author], [rel~=author]"))
        {
            var text = Clean(el.GetAttribute("content") ?? el.TextContent);
            if (text.Length > 0 && text.Length < 120) found.Add(new(text, el.HasAttribute("itemprop") ? "itemprop=author" : "rel=author"));
        }
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            foreach (var name in JsonLdAuthors(script.TextContent))
                found.Add(new(name, "JSON-LD author"));
        }
        foreach (var el in doc.QuerySelectorAll("[class], [id], [data-component]"))
        {
            var cls = ((el.GetAttribute("class") ?? "") + " " + (el.GetAttribute("id") ?? "") + " " + (el.GetAttribute("data-component") ?? "")).ToLowerInvariant();
            if (!BylineClassHints.Any(h => cls.Contains(h, StringComparison.Ordinal))) continue;
            if (el.LocalName is "body" or "html" or "article" or "main" or "script" or "style") continue;
            var text = Clean(el.TextContent);
            if (text.Length is > 2 and < 120 && text.Any(char.IsUpper)) found.Add(new(text, $"element class/id '{cls.Trim()}'"));
        }
        return found;
    }

    internal const int DepthLimit = 2000;

    private static readonly HashSet<string> NoNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "!doctype",
    };

    /// <summary>Open-minus-closed element count at its highest, stopping once it passes <paramref name="stopAbove"/>. Linear.</summary>
    internal static int MaxNestingDepth(string html, int stopAbove)
    {
        int depth = 0, max = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int k = start;
            while (k < html.Length && (char.IsAsciiLetterOrDigit(html[k]) || html[k] is '-' or '!')) k++;
            if (k == start) { i++; continue; }
            int gt = html.IndexOf('>', k);
            if (gt < 0) break;
            bool selfClosing = html[gt - 1] == '/';
            if (!NoNesting.Contains(html.AsSpan(start, k - start).ToString()) && !selfClosing)
            {
                depth += closing ? -1 : 1;
                if (depth < 0) depth = 0;
                if (depth > max && (max = depth) > stopAbove) return max;
            }
            i = gt + 1;
        }
        return max;
    }

    private static string HeadPart(string html)
    {
        int body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        return body >= 0 ? html[..body] : "";
    }

    private static bool LooksLikeUrlOnly(string s) => s.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !s.Contains(' ');

    private static string Clean(string? s) => s is null ? "" : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Pull "author" names out of JSON-LD without a JSON library: find "author" keys and their "name" strings.</summary>
    internal static IEnumerable<string> JsonLdAuthors(string json)
    {
        int i = 0;
        while ((i = json.IndexOf("\"author\"", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int colon = json.IndexOf(':', i + 8);
            if (colon < 0) yield break;
            int k = colon + 1;
            while (k < json.Length && char.IsWhiteSpace(json[k])) k++;
            if (k < json.Length && json[k] == '"')
            {
                var v = ReadString(json, k, out int after);
                if (v.Length > 0) yield return v;
                i = after;
                continue;
            }
            // object or array: look for "name" within the bracket's extent
            int depth = 0, end = k;
            for (; end < json.Length; end++)
            {
                if (json[end] == '"') { ReadString(json, end, out int a); end = a - 1; continue; }
                if (json[end] is '{' or '[') depth++;
                else if (json[end] is '}' or ']') { depth--; if (depth <= 0) break; }
            }
            var inner = json.Substring(k, Math.Min(json.Length, end + 1) - k);
            int n = 0;
            while ((n = inner.IndexOf("\"name\"", n, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int c2 = inner.IndexOf(':', n + 6);
                if (c2 < 0) break;
                int q = c2 + 1;
                while (q < inner.Length && char.IsWhiteSpace(inner[q])) q++;
                if (q < inner.Length && inner[q] == '"')
                {
                    var v = ReadString(inner, q, out int a);
                    if (v.Trim().Length > 0) yield return v.Trim();
                    n = a;
                }
                else n = c2;
            }
            i = Math.Max(end, i + 8);
        }
    }

    private static string ReadString(string s, int quote, out int after)
    {
        var sb = new System.Text.StringBuilder();
        int k = quote + 1;
        for (; k < s.Length && s[k] != '"'; k++)
        {
            if (s[k] == '\\' && k + 1 < s.Length) { k++; sb.Append(s[k] == 'n' ? ' ' : s[k]); }
            else sb.Append(s[k]);
        }
        after = Math.Min(s.Length, k + 1);
        return sb.ToString();
    }
}
