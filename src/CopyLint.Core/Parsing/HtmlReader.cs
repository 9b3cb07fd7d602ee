using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Blanks HTML markup in place: tags, comments, and the content of head/script/style/template/svg/noscript.
/// Block-level tags end a block. Character references keep their decoded character in the first slot.
/// Tolerates any input: unclosed tags run to the end, stray '&lt;' is text.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr", "section", "article", "header",
        "footer", "aside", "nav", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "main",
        "body", "html", "dd", "dt", "dl", "address", "caption", "form", "button", "label", "option", "select", "time",
    };

    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "svg", "noscript", "head", "textarea", "math", "iframe",
    };

    public static void Read(string s, ProseBuffer buffer)
    {
        var blocks = new List<TextSpan>();
        int blockStart = -1, blockEnd = -1;
        int i = 0, n = s.Length;
        string? headingTag = null;
        int headingStart = -1;
        void EndBlock()
        {
            if (blockStart >= 0 && blockEnd > blockStart) blocks.Add(TextSpan.FromBounds(blockStart, blockEnd));
            blockStart = blockEnd = -1;
        }
        while (i < n)
        {
            char c = s[i];
            if (c == '<' && i + 1 < n && (char.IsLetter(s[i + 1]) || s[i + 1] is '/' or '!' or '?'))
            {
                int end;
                if (string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
                {
                    int close = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    end = close < 0 ? n : close + 3;
                    buffer.Hide(TextSpan.FromBounds(i, end));
                    i = end;
                    continue;
                }
                end = TagEnd(s, i);
                var (name, closing) = TagName(s, i);
                buffer.Hide(TextSpan.FromBounds(i, end));
                if (name.Length > 0 && BlockTags.Contains(name)) EndBlock();
                if (name.Length == 2 && (name[0] is 'h' or 'H') && char.IsDigit(name[1]))
                {
                    if (!closing) { headingTag = name; headingStart = blocks.Count; }
                    else if (headingTag is not null && blockStart < 0 && blocks.Count > headingStart) { buffer.Headings.Add(blocks[headingStart]); headingTag = null; }
                }
                if (!closing && name.Length > 0 && RawTextTags.Contains(name) && !(end >= 2 && s[end - 2] == '/'))
                {
                    int close = s.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    int rawEnd = close < 0 ? n : TagEnd(s, close);
                    buffer.Hide(TextSpan.FromBounds(end, rawEnd));
                    end = rawEnd;
                }
                i = end;
                continue;
            }
            if (c == '&')
            {
                int semi = -1;
                for (int k = i + 1; k < n && k <= i + 10; k++)
                {
                    if (s[k] == ';') { semi = k; break; }
                    if (!char.IsLetterOrDigit(s[k]) && s[k] != '#') break;
                }
                if (semi > i + 1)
                {
                    char decoded = Decode(s.AsSpan(i + 1, semi - i - 1));
                    if (decoded != '\0')
                    {
                        if (semi > i) buffer.Hide(TextSpan.FromBounds(i + 1, semi + 1));
                        buffer.Chars[i] = decoded;
                        if (!CharClass.IsSpace(decoded)) { if (blockStart < 0) blockStart = i; blockEnd = i + 1; }
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (!CharClass.IsSpace(c))
            {
                if (blockStart < 0) blockStart = i;
                blockEnd = i + 1;
            }
            i++;
        }
        EndBlock();
        buffer.Blocks = blocks;
    }

    private static int TagEnd(string s, int lt)
    {
        char quote = '\0';
        for (int k = lt + 1; k < s.Length; k++)
        {
            char c = s[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') { if (k > 0 && s[k - 1] == '=') quote = c; continue; }
            if (c == '>') return k + 1;
        }
        return s.Length;
    }

    private static (string Name, bool Closing) TagName(string s, int lt)
    {
        int k = lt + 1;
        bool closing = k < s.Length && s[k] == '/';
        if (closing) k++;
        int start = k;
        while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] == '-')) k++;
        return (s[start..k], closing);
    }

    private static char Decode(ReadOnlySpan<char> name)
    {
        if (name.Length > 1 && name[0] == '#')
        {
            bool hex = name[1] is 'x' or 'X';
            var digits = name[(hex ? 2 : 1)..];
            if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out int cp) && cp > 0 && cp < 0xFFFF && !char.IsSurrogate((char)cp))
                return (char)cp;
            return '\0';
        }
        return name switch
        {
            "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" => '\'', "nbsp" => ' ',
            "rsquo" => '\u2019', "lsquo" => '\u2018', "rdquo" => '\u201D', "ldquo" => '\u201C',
            "mdash" => '\u2014', "ndash" => '\u2013', "hellip" => '\u2026', "laquo" => '\u00AB', "raquo" => '\u00BB',
            "euro" => '\u20AC', "pound" => '\u00A3', "yen" => '\u00A5', "copy" => '\u00A9', "thinsp" => ' ', "shy" => ' ',
            "eacute" => 'é', "egrave" => 'è', "aacute" => 'á', "oacute" => 'ó', "uuml" => 'ü', "ouml" => 'ö', "auml" => 'ä',
            "iacute" => 'í', "ntilde" => 'ñ', "ccedil" => 'ç', "bull" => '\u2022', "middot" => '\u00B7', "times" => '\u00D7',
            _ => '\0',
        };
    }
}
