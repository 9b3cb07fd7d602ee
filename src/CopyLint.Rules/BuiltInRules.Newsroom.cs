using CopyLint.Core.Analysis;
using CopyLint.Rules.BuiltIn.Claims;
using CopyLint.Rules.BuiltIn.Quotes;
using CopyLint.Rules.BuiltIn.Sourcing;
using CopyLint.Rules.BuiltIn.Style;
using CopyLint.Rules.BuiltIn.Time;

namespace CopyLint.Rules;

public static partial class BuiltInRules
{
    /// <summary>CL0004–CL0011: anonymous sources, weasel words, quotes, superlatives, loaded language, numerals, time.</summary>
    private static IEnumerable<Analyzer> NewsroomAnalyzers() =>
    [
        new CL0004AnonymousSource(),
        new CL0005WeaselAttribution(),
        new CL0006UnattributedQuote(),
        new CL0007UnbalancedQuotes(),
        new CL0008SuperlativeClaim(),
        new CL0009LoadedLanguage(),
        new CL0010NumeralStyle(),
        new CL0011TimeElement(),
    ];
}
