using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Infrastructure;

internal static class Parse
{
    public static ProseDocument Text(string text, DocumentKind kind = DocumentKind.PlainText) =>
        ProseParser.Parse(SourceText.From(text), kind);

    /// <summary>The single number whose span text equals <paramref name="spanText"/>; fails listing all numbers otherwise.</summary>
    public static NumberNode Number(ProseDocument doc, string spanText)
    {
        var matches = doc.Numbers.Where(n => doc.Text.ToString(n.Span) == spanText).ToList();
        Assert.True(matches.Count == 1,
            $"expected one number spanning '{spanText}', found {matches.Count}; numbers: " +
            string.Join(" | ", doc.Numbers.Select(n => $"'{doc.Text.ToString(n.Span)}' {n.Form}")));
        return matches[0];
    }

    public static string[] SentenceTexts(ProseDocument doc) => doc.Sentences.Select(s => doc.Text.ToString(s.Span)).ToArray();

    public static string[] NumberTexts(ProseDocument doc) => doc.Numbers.Select(n => doc.Text.ToString(n.Span)).ToArray();
}
