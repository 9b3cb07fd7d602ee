using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Analysis;

public sealed class AnalyzerDriverTests
{
    private const string Copy = "About 5 people came. Then 6 more came.\n\nLater 7 left.";

    [Fact]
    public void An_analyzer_exception_becomes_one_CL9999_and_the_other_analyzers_still_run()
    {
        var thrower = new ThrowingAnalyzer();
        var result = LintHelper.Run(Copy, DocumentKind.PlainText, thrower, new EveryNumberAnalyzer());
        Assert.Equal(["5", "6", "7"], LintHelper.Texts(result, result.Diagnostics.Where(d => d.Id == "CL0001")));
        var crash = Assert.Single(result.Diagnostics, d => d.Id == "CL9999");
        Assert.Contains("CL8999", crash.Message);
        Assert.Contains("InvalidOperationException: boom", crash.Message);
        Assert.Equal(1, thrower.Calls); // a crashed analyzer is not called again on this document
    }

    [Fact]
    public void Cancellation_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var analyzer = new EveryNumberAnalyzer(onNumber: _ => cts.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Linter.Lint(SourceText.From(Copy), LintOptions.Default, [analyzer], cts.Token));
    }

    [Fact]
    public void An_analyzer_that_observes_cancellation_is_not_reported_as_a_crash()
    {
        using var cts = new CancellationTokenSource();
        var analyzer = new EveryNumberAnalyzer(onNumber: ctx => { cts.Cancel(); ctx.CancellationToken.ThrowIfCancellationRequested(); });
        var ex = Record.Exception(() => Linter.Lint(SourceText.From(Copy), LintOptions.Default, [analyzer], cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
    }

    [Fact]
    public void Severity_none_drops_the_rule()
    {
        var options = new LintOptions { Severities = LintHelper.Severities(("CL0001", ReportSeverity.None)) };
        var result = LintHelper.Run(Copy, options, new EveryNumberAnalyzer(), new EveryNumberAnalyzer("CL0042"));
        Assert.All(result.Diagnostics, d => Assert.Equal("CL0042", d.Id));
        Assert.Equal(3, result.Diagnostics.Count);
    }

    [Fact]
    public void Severity_error_raises_the_rule_and_default_keeps_it()
    {
        var options = new LintOptions { Severities = LintHelper.Severities(("CL0001", ReportSeverity.Error), ("CL0042", ReportSeverity.Default)) };
        var result = LintHelper.Run(Copy, options, new EveryNumberAnalyzer(), new EveryNumberAnalyzer("CL0042"));
        Assert.All(result.Diagnostics.Where(d => d.Id == "CL0001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.All(result.Diagnostics.Where(d => d.Id == "CL0042"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(6, result.Diagnostics.Count);
    }

    [Fact]
    public void A_rule_off_by_default_runs_only_when_configured()
    {
        var offByDefault = new EveryNumberAnalyzer("CL0010", enabledByDefault: false);
        Assert.Empty(LintHelper.Run(Copy, DocumentKind.PlainText, offByDefault).Diagnostics);

        var options = new LintOptions { Severities = LintHelper.Severities(("CL0010", ReportSeverity.Info)) };
        var result = LintHelper.Run(Copy, options, offByDefault);
        Assert.Equal(3, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void A_rule_off_by_default_is_not_even_called()
    {
        int calls = 0;
        var offByDefault = new EveryNumberAnalyzer("CL0010", enabledByDefault: false, onNumber: _ => calls++);
        LintHelper.Run(Copy, DocumentKind.PlainText, offByDefault);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Findings_come_back_in_text_order()
    {
        var result = LintHelper.Run(Copy, DocumentKind.PlainText, new EveryNumberAnalyzer("CL0042"), new EveryNumberAnalyzer("CL0001"));
        var starts = result.Diagnostics.Select(d => d.Span.Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(["CL0001", "CL0042"], result.Diagnostics.Take(2).Select(d => d.Id));
    }

    [Fact]
    public void Each_node_kind_is_visited_once_per_node()
    {
        var counter = new NodeCounter();
        var result = LintHelper.Run("\u201CIt is over,\u201D he said. About 5 came.\n\nThen 6 left.", DocumentKind.PlainText, counter);
        var doc = result.Document;
        Assert.Equal(1, counter.Counts[SyntaxKind.Document]);
        Assert.Equal(doc.Paragraphs.Count, counter.Counts[SyntaxKind.Paragraph]);
        Assert.Equal(doc.Sentences.Count, counter.Counts[SyntaxKind.Sentence]);
        Assert.Equal(doc.Quotes.Count, counter.Counts[SyntaxKind.Quote]);
        Assert.Equal(doc.Numbers.Count, counter.Counts[SyntaxKind.Number]);
        Assert.Equal((2, 3, 1, 2), (doc.Paragraphs.Count, doc.Sentences.Count, doc.Quotes.Count, doc.Numbers.Count));
    }

    [Fact]
    public void Registering_for_a_token_kind_is_rejected()
    {
        var ctx = new AnalysisContext();
        Assert.Throws<ArgumentException>(() => ctx.RegisterNodeAction(_ => { }, SyntaxKind.Word));
        Assert.Throws<ArgumentException>(() => ctx.RegisterNodeAction(_ => { }));
    }

    private sealed class NodeCounter : Analyzer
    {
        public Dictionary<SyntaxKind, int> Counts { get; } = new()
        {
            [SyntaxKind.Document] = 0, [SyntaxKind.Paragraph] = 0, [SyntaxKind.Sentence] = 0, [SyntaxKind.Quote] = 0, [SyntaxKind.Number] = 0,
        };

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("CL8000", "Counter", "x", "Test", DiagnosticSeverity.Hint)];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterNodeAction(ctx => Counts[ctx.Kind]++, SyntaxKind.Document, SyntaxKind.Paragraph, SyntaxKind.Sentence, SyntaxKind.Quote, SyntaxKind.Number);
    }
}
