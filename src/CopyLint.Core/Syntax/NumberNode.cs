using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>A numeric expression: [approximator] [currency] value [range] [scale] [unit].</summary>
public sealed class NumberNode
{
    internal NumberNode(int index, int sentence, TextSpan span, TextSpan valueSpan, int firstToken, int endToken)
    {
        Index = index; Sentence = sentence; Span = span; ValueSpan = valueSpan; FirstToken = firstToken; EndToken = endToken;
    }

    public int Index { get; }
    public int Sentence { get; }
    /// <summary>The whole expression, approximator and unit included ("about 500", "US$500 mln", "4.1%").</summary>
    public TextSpan Span { get; internal set; }
    /// <summary>Just the value token(s) ("500", "twenty-five", "dozens").</summary>
    public TextSpan ValueSpan { get; }
    public NumberForm Form { get; internal set; }
    public double? Value { get; internal set; }
    /// <summary>Significant-token range of the expression (approximator to unit).</summary>
    public int FirstToken { get; internal set; }
    public int EndToken { get; internal set; }
    /// <summary>Index of the value's first token.</summary>
    public int ValueToken { get; internal set; }
    /// <summary>Index of the last value/scale/unit token (the head noun follows it).</summary>
    public int LastValueToken { get; internal set; }
    /// <summary>Index of the first token after the expression, or -1 at the sentence end.</summary>
    public int NextToken { get; internal set; } = -1;
    public bool IsInQuote { get; internal set; }
}
