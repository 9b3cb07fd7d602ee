using System.Text;
using System.Text.Json;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Lexicons;

/// <summary>
/// Lexicon matching by word ID (one case-insensitive lookup per token per document) must answer exactly as matching by
/// the tokens' text did: for every entry of every shipped lexicon, in several spellings, against every lexicon.
/// </summary>
public class WordIdLookupTests
{
    private static ProseDocument Parse(string text) => ProseParser.Parse(SourceText.From(text), DocumentKind.PlainText);

    private static List<Lexicon> ShippedLexicons()
    {
        string? root = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && root is null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) root = dir.FullName;
        Assert.NotNull(root);
        var lexicons = new List<Lexicon>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "rules", "lexicons"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var entries = json.RootElement.GetProperty("entries").EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
            lexicons.Add(new Lexicon(Path.GetFileNameWithoutExtension(file), entries));
        }
        Assert.True(lexicons.Count > 20, "the shipped lexicons were not found");
        return lexicons;
    }

    private static void AssertAgree(IReadOnlyList<Lexicon> lexicons, ProseDocument doc)
    {
        int n = doc.Tokens.Length;
        foreach (var lexicon in lexicons)
        {
            for (int i = 0; i < n; i++)
            {
                foreach (int end in new[] { n, Math.Min(n, i + 2) })
                {
                    int byText = lexicon.MatchAtByText(doc, i, end), byId = lexicon.MatchAt(doc, i, end);
                    if (byText != byId) Assert.Fail($"{lexicon.Name}: token {i} '{doc.TokenString(i)}' (end {end}): by text {byText}, by ID {byId}");
                }
                if (lexicon.ContainsByText(doc, i) != lexicon.Contains(doc, i))
                    Assert.Fail($"{lexicon.Name}: Contains('{doc.TokenString(i)}') differs");
            }
        }
    }

    [Fact]
    public void Every_shipped_entry_in_every_spelling_matches_by_id_as_by_text()
    {
        var lexicons = ShippedLexicons();
        var text = new StringBuilder();
        int matched = 0;
        foreach (var entry in lexicons.SelectMany(l => l.Entries).Distinct())
        {
            var title = entry.Length > 0 ? char.ToUpperInvariant(entry[0]) + entry[1..] : entry;
            foreach (var spelling in new[] { entry, entry.ToUpperInvariant(), entry.ToLowerInvariant(), title })
                text.Append("He ").Append(spelling).Append(" then.\n\n");
        }
        var doc = Parse(text.ToString());
        AssertAgree(lexicons, doc);
        // the comparison is not vacuous: most entries are found
        foreach (var l in lexicons) for (int i = 0; i < doc.Tokens.Length; i++) if (l.MatchAt(doc, i, doc.Tokens.Length) > 0) matched++;
        Assert.True(matched > doc.Tokens.Length / 4, $"only {matched} matches in {doc.Tokens.Length} tokens");
    }

    [Fact]
    public void Non_ascii_and_case_variants_agree_with_ordinal_ignore_case()
    {
        var lexicons = new List<Lexicon>
        {
            new("accents", ["café", "naïve", "Œuvre", "straße", "résumé", "São Paulo", "is", "kelvin", "señor"]),
            new("ascii", ["cafe", "naive", "strasse", "sao paulo", "IS", "k"]),
        };
        var doc = Parse("CAFÉ Café cafe CAFE NAÏVE naive œuvre ŒUVRE STRASSE Straße STRASSE RÉSUMÉ résumé são paulo SÃO PAULO "
            + "ıs IS İs \u212Aelvin KELVIN \u212A k K SEÑOR señor Señor.");
        AssertAgree(lexicons, doc);
        Assert.True(lexicons[0].Contains(doc, 0));  // CAFÉ
        Assert.False(lexicons[0].Contains(doc, 2)); // cafe has no accent
        Assert.Equal(2, lexicons[0].MatchAt(doc, 15, doc.Tokens.Length)); // SÃO PAULO
    }

    [Fact]
    public void A_lexicon_built_after_a_document_was_read_still_finds_its_new_words()
    {
        var first = new Lexicon("first", ["alpha"]);
        var doc = Parse("The zorblaxian quintessoid alpha.");
        Assert.Equal(1, first.MatchAt(doc, 3, doc.Tokens.Length)); // the document's IDs are computed now
        var later = new Lexicon("later", ["Zorblaxian", "zorblaxian quintessoid alpha"]);
        Assert.Equal(3, later.MatchAt(doc, 1, doc.Tokens.Length));
        Assert.True(later.Contains(doc, 1));
        Assert.Equal(1, first.MatchAt(doc, 3, doc.Tokens.Length));
        AssertAgree([first, later], doc);
    }

    [Fact]
    public void The_fast_table_gives_the_id_the_ordinal_ignore_case_dictionary_gives()
    {
        var words = ShippedLexicons().SelectMany(l => l.Entries).SelectMany(e => Lexicon.Split(e)).ToList();
        // accented words, and words with characters that fold to ASCII (after which ASCII misses also ask the dictionary)
        words.AddRange(["café", "straße", "Œuvre", "naïve", "ſtop", "\u212Aelvin", "ıs"]);
        Assert.NotNull(WordTable.Intern(words));
        var snapshot = WordTable.Current;
        var probes = words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), w + "x", w[..^1] })
            .Concat(["STOP", "stop", "ſTOP", "kelvin", "KELVIN", "IS", "is", "CAFÉ", "cafe", "STRASSE", "œuvre", "zzzz", "a", "\u00E9"]);
        foreach (var probe in probes)
        {
            int fast = snapshot.IdOf(probe), reference = probe.Length == 0 ? 0 : WordTable.LookUpAll(probe);
            if (reference <= snapshot.Count) Assert.True(fast == reference, $"'{probe}': table {fast}, dictionary {reference}");
            else Assert.True(fast == 0 || fast == reference, $"'{probe}': table {fast}, dictionary {reference} (newer)");
        }
    }

    [Fact]
    public void Words_keep_their_ids_when_the_table_grows()
    {
        var before = new Lexicon("growth-before", ["ante", "Zyx-before"]);
        var doc = Parse("Ante zyx-before grows.");
        Assert.Equal(1, before.MatchAt(doc, 0, doc.Tokens.Length));
        // more new words than the first table holds (a quarter of 16,384 slots)
        var many = Enumerable.Range(0, 9000).Select(i => $"growthword{i}").ToList();
        var ids = WordTable.Intern(many);
        Assert.NotNull(ids);
        var snapshot = WordTable.Current;
        for (int i = 0; i < many.Count; i++)
        {
            Assert.Equal(ids[i], snapshot.IdOf(many[i]));
            Assert.Equal(ids[i], snapshot.IdOf(many[i].ToUpperInvariant()));
        }
        Assert.True(before.Contains(doc, 0) && before.Contains(doc, 1));
        var after = new Lexicon("growth-after", ["growthword8999", "grows"]);
        Assert.True(after.Contains(doc, 2));
        AssertAgree([before, after], Parse("GROWTHWORD17 growthword8999 ante Zyx-Before grows."));
    }

    [Theory]
    [InlineData("said", "SAID")]
    [InlineData("said", "sail")]
    [InlineData("café", "CAFÉ")]
    [InlineData("ıs", "is")]
    [InlineData("\u212A", "k")]
    [InlineData("@x", "`x")]
    [InlineData("", "")]
    [InlineData("a", "ab")]
    public void Token_equality_agrees_with_ordinal_ignore_case(string a, string b)
    {
        Assert.Equal(string.Equals(a, b, StringComparison.OrdinalIgnoreCase), ProseDocument.EqualsIgnoreCase(a, b));
        Assert.Equal(string.Equals(b, a, StringComparison.OrdinalIgnoreCase), ProseDocument.EqualsIgnoreCase(b, a));
    }
}
