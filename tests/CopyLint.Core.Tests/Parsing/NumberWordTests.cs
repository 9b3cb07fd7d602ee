using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Parsing;

public class NumberWordTests
{
    public static TheoryData<string> SingleNumberWords()
    {
        var data = new TheoryData<string>();
        foreach (var w in NumberWords.Units.Keys) data.Add(w);
        foreach (var w in NumberWords.Scales.Keys.Where(k => k.Length > 2)) data.Add(w);
        foreach (var tens in new[] { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" })
            foreach (var ones in new[] { "one", "five", "nine" }) data.Add($"{tens}-{ones}");
        return data;
    }

    // The recogniser reads a lone number word from its tables and only sends phrases to Humanizer: both must agree
    // wherever Humanizer can read the word at all.
    [Theory]
    [MemberData(nameof(SingleNumberWords))]
    public void A_lone_number_word_reads_as_Humanizer_reads_it(string word)
    {
        Assert.True(NumberWords.IsNumberWord(word, out var table));
        var humanizer = NumberRecognizer.ReadWords(word.ToLowerInvariant());
        if (humanizer is { } h) Assert.Equal(h, table);

        var doc = ProseParser.Parse(SourceText.From($"Officials counted {word} ballots on Monday."), DocumentKind.PlainText);
        var number = Assert.Single(doc.Numbers);
        Assert.Equal(humanizer ?? table, number.Value);
    }

    [Fact]
    public void A_phrase_of_number_words_is_read_whole()
    {
        var doc = ProseParser.Parse(SourceText.From("The ministry said two hundred fifty thousand people fled."), DocumentKind.PlainText);
        var number = Assert.Single(doc.Numbers);
        Assert.Equal(250_000, number.Value);
    }
}
