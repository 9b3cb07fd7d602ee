using System.Reflection;
using System.Text.Json;
using CopyLint.Core.Lexicons;

namespace CopyLint.Rules.Lexicons;

/// <summary>The word lists embedded from rules/lexicons/*.json at build time. Parsed once per process.</summary>
public static class ShippedLexicons
{
    private static readonly Lazy<LexiconSet> _all = new(Load);

    public static LexiconSet All => _all.Value;

    private static LexiconSet Load()
    {
        var asm = typeof(ShippedLexicons).Assembly;
        var list = new List<Lexicon>();
        foreach (var name in asm.GetManifestResourceNames())
        {
            if (!name.StartsWith("lexicons/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = asm.GetManifestResourceStream(name)!;
            list.Add(Parse(Path.GetFileNameWithoutExtension(name), stream));
        }
        return new LexiconSet(list);
    }

    /// <summary>Read a lexicon file: {"name": …, "description": …, "entries": [ … ]}.</summary>
    public static Lexicon Parse(string fallbackName, Stream json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : fallbackName;
        var entries = new List<string>();
        if (root.TryGetProperty("entries", out var e) && e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) entries.Add(item.GetString()!);
        return new Lexicon(name, entries);
    }
}
