using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Tests.Analysis;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData(DocumentKind.Markdown)]
    [InlineData(DocumentKind.Html)]
    [InlineData(DocumentKind.PlainText)]
    public void Disable_next_line_silences_the_next_line_only_and_keeps_the_reason(DocumentKind kind)
    {
        var text = "<!-- copylint-disable-next-line CL0001: figure from the court record -->\nAbout 5 people came.\nThen 6 more came.\n";
        var result = LintHelper.Run(text, kind, new EveryNumberAnalyzer());
        Assert.Equal(["6"], LintHelper.Texts(result, result.Diagnostics));
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal("5", result.Document.Text.ToString(suppressed.Span));
        Assert.Equal("figure from the court record", suppressed.SuppressionReason);
    }

    [Fact]
    public void Disable_next_line_skips_blank_lines_to_the_next_text()
    {
        var text = "<!-- copylint-disable-next-line CL0001: checked -->\n\nAbout 5 people came.\n\nThen 6 more came.\n";
        var result = LintHelper.Run(text, DocumentKind.Markdown, new EveryNumberAnalyzer());
        Assert.Equal(["6"], LintHelper.Texts(result, result.Diagnostics));
    }

    [Fact]
    public void Disable_next_line_for_another_rule_does_not_silence()
    {
        var text = "<!-- copylint-disable-next-line CL0002: other rule -->\nAbout 5 people came.\n";
        var result = LintHelper.Run(text, DocumentKind.Markdown, new EveryNumberAnalyzer());
        Assert.Equal(["5"], LintHelper.Texts(result, result.Diagnostics));
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public void Disable_and_enable_blocks_silence_what_lies_between()
    {
        var text = "Item 1 here.\n\n<!-- copylint-disable CL0001: quoted from the filing -->\n\nItem 2 here.\n\nItem 3 here.\n\n<!-- copylint-enable CL0001 -->\n\nItem 4 here.\n";
        var result = LintHelper.Run(text, DocumentKind.Markdown, new EveryNumberAnalyzer());
        Assert.Equal(["1", "4"], LintHelper.Texts(result, result.Diagnostics));
        Assert.Equal(["2", "3"], LintHelper.Texts(result, result.Suppressed));
        Assert.All(result.Suppressed, d => Assert.Equal("quoted from the filing", d.SuppressionReason));
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end_and_without_ids_covers_every_rule()
    {
        var text = "<p>Item 1.</p>\n<!-- copylint-disable -->\n<p>Item 2.</p>\n<p>Item 3.</p>";
        var result = LintHelper.Run(text, DocumentKind.Html, new EveryNumberAnalyzer(), new EveryNumberAnalyzer("CL0042"));
        Assert.Equal(["1", "1"], LintHelper.Texts(result, result.Diagnostics));
        Assert.Equal(4, result.Suppressed.Count);
    }

    [Fact]
    public void Plain_text_ignore_marker_at_line_end_silences_its_line()
    {
        var text = "About 5 people came. [copylint: ignore CL0001: from the police log]\nThen 6 more came.\n";
        var result = LintHelper.Run(text, DocumentKind.PlainText, new EveryNumberAnalyzer());
        Assert.Equal(["6"], LintHelper.Texts(result, result.Diagnostics));
        Assert.Equal("from the police log", Assert.Single(result.Suppressed).SuppressionReason);
        // The marker is not prose: no word of it reaches the rules.
        int marker = text.IndexOf('[');
        Assert.DoesNotContain(result.Document.Tokens, t => t.Span.Start >= marker && t.Span.Start < text.IndexOf('\n'));
    }

    [Fact]
    public void Directive_lists_several_rules()
    {
        var text = "About 5 people came. [copylint: ignore CL0001, CL0042: both checked]\n";
        var result = LintHelper.Run(text, DocumentKind.PlainText, new EveryNumberAnalyzer(), new EveryNumberAnalyzer("CL0042"), new EveryNumberAnalyzer("CL0043"));
        Assert.Equal("CL0043", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(2, result.Suppressed.Count);
    }

    [Fact]
    public void Directives_are_recorded_with_kind_rules_reason_and_line()
    {
        var text = "x\n<!-- copylint-disable-next-line CL0001, CL0002: why not -->\ny";
        var doc = CopyLint.Core.Tests.Infrastructure.Parse.Text(text, DocumentKind.Markdown);
        var d = Assert.Single(doc.Directives);
        Assert.Equal(DirectiveKind.DisableNextLine, d.Kind);
        Assert.Equal(["CL0001", "CL0002"], d.RuleIds);
        Assert.Equal("why not", d.Reason);
        Assert.Equal(1, d.Line);
        Assert.Equal(text.IndexOf("<!--", StringComparison.Ordinal), d.Span.Start);
        Assert.Equal(text.IndexOf("-->", StringComparison.Ordinal) + 3, d.Span.End);
    }

    [Fact]
    public void Kept_findings_offer_a_suppression_fix_that_silences_them()
    {
        var text = "About 5 people came.\n";
        var analyzer = new EveryNumberAnalyzer();
        var first = LintHelper.Run(text, DocumentKind.PlainText, analyzer);
        var fix = Assert.Single(Assert.Single(first.Diagnostics).Fixes);
        var fixedText = CopyLint.Core.Fixes.FixApplier.Apply(first.Document.Text, [fix]).Text.ToString()
            .Replace(CopyLint.Core.Fixes.SuppressionFix.ReasonPlaceholder, "checked");
        var second = LintHelper.Run(fixedText, DocumentKind.PlainText, analyzer);
        Assert.Empty(second.Diagnostics);
        Assert.Single(second.Suppressed);
    }

    [Fact]
    public void Suppressions_without_a_reason_are_reported_when_asked()
    {
        var text = "<!-- copylint-disable-next-line CL0001 -->\nAbout 5 people came.\n";
        var options = new CopyLint.Core.Analysis.LintOptions { Kind = DocumentKind.Markdown, RequireSuppressionReason = true };
        var result = LintHelper.Run(text, options, new EveryNumberAnalyzer());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0000", d.Id);
        Assert.Equal(0, d.Span.Start);
    }

    [Fact]
    public void A_finding_keeps_its_own_fixes_first_and_the_suppression_fix_last()
    {
        var own = CopyLint.Core.Fixes.CodeFix.Insert("Spell it out", 6, "five ", isSafe: true, key: "spell");
        var analyzer = new EveryNumberAnalyzer(onNumber: null);
        var withFix = new FixingAnalyzer(analyzer.Descriptor, own);
        var d = Assert.Single(LintHelper.Run("About 5 people came.\n", DocumentKind.Markdown, withFix).Diagnostics);
        Assert.Equal(2, d.Fixes.Count);
        Assert.Same(own, d.Fixes[0]);
        Assert.StartsWith("Suppress CL0001", d.Fixes[1].Title, StringComparison.Ordinal);
        Assert.Equal([d.Fixes[0], d.Fixes[1]], d.Fixes.ToList());
        Assert.Same(d.Fixes[1], d.Fixes[1]); // built once, then kept
        Assert.Throws<ArgumentOutOfRangeException>(() => d.Fixes[2]);
    }

    private sealed class FixingAnalyzer(DiagnosticDescriptor descriptor, CopyLint.Core.Fixes.CodeFix fix) : CopyLint.Core.Analysis.Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [descriptor];

        public override void Initialize(CopyLint.Core.Analysis.AnalysisContext context) => context.RegisterNodeAction(ctx =>
            ctx.Report(new Diagnostic(descriptor, ctx.Number!.ValueSpan, descriptor.DefaultSeverity, "n", fixes: [fix])), SyntaxKind.Number);
    }
}
