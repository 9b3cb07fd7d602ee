using System.Text;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nbb\nccc", new[] { 0, 2, 5 })]
    [InlineData("a\r\nbb\r\nccc", new[] { 0, 3, 7 })]
    [InlineData("a\rbb\rccc", new[] { 0, 2, 5 })]
    [InlineData("a\r\nb\nc\rd", new[] { 0, 3, 5, 7 })]
    [InlineData("a\n", new[] { 0, 2 })]
    [InlineData("a\r\n", new[] { 0, 3 })]
    [InlineData("\n\n", new[] { 0, 1, 2 })]
    [InlineData("\r\r\n\n", new[] { 0, 1, 3, 4 })]
    [InlineData("", new[] { 0 })]
    [InlineData("no break", new[] { 0 })]
    public void Line_starts_follow_every_kind_of_break(string text, int[] starts)
    {
        var st = SourceText.From(text);
        Assert.Equal(starts.Length, st.LineCount);
        for (int line = 0; line < starts.Length; line++)
            Assert.Equal(starts[line], st.GetLineSpanIncludingBreak(line).Start);
    }

    [Fact]
    public void Line_spans_exclude_their_break()
    {
        var st = SourceText.From("one\r\ntwo\nthree\rfour\n");
        Assert.Equal(["one", "two", "three", "four", ""], Enumerable.Range(0, st.LineCount).Select(l => st.ToString(st.GetLineSpan(l))));
        Assert.Equal("one\r\n", st.ToString(st.GetLineSpanIncludingBreak(0)));
        Assert.Equal("three\r", st.ToString(st.GetLineSpanIncludingBreak(2)));
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        var st = SourceText.From("");
        Assert.Equal(1, st.LineCount);
        Assert.Equal(new LinePosition(0, 0), st.GetLinePosition(0));
        Assert.Equal(0, st.GetOffset(new LinePosition(0, 0)));
        Assert.Equal(0, st.GetOffset(new LinePosition(5, 3)));
    }

    [Theory]
    [InlineData("a\nbb\nccc")]
    [InlineData("a\r\nbb\r\n\r\nccc\r\n")]
    [InlineData("x\ry\r\n\nz")]
    [InlineData("😀a\n\U0001F600\r\nb")]
    public void Offsets_and_positions_round_trip(string text)
    {
        var st = SourceText.From(text);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            if (IsInsideCrLf(text, offset)) continue; // between \r and \n: not a caret position
            var pos = st.GetLinePosition(offset);
            Assert.Equal(offset - st.GetLineSpanIncludingBreak(pos.Line).Start, pos.Character);
            Assert.Equal(offset, st.GetOffset(pos));
        }
    }

    private static bool IsInsideCrLf(string text, int offset) => offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n';

    [Fact]
    public void Position_inside_a_line_round_trips_exactly()
    {
        var st = SourceText.From("first\r\nsecond line\nthird");
        Assert.Equal(new LinePosition(1, 7), st.GetLinePosition(14));
        Assert.Equal(14, st.GetOffset(new LinePosition(1, 7)));
        Assert.Equal(new LinePosition(2, 0), st.GetLinePosition(19));
        Assert.Equal(new LinePosition(2, 5), st.GetLinePosition(24));
    }

    [Fact]
    public void Character_beyond_line_end_clamps_to_the_line_end()
    {
        var st = SourceText.From("ab\r\ncd");
        Assert.Equal(2, st.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(6, st.GetOffset(new LinePosition(1, 99)));
        Assert.Equal(6, st.GetOffset(new LinePosition(7, 0)));
    }

    [Fact]
    public void Negative_positions_and_offsets_beyond_the_text_are_rejected()
    {
        var st = SourceText.From("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => st.GetOffset(new LinePosition(-1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => st.GetLinePosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => st.GetLinePosition(-1));
    }

    [Fact]
    public void Surrogate_pairs_count_as_two_code_units()
    {
        // U+1F600 is two UTF-16 code units; "x" after it sits at character 3 of the line.
        var st = SourceText.From("a\U0001F600x\n\U0001F600");
        Assert.Equal(new LinePosition(0, 3), st.GetLinePosition(3));
        Assert.Equal(3, st.GetOffset(new LinePosition(0, 3)));
        Assert.Equal(new LinePosition(1, 2), st.GetLinePosition(st.Length));
        Assert.Equal(2, st.GetLineSpan(1).Length);
    }

    [Fact]
    public void Bom_is_stripped_and_remembered()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Hi\nthere")).ToArray();
        var st = SourceText.From(bytes);
        Assert.True(st.HadByteOrderMark);
        Assert.Equal("Hi\nthere", st.ToString());
        Assert.Equal(new LinePosition(1, 0), st.GetLinePosition(3));

        var plain = SourceText.From(Encoding.UTF8.GetBytes("Hi"));
        Assert.False(plain.HadByteOrderMark);
        Assert.Equal("Hi", plain.ToString());
    }

    [Fact]
    public void Bom_survives_edits()
    {
        var st = SourceText.From(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a' });
        var edited = st.WithChanges(new TextChange(new TextSpan(1, 0), "b"));
        Assert.True(edited.HadByteOrderMark);
        Assert.Equal("ab", edited.ToString());
    }

    [Fact]
    public void Invalid_utf8_decodes_to_replacement_characters()
    {
        var st = SourceText.From(new byte[] { (byte)'a', 0xFF, 0xC3, (byte)'b' });
        Assert.Equal("a\uFFFD\uFFFDb", st.ToString());
    }

    [Fact]
    public void WithChanges_applies_several_changes_against_the_original_offsets()
    {
        var st = SourceText.From("The quick brown fox");
        var result = st.WithChanges(
            new TextChange(new TextSpan(4, 5), "slow"),
            new TextChange(new TextSpan(16, 3), "dog"),
            new TextChange(new TextSpan(0, 0), ">> "));
        Assert.Equal(">> The slow brown dog", result.ToString());
        Assert.Equal("The quick brown fox", st.ToString());
    }

    [Fact]
    public void WithChanges_does_not_depend_on_the_order_of_changes()
    {
        var st = SourceText.From("one two three four");
        var changes = new[]
        {
            new TextChange(new TextSpan(0, 3), "1"),
            new TextChange(new TextSpan(8, 5), "3"),
            new TextChange(new TextSpan(4, 3), "2"),
        };
        var forward = st.WithChanges(changes).ToString();
        var backward = st.WithChanges(changes.Reverse()).ToString();
        Assert.Equal("1 2 3 four", forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void WithChanges_keeps_the_line_map_right()
    {
        var st = SourceText.From("a\nb");
        _ = st.LineCount; // build the old map first
        var edited = st.WithChanges(new TextChange(new TextSpan(1, 0), "\r\nx"));
        Assert.Equal("a\r\nx\nb", edited.ToString());
        Assert.Equal(3, edited.LineCount);
        Assert.Equal(new LinePosition(2, 0), edited.GetLinePosition(5));
    }

    [Fact]
    public void WithChanges_treats_a_null_replacement_as_a_deletion()
    {
        var st = SourceText.From("abcdef");
        Assert.Equal("abef", st.WithChanges(new TextChange(new TextSpan(2, 2), null!)).ToString());
        Assert.Equal("abcdefgh", st.WithChanges(new TextChange(new TextSpan(6, 0), "gh")).ToString());
        Assert.Equal("Xcdef", st.WithChanges(new TextChange(new TextSpan(0, 2), "X")).ToString());
    }

    [Fact]
    public void WithChanges_with_no_changes_returns_the_same_text()
    {
        var st = SourceText.From("x");
        Assert.Same(st, st.WithChanges());
    }

    [Fact]
    public void Overlapping_changes_are_rejected_with_a_clear_exception()
    {
        var st = SourceText.From("abcdefgh");
        var ex = Assert.Throws<ArgumentException>(() => st.WithChanges(
            new TextChange(new TextSpan(2, 4), "X"),
            new TextChange(new TextSpan(4, 2), "Y")));
        Assert.Contains("overlap", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[4..6)", ex.Message);
    }

    [Fact]
    public void A_change_beyond_the_text_is_rejected()
    {
        var st = SourceText.From("abc");
        var ex = Assert.Throws<ArgumentException>(() => st.WithChanges(new TextChange(new TextSpan(2, 5), "X")));
        Assert.Contains("length 3", ex.Message);
    }

    [Fact]
    public void Two_insertions_at_the_same_offset_both_apply()
    {
        var st = SourceText.From("ab");
        Assert.Equal("aXYb", st.WithChanges(new TextChange(new TextSpan(1, 0), "X"), new TextChange(new TextSpan(1, 0), "Y")).ToString());
    }
}
