using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.Rules.Declarative;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.Tests.Declarative;

public sealed class PatternRegexTests
{
    [Theory]
    [InlineData(@"(\w+)\1")]
    [InlineData(@"(?<w>a)\k<w>")]
    [InlineData(@"(a)?(?(1)b|c)")]
    public void Backreferences_and_conditionals_are_rejected(string pattern)
    {
        Assert.False(PatternRegex.TryCreate(pattern, false, out var regex, out var error));
        Assert.Null(regex);
        Assert.Contains("not allowed", error);
    }

    [Theory]
    [InlineData(@"\\1")]
    [InlineData(@"[\1]")]
    [InlineData(@"\d{1,3}(,\d{3})*")]
    public void Escapes_that_look_like_backreferences_are_fine(string pattern) =>
        Assert.True(PatternRegex.TryCreate(pattern, false, out _, out var error), error);

    [Fact]
    public void Over_long_and_deeply_nested_expressions_are_rejected()
    {
        Assert.False(PatternRegex.TryCreate(new string('a', DeclarativeLimits.MaxRegexLength + 1), false, out _, out var e1));
        Assert.Contains("limit", e1);
        var nested = new string('(', 40) + "a" + new string(')', 40);
        Assert.False(PatternRegex.TryCreate(nested, false, out _, out var e2));
        Assert.Contains("nests", e2);
    }

    [Fact]
    public void Invalid_syntax_is_an_error_not_an_exception()
    {
        Assert.False(PatternRegex.TryCreate("(unclosed", false, out _, out var error));
        Assert.Contains("Invalid regular expression", error);
    }

    [Fact]
    public void Regexes_are_anchored_to_the_whole_token_and_carry_a_timeout()
    {
        Assert.True(PatternRegex.TryCreate("uniq", false, out var regex, out _));
        Assert.DoesNotMatch(regex!, "unique");
        Assert.Matches(regex!, "UNIQ");
        Assert.Equal(DeclarativeLimits.RegexMatchTimeout, regex!.MatchTimeout);
        Assert.True((regex!.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking) != 0);
    }

    [Fact]
    public void Catastrophic_regex_on_a_long_token_finishes()
    {
        var rule = new DeclarativeRule { Id = "DESK060", Kind = DeclarativeRuleKind.Pattern, Patterns = [[PatternStep.Matching("(a+)+$")]] };
        var text = "The token " + new string('a', 200_000) + "b ends here.";
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var found = Run(rule, text, cts.Token);
        Assert.DoesNotContain(found, d => d.Id == "DESK060");
        // NonBacktracking is linear, so this normally answers "no match"; on a starved machine the match timeout may
        // fire first, and then the failure is contained as CL9999 naming the rule.
        Assert.All(found, d => Assert.Contains("DESK060", d.Message));
    }

    [Fact]
    public void Backtracking_fallback_times_out_into_a_contained_failure_instead_of_hanging()
    {
        // Lookahead forces the backtracking engine; the nested quantifier is exponential on "aaaa…b".
        var rule = new DeclarativeRule { Id = "DESK061", Kind = DeclarativeRuleKind.Pattern, Patterns = [[PatternStep.Matching("(?=(a|aa)+c).*")]] };
        Assert.True(PatternRegex.TryCreate("(?=(a|aa)+c).*", false, out var regex, out _));
        Assert.Equal(System.Text.RegularExpressions.RegexOptions.None, regex!.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        var text = "Word " + new string('a', 5_000) + "b and more words.";
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var found = Run(rule, text, cts.Token);
        Assert.DoesNotContain(found, d => d.Id == "DESK061");
        // Either the engine answered in time (no match) or the timeout was contained as CL9999 naming the rule.
        Assert.All(found.Where(d => d.Id == EngineDiagnostics.AnalyzerCrash.Id), d => Assert.Contains("DESK061", d.Message));
    }

    private static IReadOnlyList<Diagnostic> Run(DeclarativeRule rule, string text, CancellationToken ct)
    {
        var options = new LintOptions
        {
            Lexicons = ShippedLexicons.All,
            Severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { [rule.Id] = ReportSeverity.Warning },
        };
        var task = Task.Run(() => Linter.Lint(SourceText.From(text), options, [DeclarativeRuleCompiler.Compile(rule)], ct), ct);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "lint did not finish");
        return task.Result.Diagnostics;
    }
}
