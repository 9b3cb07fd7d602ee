using System.Text.Json;
using CopyLint.Core.Lexicons;

namespace CopyLint.Rules.Lexicons;

/// <summary>
/// The word lists embedded from rules/lexicons/*.json at build time. Read once per process with a forward-only
/// <see cref="Utf8JsonReader"/> (no document tree); each list's lookup structures are built the first time a rule
/// reads it.
/// </summary>
public static class ShippedLexicons
{
    private static readonly Lazy<LexiconSet> _all = new(Load);

    public static LexiconSet All => _all.Value;

    private static LexiconSet Load()
    {
        var asm = typeof(ShippedLexicons).Assembly;
        var list = new List<(string, Func<Lexicon>)>();
        foreach (var resource in asm.GetManifestResourceNames())
        {
            if (!resource.StartsWith("lexicons/", StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = asm.GetManifestResourceStream(resource)!;
            var (name, entries) = Read(Path.GetFileNameWithoutExtension(resource), ReadAll(stream));
            list.Add((name, () => new Lexicon(name, entries)));
        }
        return LexiconSet.Deferred(list);
    }

    /// <summary>Read a lexicon file: {"name": …, "description": …, "entries": [ … ]}.</summary>
    public static Lexicon Parse(string fallbackName, Stream json)
    {
        var (name, entries) = Read(fallbackName, ReadAll(json));
        return new Lexicon(name, entries);
    }

    /// <summary>
    /// The name and string entries of a lexicon file, read as JsonDocument read them: comments and trailing commas
    /// allowed, the whole text validated, the last "name"/"entries" of the root object winning, a "name" that is not
    /// a string meaning the file name, non-string entries skipped.
    /// </summary>
    internal static (string Name, List<string> Entries) Read(string fallbackName, ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read()) throw new JsonException("The lexicon file is empty.");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            while (reader.Read()) { }
            throw new InvalidOperationException($"A lexicon file must be a JSON object ({fallbackName}).");
        }
        string? name = null;
        var entries = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isName = reader.ValueTextEquals("name"u8), isEntries = reader.ValueTextEquals("entries"u8);
            reader.Read();
            if (isName) name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (isEntries)
            {
                entries = [];
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType == JsonTokenType.String) entries.Add(reader.GetString()!);
                        else reader.Skip();
                    }
                    continue;
                }
            }
            reader.Skip();
        }
        while (reader.Read()) { } // nothing may follow the object
        return (name ?? fallbackName, entries);
    }

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return bytes;
        }
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
