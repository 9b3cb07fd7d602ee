using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>The prose shares the source string until something is hidden; hiding must never write into the source.</summary>
public class ProseBufferTests
{
    [Fact]
    public void Plain_text_with_nothing_to_hide_shares_the_source_string()
    {
        var text = SourceText.From("Police said 12 people were hurt.\n\nThe road reopened.");
        var doc = ProseParser.Parse(text, DocumentKind.PlainText);
        Assert.Same(text.ToString(), doc.Prose);
    }

    [Theory]
    [InlineData("Write to seo.jieun1@joongang.co.kr or see https://example.com/a1 today.", DocumentKind.PlainText)]
    [InlineData("---\ntitle: T\n---\nSee **www.example.com** for 3 things.", DocumentKind.Markdown)]
    [InlineData("<p>About &amp; 5 <b>people</b></p>", DocumentKind.Html)]
    public void Hiding_markup_or_addresses_writes_a_copy_and_leaves_the_source_intact(string source, DocumentKind kind)
    {
        var original = new string(source.AsSpan()); // a separate string to compare against
        var text = SourceText.From(source);
        var doc = ProseParser.Parse(text, kind);
        Assert.NotSame(text.ToString(), doc.Prose);
        Assert.NotEqual(source, doc.Prose);
        Assert.Equal(source.Length, doc.Prose.Length);
        Assert.Equal(original, source);
        Assert.Equal(original, text.ToString());
    }

    [Fact]
    public void A_second_address_after_the_first_is_still_found_once_the_copy_is_made()
    {
        var doc = ProseParser.Parse(SourceText.From("Mail a1@b.com then c2@d.org, call 555."), DocumentKind.PlainText);
        Assert.DoesNotContain("a1", doc.Prose);
        Assert.DoesNotContain("c2", doc.Prose);
        Assert.Contains("555", doc.Prose);
    }
}
