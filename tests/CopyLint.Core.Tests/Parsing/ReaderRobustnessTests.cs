using System.Text;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>No reader throws on any input, and the tree stays lossless whatever it is given.</summary>
public sealed class ReaderRobustnessTests
{
    public static TheoryData<string, DocumentKind> Inputs()
    {
        var data = new TheoryData<string, DocumentKind>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
            foreach (var name in Generators.Keys)
                data.Add(name, kind);
        return data;
    }

    private static readonly Dictionary<string, Func<SourceText>> Generators = new()
    {
        ["empty"] = () => SourceText.From(""),
        ["whitespace only"] = () => SourceText.From(" \t\r\n\n \u00A0\u2028\r\r\n   "),
        ["binary garbage"] = () => SourceText.From(RandomBytes(64 * 1024, seed: 7)),
        ["NUL characters"] = () => SourceText.From("a\0b\0\0 \0\"\0<\0>\0&#0;\0---\0"),
        ["invalid UTF-8"] = () => SourceText.From(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, (byte)'A', 0xFF, 0xFE, 0xED, 0xA0, 0x80 }),
        ["lone surrogates"] = () => SourceText.From("x\uD800 y\uDC00z \uDBFF\n\uD83D"),
        ["10 MB of text"] = () => SourceText.From(TenMegabytes()),
        ["huge single line"] = () => SourceText.From(string.Concat(Enumerable.Repeat("word 12,345 \u201Cquote\u201D U.S. a.m. ", 200_000))),
        ["unbalanced markup"] = () => SourceText.From("<p>one <b>two <i>three</p></b> four</i> <<<>>> </div></div> **bold _it* [link](http://x \"t) `code\n\n\u201Copen \"half 'single ‘left"),
        ["deeply nested HTML"] = () => SourceText.From(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep text 42." + string.Concat(Enumerable.Repeat("</div>", 100_000))),
        ["deeply nested Markdown"] = () => SourceText.From(new string('>', 50_000) + " quoted 7\n" + new string('[', 50_000) + "x" + new string(']', 50_000) + "\n" + string.Concat(Enumerable.Repeat("- ", 20_000)) + "item"),
        ["unclosed comment"] = () => SourceText.From("Before 12 people. <!-- copylint-disable CL0001 never closed\nAfter 13."),
        ["unclosed tag"] = () => SourceText.From("Text 5 <a href=\"http://example.com/?q=1 and never closed\n\nMore text 6 <div class='x"),
        ["unclosed script"] = () => SourceText.From("<p>Hi 1</p><script>var x = '</p>'; // no end"),
        ["unclosed front matter"] = () => SourceText.From("---\ntitle: \"Unclosed\nauthor: Jane\nBody 9 people.\n"),
        ["unclosed TOML front matter"] = () => SourceText.From("+++\ntitle = 'x'\n"),
        ["broken entities"] = () => SourceText.From("&amp &#; &#xZZ; &#99999999; &#xD800; &unknown; & &&;; &#1114112;"),
        ["broken directives"] = () => SourceText.From("[copylint: ignore CL0001: no close\n<!-- copylint-disable-next-line\n[copylint:]"),
        ["JSON-LD garbage"] = () => SourceText.From("<script type=\"application/ld+json\">{\"author\": {\"name\": \"A\\\"\" [[[ \"author\":</script><meta name=author>"),
        ["only punctuation"] = () => SourceText.From("...!?\u2026\u2014--\u201C\u201D''\"\"(((]]]"),
    };

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        for (int i = 0; i < length; i += 97) bytes[i] = 0; // plenty of NULs
        return bytes;
    }

    private static string TenMegabytes()
    {
        var sb = new StringBuilder(10 * 1024 * 1024 + 200);
        var para = "SEOUL, Dec. 17 (Yonhap) -- About 1,200 people, officials said, were evacuated on Nov. 4. \u201CIt was chaos,\u201D Mr. Kim said. See https://example.com/x1 or mail a.b1@example.org.\n\n";
        while (sb.Length < 10 * 1024 * 1024) sb.Append(para);
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reader_does_not_throw_and_keeps_the_tree_lossless(string input, DocumentKind kind)
    {
        var text = Generators[input]();
        var doc = ProseParser.Parse(text, kind);
        Assert.Equal(kind, doc.Kind);
        Assert.Null(TreeInvariants.Check(doc));
    }

    [Fact]
    public void Ten_megabytes_yield_the_expected_number_of_paragraphs()
    {
        var text = SourceText.From(TenMegabytes());
        var doc = ProseParser.Parse(text, DocumentKind.PlainText);
        int expected = text.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Equal(expected, doc.Paragraphs.Count);
    }

    [Fact]
    public void Deeply_nested_html_keeps_its_text()
    {
        var doc = ProseParser.Parse(Generators["deeply nested HTML"](), DocumentKind.Html);
        var n = Assert.Single(doc.Numbers);
        Assert.Equal("42", doc.Text.ToString(n.Span));
        Assert.Equal("Deep text 42.", doc.Text.ToString(Assert.Single(doc.Sentences).Span));
    }

    [Fact]
    public void Cancellation_is_honoured_before_the_work_is_done()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ProseParser.Parse(SourceText.From("Some text."), DocumentKind.PlainText, cts.Token));
    }
}
