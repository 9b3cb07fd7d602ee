using System.Text;
using System.Text.Json;
using CopyLint.Core.Lexicons;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.Tests.Lexicons;

/// <summary>The shipped word lists are read with Utf8JsonReader now; they must read as they did with JsonDocument.</summary>
public sealed class ShippedLexiconsTests
{
    [Theory]
    [InlineData("""{"name": "hedges", "description": "x", "entries": ["allegedly", "reportedly"]}""")]
    [InlineData("\uFEFF{\"entries\": [\"a\", 1, null, {\"x\": [\"no\"]}, [\"no\"], \"b\"], \"name\": \"late\"}")]
    [InlineData("""{"name": 7, "entries": ["a"]}""")]
    [InlineData("""{"name": "first", "name": "second", "entries": ["a"], "entries": ["b"]}""")]
    [InlineData("""{"entries": ["a"], "entries": {"b": 1}}""")]
    [InlineData("""{"entries": "not a list"}""")]
    [InlineData("// comment\n{ /* c */ \"name\": \"n\", \"entries\": [\"x\", \"y\",], \"extra\": {\"entries\": [\"no\"], \"name\": \"no\"}, }")]
    [InlineData("""{"n\u0061me": "escaped", "entries": ["caf\u00e9"]}""")]
    [InlineData("{}")]
    public void Reads_as_JsonDocument_read(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var (expectedName, expectedEntries) = ReadWithJsonDocument("fallback", bytes);
        var (name, entries) = ShippedLexicons.Read("fallback", bytes);
        Assert.Equal(expectedName, name);
        Assert.Equal(expectedEntries, entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"entries\": [\"a\"]")]
    [InlineData("{\"entries\": [\"a\"]} {}")]
    [InlineData("{\"entries\": [\"a\" \"b\"]}")]
    public void Rejects_what_JsonDocument_rejected(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.ThrowsAny<JsonException>(() => ReadWithJsonDocument("fallback", bytes));
        Assert.ThrowsAny<JsonException>(() => ShippedLexicons.Read("fallback", bytes));
    }

    [Fact]
    public void Every_shipped_list_reads_as_JsonDocument_read_it()
    {
        var asm = typeof(ShippedLexicons).Assembly;
        var names = asm.GetManifestResourceNames().Where(n => n.StartsWith("lexicons/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        foreach (var resource in names)
        {
            using var stream = asm.GetManifestResourceStream(resource)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var fallback = Path.GetFileNameWithoutExtension(resource);
            var (expectedName, expectedEntries) = ReadWithJsonDocument(fallback, ms.ToArray());
            var lexicon = ShippedLexicons.All[expectedName];
            Assert.Equal(expectedName, lexicon.Name);
            Assert.Equal(expectedEntries.Select(e => e.Trim()).Where(e => e.Length > 0), lexicon.Entries);
        }
        Assert.Equal(names.Count, ShippedLexicons.All.Names.Count());
    }

    [Fact]
    public void With_replaces_a_list_in_place_and_keeps_the_others()
    {
        var set = LexiconSet.Deferred([("a", () => new Lexicon("a", ["x"])), ("b", () => new Lexicon("b", ["y"]))]);
        var edited = set.With(new Lexicon("A", ["z"]));
        Assert.Equal(["A", "b"], edited.Names);
        Assert.True(edited["a"].Contains("z"));
        Assert.True(edited["b"].Contains("y"));
        Assert.True(set["a"].Contains("x"));
        Assert.Equal(["A", "b", "c"], edited.With(new Lexicon("c", [])).Names);
    }

    // What ShippedLexicons.Parse did before (JsonDocument), kept here as the reference.
    private static (string Name, List<string> Entries) ReadWithJsonDocument(string fallbackName, byte[] json)
    {
        using var doc = JsonDocument.Parse(new MemoryStream(json), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : fallbackName;
        var entries = new List<string>();
        if (root.TryGetProperty("entries", out var e) && e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) entries.Add(item.GetString()!);
        return (name, entries);
    }
}
