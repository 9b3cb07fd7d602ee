using System.Text;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer.Tests;

public sealed class DocumentStoreTests
{
    private const string Uri = "file:///tmp/store.md";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Thousands_of_random_incremental_edits_match_a_reference_text(int seed)
    {
        var random = new Random(seed);
        var store = new DocumentStore();
        var reference = new StringBuilder("Seoul, Nov. 26 —\r\nAbout 500 people 🙂 died.\n\nIt's “quoted” text.\r");
        store.Open(Uri, "markdown", 1, reference.ToString(), DocumentKind.Markdown);
        string[] inserts = ["a", " ", "\n", "\r\n", "\r", "🙂", "é", "word ", "", "“", "\n\n"];
        for (int v = 2; v < 3000; v++)
        {
            var changes = new List<TextDocumentContentChangeEvent>();
            int count = random.Next(1, 4);
            for (int c = 0; c < count; c++)
            {
                var current = SourceText.From(reference.ToString());
                int a = RandomBoundary(random, current), b = RandomBoundary(random, current);
                if (a > b) (a, b) = (b, a);
                if (random.Next(8) == 0) b = a;
                var text = inserts[random.Next(inserts.Length)];
                changes.Add(new TextDocumentContentChangeEvent
                {
                    Range = new LspRange(Conversions.ToPosition(current, a, PositionEncoding.Utf16), Conversions.ToPosition(current, b, PositionEncoding.Utf16)),
                    Text = text,
                });
                reference.Remove(a, b - a).Insert(a, text);
            }
            var doc = store.Change(Uri, v, changes)!;
            Assert.Equal(reference.ToString(), doc.Text.ToString());
            Assert.Equal(v, doc.Version);
        }
    }

    /// <summary>An offset that does not split a surrogate pair or a CRLF (LSP positions cannot address inside either).</summary>
    private static int RandomBoundary(Random random, SourceText text)
    {
        while (true)
        {
            int offset = random.Next(text.Length + 1);
            if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset])) continue;
            if (offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n') continue;
            return offset;
        }
    }

    [Fact]
    public void Random_edits_in_utf8_positions_match_the_reference()
    {
        var random = new Random(7);
        var store = new DocumentStore { Encoding = PositionEncoding.Utf8 };
        var reference = new StringBuilder("Café 500 ünd 🙂 text\nzweite Zeile ß\n");
        store.Open(Uri, "plaintext", 1, reference.ToString(), DocumentKind.PlainText);
        for (int v = 2; v < 1000; v++)
        {
            var current = SourceText.From(reference.ToString());
            int a = RandomBoundary(random, current), b = RandomBoundary(random, current);
            if (a > b) (a, b) = (b, a);
            var text = random.Next(3) switch { 0 => "ä", 1 => "🙂x", _ => "\n" };
            var change = new TextDocumentContentChangeEvent
            {
                Range = new LspRange(Conversions.ToPosition(current, a, PositionEncoding.Utf8), Conversions.ToPosition(current, b, PositionEncoding.Utf8)),
                Text = text,
            };
            reference.Remove(a, b - a).Insert(a, text);
            Assert.Equal(reference.ToString(), store.Change(Uri, v, [change])!.Text.ToString());
        }
    }

    [Fact]
    public void Out_of_range_and_reversed_ranges_are_clamped_and_logged()
    {
        var log = new List<string>();
        var store = new DocumentStore(log.Add);
        store.Open(Uri, "plaintext", 1, "abc\ndef", DocumentKind.PlainText);
        var doc = store.Change(Uri, 2, [new TextDocumentContentChangeEvent { Range = new LspRange(new Position(9, 0), new Position(12, 4)), Text = "!" }])!;
        Assert.Equal("abc\ndef!", doc.Text.ToString());
        doc = store.Change(Uri, 3, [new TextDocumentContentChangeEvent { Range = new LspRange(new Position(0, 2), new Position(0, 1)), Text = "X" }])!;
        Assert.Equal("aXc\ndef!", doc.Text.ToString());
        doc = store.Change(Uri, 4, [new TextDocumentContentChangeEvent { Range = new LspRange(new Position(0, 80), new Position(0, 90)), Text = "." }])!;
        Assert.Equal("aXc.\ndef!", doc.Text.ToString());
        Assert.Equal(3, log.Count);
    }

    [Fact]
    public void Change_for_an_unknown_document_is_ignored_with_a_log_line()
    {
        var log = new List<string>();
        var store = new DocumentStore(log.Add);
        Assert.Null(store.Change("file:///nope.md", 2, [new TextDocumentContentChangeEvent { Text = "x" }]));
        Assert.Contains("not open", Assert.Single(log));
    }
}
