using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;

namespace CopyLint.Core.Tests.Parsing;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Yaml_front_matter_entries_have_value_spans()
    {
        var md = "---\ntitle: \"Storm hits coast\"\nauthor: Jane Doe\ntags:\n  - weather\n---\n\nRain fell 5 days.\n";
        var doc = Parse.Text(md, DocumentKind.Markdown);
        var fm = Assert.IsType<FrontMatterNode>(doc.FrontMatter);
        Assert.Equal(md.IndexOf("\n\nRain", StringComparison.Ordinal) + 1, fm.Span.End);
        var author = fm.Entries["author"];
        Assert.Equal("Jane Doe", author.Value);
        Assert.Equal("Jane Doe", doc.Text.ToString(author.ValueSpan));
        Assert.Equal("author", doc.Text.ToString(author.KeySpan));
        Assert.Equal("Storm hits coast", doc.Text.ToString(fm.Entries["title"].ValueSpan));
        Assert.Equal("weather", doc.Text.ToString(fm.Entries["tags"].ValueSpan));
        // Front matter is not prose: only the body's number is seen.
        Assert.Equal(["5"], Parse.NumberTexts(doc));
        Assert.Single(doc.Paragraphs);
    }

    [Fact]
    public void Toml_front_matter_entries_have_value_spans()
    {
        var md = "+++\ntitle = 'Budget 2025'\nauthor = \"Kim Arin\"\n+++\nThe budget grew 3 percent.\n";
        var doc = Parse.Text(md, DocumentKind.Markdown);
        var fm = Assert.IsType<FrontMatterNode>(doc.FrontMatter);
        Assert.Equal("Kim Arin", doc.Text.ToString(fm.Entries["author"].ValueSpan));
        Assert.Equal("Budget 2025", doc.Text.ToString(fm.Entries["title"].ValueSpan));
        Assert.Equal(["3 percent"], Parse.NumberTexts(doc));
    }

    [Fact]
    public void Front_matter_with_crlf_line_breaks_is_read()
    {
        var md = "---\r\nauthor: Jane Doe\r\n---\r\nBody.\r\n";
        var doc = Parse.Text(md, DocumentKind.Markdown);
        Assert.Equal("Jane Doe", doc.Text.ToString(doc.FrontMatter!.Entries["author"].ValueSpan));
    }

    [Fact]
    public void Unterminated_front_matter_is_not_front_matter()
    {
        var doc = Parse.Text("---\ntitle: x\n\nBody text.\n", DocumentKind.Markdown);
        Assert.Null(doc.FrontMatter);
    }

    [Fact]
    public void Headings_become_headline_paragraphs()
    {
        var doc = Parse.Text("# Storm hits the coast\n\nRain fell all day.\n\n## Roads closed\n\nSchools shut.\n", DocumentKind.Markdown);
        Assert.Equal(["Storm hits the coast", "Rain fell all day.", "Roads closed", "Schools shut."], doc.Paragraphs.Select(p => doc.Text.ToString(p.Span)));
        Assert.Equal(ParagraphRole.Headline, doc.Paragraphs[0].Role);
        Assert.Equal(ParagraphRole.Headline, doc.Paragraphs[2].Role);
        Assert.Equal(ParagraphRole.Body, doc.Paragraphs[1].Role);
        Assert.Equal(doc.Paragraphs[0].Span, doc.Headline);
    }

    [Fact]
    public void Link_urls_and_code_are_blanked()
    {
        var md = "Read [the 2024 report](https://example.com/report-99) and run `copy 42` now.\n\n```\nfenced 77\n```\n\n    indented 88\n";
        var doc = Parse.Text(md, DocumentKind.Markdown);
        Assert.Equal(["2024"], Parse.NumberTexts(doc));
        int url = md.IndexOf("https://", StringComparison.Ordinal);
        Assert.True(doc.Prose.Substring(url, "https://example.com/report-99".Length).All(c => c == ' '));
        int code = md.IndexOf("copy 42", StringComparison.Ordinal);
        Assert.True(doc.Prose.Substring(code, 7).All(c => c == ' '));
        Assert.Null(TreeInvariants.Check(doc));
    }

    [Fact]
    public void Emphasis_markers_are_blanked_and_the_words_keep_their_source_spans()
    {
        var md = "Then **12 people** were _hurt_.";
        var doc = Parse.Text(md, DocumentKind.Markdown);
        var n = Parse.Number(doc, "12");
        Assert.Equal(md.IndexOf("12", StringComparison.Ordinal), n.Span.Start);
        Assert.Equal("Then **12 people** were _hurt_.", doc.Text.ToString(Assert.Single(doc.Sentences).Span));
    }

    [Fact]
    public void Html_comments_in_markdown_are_not_prose()
    {
        var doc = Parse.Text("Text 1.\n\n<!-- note 2 -->\n\nText 3.\n", DocumentKind.Markdown);
        Assert.Equal(["1", "3"], Parse.NumberTexts(doc));
    }
}
