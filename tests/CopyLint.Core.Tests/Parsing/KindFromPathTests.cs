using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Tests.Parsing;

public sealed class KindFromPathTests
{
    [Theory]
    [InlineData("story.md", DocumentKind.Markdown)]
    [InlineData("/drafts/STORY.MARKDOWN", DocumentKind.Markdown)]
    [InlineData("notes.Mkd", DocumentKind.Markdown)]
    [InlineData("page.HTM", DocumentKind.Html)]
    [InlineData("dir.md/page.xhtml", DocumentKind.Html)]
    [InlineData("story.txt", DocumentKind.PlainText)]
    [InlineData("story.md.txt", DocumentKind.PlainText)]
    [InlineData("dir.md/README", DocumentKind.PlainText)]
    [InlineData("", DocumentKind.PlainText)]
    [InlineData(null, DocumentKind.PlainText)]
    public void The_extension_decides_the_reader_whatever_its_case(string? path, DocumentKind expected) =>
        Assert.Equal(expected, ProseParser.KindFromPath(path));
}
