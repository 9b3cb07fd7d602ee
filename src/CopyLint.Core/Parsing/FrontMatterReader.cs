using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Parsing;

/// <summary>Reads YAML (---) or TOML (+++) front matter at the very start of a Markdown file: top-level scalar keys and simple lists.</summary>
internal static class FrontMatterReader
{
    public static FrontMatterNode? Read(SourceText text)
    {
        if (text.Length < 3 || text.LineCount < 2) return null;
        var first = text.ToString(text.GetLineSpan(0)).Trim();
        if (first != "---" && first != "+++") return null;
        bool toml = first == "+++";
        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        for (int line = 1; line < text.LineCount; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            var raw = text.ToString(lineSpan);
            if (raw.Trim() == first || (!toml && raw.Trim() == "..."))
                return new FrontMatterNode(TextSpan.FromBounds(0, text.GetLineSpanIncludingBreak(line).End), entries);
            if (raw.Length == 0 || raw.TrimStart().StartsWith('#')) continue;
            if (listKey is not null && raw.TrimStart().StartsWith("- ") && char.IsWhiteSpace(raw[0]) | raw.StartsWith("- "))
            {
                int dash = raw.IndexOf('-');
                var item = Unquote(raw[(dash + 1)..].Trim(), out int lead);
                if (item.Length > 0 && entries.TryGetValue(listKey, out var existing) && existing.Value.Length == 0)
                {
                    int valueStart = lineSpan.Start + dash + 1 + (raw.Length - dash - 1 - raw[(dash + 1)..].TrimStart().Length) + lead;
                    entries[listKey] = existing with { Value = item, ValueSpan = new TextSpan(valueStart, item.Length) };
                }
                continue;
            }
            if (char.IsWhiteSpace(raw[0])) continue;
            int sep = toml ? raw.IndexOf('=') : raw.IndexOf(':');
            if (sep <= 0) continue;
            var key = raw[..sep].Trim();
            var valueRaw = raw[(sep + 1)..];
            var trimmed = valueRaw.Trim();
            if (trimmed.StartsWith('[') && trimmed.EndsWith(']')) trimmed = trimmed[1..^1].Split(',')[0].Trim();
            var value = Unquote(trimmed, out int q);
            int vStart = lineSpan.Start + sep + 1 + (valueRaw.Length - valueRaw.TrimStart().Length) + q;
            entries[key] = new FrontMatterEntry(key, value, new TextSpan(lineSpan.Start, key.Length), new TextSpan(Math.Min(vStart, lineSpan.End), Math.Min(value.Length, Math.Max(0, lineSpan.End - vStart))));
            listKey = value.Length == 0 ? key : null;
        }
        return null; // unterminated: not front matter
    }

    private static string Unquote(string v, out int lead)
    {
        lead = 0;
        if (v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[^1] == v[0]) { lead = 1; return v[1..^1]; }
        return v;
    }
}
