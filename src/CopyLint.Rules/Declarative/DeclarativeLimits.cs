namespace CopyLint.Rules.Declarative;

/// <summary>Bounds that keep a hostile or careless rule pack from hanging or exhausting a lint run.</summary>
public static class DeclarativeLimits
{
    public const int MaxTerms = 100_000;
    public const int MaxTermLength = 200;
    public const int MaxPatterns = 1_000;
    public const int MaxPatternSteps = 32;
    public const int MaxRegexLength = 500;
    public const int MaxRegexNesting = 16;
    public static readonly TimeSpan RegexMatchTimeout = TimeSpan.FromMilliseconds(100);
}
