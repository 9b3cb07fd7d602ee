using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>
/// The byline search skips a line that <see cref="BylineRecognizer.IsBodyCopyLine"/> calls body copy without making a
/// string of it. That is only right if such a line is never a byline, credit, trailer or name line.
/// </summary>
public sealed class BodyCopyLineTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("The ministry said on Monday that the number of cases had risen for the third week in a row across the country.", true)]
    [InlineData("  \u2014 The ministry said on Monday that the number of cases had risen for the third week in a row, officials said.", true)]
    [InlineData("By Jane Doe", false)]
    [InlineData("BY SEO JI-EUN [seo.jieun@joongang.co.kr]", false)]
    [InlineData("Lee Hyo-jin", false)]
    [InlineData("From staff and wire reports", false)]
    [InlineData("Reporting by Jane Doe in Seoul and John Roe in Tokyo; additional reporting by Ann Lee; editing by Tom Brown and Sue Green", false)]
    [InlineData("Contact the writer of this story, who covers the ministry and the courts for the paper, at jane.doe@example.com today please", false)]
    [InlineData("One two three four five six seven eight nine ten eleven twelve thirteen fourteen", false)] // 14 words: asked in full
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Body_copy_is_told_from_every_other_kind_of_line(string line, bool bodyCopy) =>
        Assert.Equal(bodyCopy, BylineRecognizer.IsBodyCopyLine(line));

    [Fact]
    public void A_line_over_160_characters_is_left_to_the_full_check()
    {
        var line = string.Join(' ', Enumerable.Repeat("word", 40)); // 199 characters, 40 words
        Assert.False(BylineRecognizer.IsBodyCopyLine(line));
        Assert.Equal(BylineKind.None, BylineRecognizer.Classify(line));
    }

    [Fact]
    public void No_line_of_the_corpora_called_body_copy_is_a_byline_credit_trailer_or_name()
    {
        var corpora = SharedData.PathTo("corpora");
        if (corpora is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpora is absent; only the lines above were checked.");
            return;
        }
        int body = 0, lines = 0;
        foreach (var file in Directory.EnumerateFiles(corpora, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length > 200) continue; // the byline search never asks about longer lines
                lines++;
                if (!BylineRecognizer.IsBodyCopyLine(line)) continue;
                body++;
                Assert.True(BylineRecognizer.Classify(line) == BylineKind.None, $"{file}: classified: {line}");
                Assert.False(BylineRecognizer.IsNameLine(line), $"{file}: a name line: {line}");
            }
        }
        output.WriteLine($"{body} of {lines} corpus lines are body copy");
        Assert.True(body > 1000, $"only {body} body-copy lines: the corpora are not what this test expects");
    }
}
