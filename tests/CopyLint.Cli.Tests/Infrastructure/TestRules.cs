using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Cli.Tests.Infrastructure;

/// <summary>
/// Analyzers with fixes, for testing the fix machinery independently of which built-in rules have safe fixes:
/// CL8001 collapses runs of spaces between words (safe), CL8002 removes a repeated word (safe; "very very very"
/// needs two passes because the two findings overlap), CL8003 flags "reportedly" and offers a fix that would
/// insert a &lt;source&gt; placeholder, wrongly marked safe (it must never be applied unattended), and an unsafe one.
/// </summary>
internal static class TestRules
{
    public static readonly DiagnosticDescriptor DoubleSpace = new("CL8001", "Double space", "Use one space between words", "Test", DiagnosticSeverity.Warning, description: "Spaces <between> words & such.");
    public static readonly DiagnosticDescriptor RepeatedWord = new("CL8002", "Repeated word", "'{0}' is repeated", "Test", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NeedsSource = new("CL8003", "Needs a source", "Say who reported it", "Test", DiagnosticSeverity.Error);

    public static IReadOnlyList<Analyzer> All { get; } = [new DoubleSpaceAnalyzer(), new RepeatedWordAnalyzer(), new NeedsSourceAnalyzer()];

    private sealed class DoubleSpaceAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DoubleSpace];

        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            var doc = ctx.Document;
            var span = ctx.Sentence!.Span;
            var text = doc.Text;
            for (int i = span.Start + 1; i < span.End - 1; i++)
            {
                if (text[i] != ' ' || text[i + 1] != ' ' || char.IsWhiteSpace(text[i - 1])) continue;
                int j = i;
                while (j < span.End && text[j] == ' ') j++;
                if (j < span.End && char.IsLetterOrDigit(text[j]) && char.IsLetterOrDigit(text[i - 1]))
                {
                    var run = TextSpan.FromBounds(i, j);
                    ctx.Report(new Diagnostic(DoubleSpace, run, DoubleSpace.DefaultSeverity, DoubleSpace.MessageFormat,
                        fixes: [CodeFix.Replace("Use one space", run, " ", isSafe: true)]));
                }
                i = j;
            }
        }, SyntaxKind.Sentence);
    }

    private sealed class RepeatedWordAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [RepeatedWord];

        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            var doc = ctx.Document;
            var s = ctx.Sentence!;
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (doc.Tokens[t].Kind != SyntaxKind.Word || doc.Tokens[t + 1].Kind != SyntaxKind.Word) continue;
                if (!doc.TokenText(t).Equals(doc.TokenText(t + 1), StringComparison.OrdinalIgnoreCase)) continue;
                var span = TextSpan.FromBounds(doc.Tokens[t].Span.Start, doc.Tokens[t + 1].Span.End);
                var word = doc.Text.ToString(doc.Tokens[t].Span);
                ctx.Report(new Diagnostic(RepeatedWord, span, RepeatedWord.DefaultSeverity, RepeatedWord.FormatMessage(word),
                    fixes: [CodeFix.Replace("Remove the repetition", span, word, isSafe: true)]));
            }
        }, SyntaxKind.Sentence);
    }

    private sealed class NeedsSourceAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [NeedsSource];

        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            var doc = ctx.Document;
            var s = ctx.Sentence!;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (!doc.TokenIs(t, "reportedly")) continue;
                var span = doc.Tokens[t].Span;
                ctx.Report(new Diagnostic(NeedsSource, span, NeedsSource.DefaultSeverity, NeedsSource.MessageFormat, fixes:
                [
                    CodeFix.Replace("Name the source (placeholder)", span, "according to <source>", isSafe: true),
                    CodeFix.Replace("Delete the word", span, "", isSafe: false),
                ]));
            }
        }, SyntaxKind.Sentence);
    }
}
