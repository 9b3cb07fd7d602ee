using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;

namespace CopyLint.Core.Tests.Parsing;

public sealed class HtmlReaderTests
{
    [Fact]
    public void Number_spans_point_at_the_html_source_across_tags_and_entities()
    {
        var html = "<html><body><p>Smith &amp; Wesson said <b>about</b> 20&nbsp;percent of <i>staff</i> left.</p></body></html>";
        var doc = Parse.Text(html, DocumentKind.Html);
        var n = Assert.Single(doc.Numbers);
        Assert.Equal(html.IndexOf("about", StringComparison.Ordinal), n.Span.Start);
        Assert.Equal("about</b> 20&nbsp;percent", doc.Text.ToString(n.Span));
        Assert.Equal("20", doc.Text.ToString(n.ValueSpan));
        Assert.True(n.Form.HasFlag(NumberForm.Percent));
    }

    [Fact]
    public void Entities_become_their_character_in_the_prose_at_the_entity_start()
    {
        var html = "<p>Smith &amp; Wesson &ldquo;won big&rdquo; again</p>";
        var doc = Parse.Text(html, DocumentKind.Html);
        int amp = html.IndexOf("&amp;", StringComparison.Ordinal);
        Assert.Equal('&', doc.Prose[amp]);
        var ampToken = doc.Tokens[doc.TokenAtOrAfter(amp)];
        Assert.Equal(amp, ampToken.Span.Start);
        Assert.Equal(SyntaxKind.Punctuation, ampToken.Kind);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(html.IndexOf("&ldquo;", StringComparison.Ordinal), q.Span.Start);
        Assert.True(q.IsClosed);
        Assert.Contains("won big", doc.Text.ToString(q.Content));
        Assert.Equal(html.IndexOf("&rdquo;", StringComparison.Ordinal), q.Content.End);
    }

    [Fact]
    public void Block_tags_make_paragraphs_and_inline_tags_do_not()
    {
        var html = "<h1>Storm hits coast</h1>\n<p>Rain <em>fell</em> all day.</p><p>Roads closed.</p><div>Schools shut</div>";
        var doc = Parse.Text(html, DocumentKind.Html);
        Assert.Equal(["Storm hits coast", "Rain <em>fell</em> all day.", "Roads closed.", "Schools shut"],
            doc.Paragraphs.Select(p => doc.Text.ToString(p.Span)));
        Assert.Equal(ParagraphRole.Headline, doc.Paragraphs[0].Role);
        Assert.Equal(doc.Paragraphs[0].Span, doc.Headline);
    }

    [Fact]
    public void Script_style_head_and_comments_are_not_prose()
    {
        var html = "<head><title>Title 1</title></head><style>p{x:2}</style><p>Text 3.</p><script>var a = 4;</script><!-- 5 -->";
        var doc = Parse.Text(html, DocumentKind.Html);
        Assert.Equal(["3"], Parse.NumberTexts(doc));
    }

    [Fact]
    public void Attribute_values_with_angle_brackets_stay_inside_the_tag()
    {
        var html = "<p><a title=\"a > b 7\" href='x>y'>Link</a> text 8.</p>";
        var doc = Parse.Text(html, DocumentKind.Html);
        Assert.Equal(["8"], Parse.NumberTexts(doc));
    }

    [Fact]
    public void Author_metadata_is_read_from_meta_itemprop_and_json_ld()
    {
        var html = """
            <html><head>
            <meta name="author" content="Jane Doe">
            <meta property="article:author" content="John Roe">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Kim Arin"}}</script>
            </head><body>
            <span itemprop="author">Lee Hyo-jin</span>
            <p>Body text.</p></body></html>
            """;
        var doc = Parse.Text(html, DocumentKind.Html);
        Assert.Contains(doc.Authors, a => a.Name == "Jane Doe" && a.Where.Contains("meta name"));
        Assert.Contains(doc.Authors, a => a.Name == "John Roe" && a.Where.Contains("article:author"));
        Assert.Contains(doc.Authors, a => a.Name == "Kim Arin" && a.Where == "JSON-LD author");
        Assert.Contains(doc.Authors, a => a.Name == "Lee Hyo-jin" && a.Where == "itemprop=author");
    }

    [Fact]
    public void Json_ld_author_lists_and_plain_strings_are_read()
    {
        var html = """<script type="application/ld+json">{"author":[{"name":"A One"},{"name":"B Two"}],"publisher":{"name":"Not An Author"}}</script><script type="application/ld+json">{"author":"C Three"}</script><p>x</p>""";
        var doc = Parse.Text(html, DocumentKind.Html);
        var names = doc.Authors.Where(a => a.Where == "JSON-LD author").Select(a => a.Name).ToList();
        Assert.Equal(["A One", "B Two", "C Three"], names);
    }

    [Fact]
    public void Plain_text_and_markdown_have_no_html_authors()
    {
        Assert.Empty(Parse.Text("<meta name=\"author\" content=\"Jane Doe\">", DocumentKind.PlainText).Authors);
    }

    [Fact]
    public void A_pathologically_deep_page_still_yields_its_head_metadata()
    {
        var html = "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body>" +
            string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Text." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var doc = Parse.Text(html, DocumentKind.Html);
        Assert.Contains(doc.Authors, a => a.Name == "Jane Doe");
    }

    [Fact]
    public void Nesting_depth_ignores_void_and_implied_end_elements()
    {
        Assert.Equal(2, CopyLint.Core.Parsing.HtmlMetadataReader.MaxNestingDepth("<div><p>a<p>b<br><img src=x><span>c</span></div><div/>", 100));
    }
}
