using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Tests.Infrastructure;

namespace CopyLint.LanguageServer.Tests;

public sealed class ConversionsTests
{
    private static readonly SourceText Text = SourceText.From("Café 🙂 500\r\nsecond");

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(4, 0, 5)]   // after "Café": é is 2 bytes
    [InlineData(7, 0, 10)]  // after "Café 🙂": the emoji is 2 UTF-16 units and 4 bytes
    [InlineData(13, 1, 0)]  // start of the second line, after CRLF
    public void Offsets_map_to_utf8_positions_and_back(int offset, int line, int utf8Character)
    {
        var p = Conversions.ToPosition(Text, offset, PositionEncoding.Utf8);
        Assert.Equal(new Position(line, utf8Character), p);
        Assert.Equal(offset, Conversions.ToOffset(Text, p, PositionEncoding.Utf8));
    }

    [Fact]
    public void Utf16_positions_are_offsets_within_the_line_and_clamp_past_the_end()
    {
        Assert.Equal(new Position(0, 7), Conversions.ToPosition(Text, 7, PositionEncoding.Utf16));
        Assert.Equal(11, Conversions.ToOffset(Text, new Position(0, 200), PositionEncoding.Utf16, out bool clamped));
        Assert.True(clamped);
        Assert.Equal(Text.Length, Conversions.ToOffset(Text, new Position(9, 0), PositionEncoding.Utf16));
    }

    [Fact]
    public void A_position_inside_a_surrogate_pair_moves_to_its_start()
    {
        Assert.Equal(5, Conversions.ToOffset(Text, new Position(0, 6), PositionEncoding.Utf16));
        Assert.Equal(5, Conversions.ToOffset(Text, new Position(0, 8), PositionEncoding.Utf8));
    }

    [Fact]
    public async Task Client_offering_only_utf8_gets_utf8_positions()
    {
        await using var client = LspTestClient.StartInProcess();
        var init = await client.InitializeAsync(LspTestClient.Capabilities(encodings: ["utf-8"]));
        Assert.Equal("utf-8", (string?)init["capabilities"]!["positionEncoding"]);
        await client.OpenAsync(Drafts.Uri, "Café owners: About 500 people died in the fire.\n", "plaintext");
        var d = (await client.WaitForDiagnosticsAsync(Drafts.Uri, 1)).WithCode("CL0001").First();
        Assert.Equal(14, (int)d["range"]!["start"]!["character"]!); // 13 UTF-16 units, 14 bytes
    }

    [Fact]
    public async Task Client_offering_both_gets_utf16()
    {
        await using var client = LspTestClient.StartInProcess();
        var init = await client.InitializeAsync(LspTestClient.Capabilities(encodings: ["utf-8", "utf-16"]));
        Assert.Equal("utf-16", (string?)init["capabilities"]!["positionEncoding"]);
    }
}
