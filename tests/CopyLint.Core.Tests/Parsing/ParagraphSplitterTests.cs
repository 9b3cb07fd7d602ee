using CopyLint.Core.Parsing;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>Plain-text paragraphs: blank-line blocks when a blank line separates text, else one per non-empty line.</summary>
public sealed class ParagraphSplitterTests
{
    private static string[] Paragraphs(string text) =>
        ParagraphSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Blank_lines_separate_blocks_of_lines_whatever_the_line_break(string nl)
    {
        var text = $"First line{nl}still first.{nl}{nl}Second block.{nl}  {nl}Third{nl}";
        Assert.Equal(["First line" + nl + "still first.", "Second block.", "Third"], Paragraphs(text));
    }

    [Fact]
    public void Without_a_blank_line_between_text_every_line_is_a_paragraph()
    {
        // Blank lines only before the first and after the last text line do not count as separators.
        var text = "\n \nHEADLINE\r\nBy A Writer\rFirst paragraph.\nSecond paragraph.\n\n\n";
        Assert.Equal(["HEADLINE", "By A Writer", "First paragraph.", "Second paragraph."], Paragraphs(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData(" \t\u00A0\r\n")]
    public void Blank_text_has_no_paragraph(string text) => Assert.Empty(Paragraphs(text));

    [Fact]
    public void A_last_line_without_a_break_is_kept()
    {
        Assert.Equal(["One.", "Two."], Paragraphs("One.\n\nTwo."));
        Assert.Equal(["One."], Paragraphs("One."));
    }
}
