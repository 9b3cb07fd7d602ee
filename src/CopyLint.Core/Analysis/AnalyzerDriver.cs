using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

/// <summary>
/// Runs analyzers over one document in a single walk: document, then each paragraph with its quotes,
/// sentences and numbers. Applies configured severities and suppressions, honours cancellation, and turns
/// an analyzer's exception into a CL9999 finding instead of failing the document.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly IReadOnlyList<Analyzer> _analyzers;
    // Per node kind, the registered actions with the index of their analyzer in _analyzers: the walk checks a bool
    // array per action instead of looking analyzers up in hash tables (it runs for every sentence and number).
    private readonly (int Owner, Action<NodeAnalysisContext> Action)[][] _byKind;

    public AnalyzerDriver(IReadOnlyList<Analyzer> analyzers)
    {
        _analyzers = analyzers;
        var byKind = new List<(int, Action<NodeAnalysisContext>)>[(int)SyntaxKind.Number + 1];
        for (int i = 0; i < byKind.Length; i++) byKind[i] = [];
        for (int a = 0; a < analyzers.Count; a++)
        {
            var ctx = new AnalysisContext();
            analyzers[a].Initialize(ctx);
            foreach (var (action, kinds) in ctx.Actions)
                foreach (var k in kinds) byKind[(int)k].Add((a, action));
        }
        _byKind = byKind.Select(l => l.ToArray()).ToArray();
    }

    public IReadOnlyList<Analyzer> Analyzers => _analyzers;

    public LintResult Run(ProseDocument doc, LintOptions options, CancellationToken cancellationToken)
    {
        var raw = new List<Diagnostic>();
        // Enabled by configuration and not crashed on this document.
        var active = new bool[_analyzers.Count];
        for (int a = 0; a < active.Length; a++) active[a] = _analyzers[a].SupportedDiagnostics.Any(d => IsEnabled(d, options));

        var context = new NodeAnalysisContext(doc, options, raw.Add, cancellationToken);
        void Visit(SyntaxKind kind)
        {
            var actions = _byKind[(int)kind];
            if (actions.Length == 0) return;
            context.Kind = kind;
            foreach (var (index, action) in actions)
            {
                if (!active[index]) continue;
                try { action(context); }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
                catch (Exception ex)
                {
                    active[index] = false;
                    var owner = _analyzers[index];
                    var id = owner.SupportedDiagnostics.Count > 0 ? owner.SupportedDiagnostics[0].Id : owner.GetType().Name;
                    raw.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerCrash, new Text.TextSpan(0, 0), id, $"{ex.GetType().Name}: {ex.Message}"));
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Visit(SyntaxKind.Document);
        int quote = 0, number = 0;
        foreach (var para in doc.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Paragraph = para;
            context.Sentence = null; context.Quote = null; context.Number = null;
            Visit(SyntaxKind.Paragraph);
            while (quote < doc.Quotes.Count && doc.Quotes[quote].Paragraph <= para.Index)
            {
                context.Quote = doc.Quotes[quote++];
                Visit(SyntaxKind.Quote);
            }
            context.Quote = null;
            for (int s = para.FirstSentence; s < para.FirstSentence + para.SentenceCount; s++)
            {
                var sentence = doc.Sentences[s];
                context.Sentence = sentence;
                context.Number = null;
                Visit(SyntaxKind.Sentence);
                while (number < doc.Numbers.Count && doc.Numbers[number].Sentence <= s)
                {
                    context.Number = doc.Numbers[number++];
                    Visit(SyntaxKind.Number);
                }
            }
        }

        return Finish(doc, options, raw);
    }

    private static bool IsEnabled(DiagnosticDescriptor d, LintOptions options)
    {
        if (options.Severities.TryGetValue(d.Id, out var s) && s != ReportSeverity.Default) return s != ReportSeverity.None;
        return d.IsEnabledByDefault;
    }

    private static LintResult Finish(ProseDocument doc, LintOptions options, List<Diagnostic> raw)
    {
        var filter = new SuppressionFilter(doc);
        var kept = new List<Diagnostic>(raw.Count);
        var suppressed = new List<Diagnostic>();
        foreach (var d in raw)
        {
            if (!IsEnabled(d.Descriptor, options)) continue;
            var diag = d;
            if (options.Severities.TryGetValue(d.Id, out var s) && s.ToDiagnosticSeverity() is { } forced)
                diag = d.WithSeverity(forced);
            if (filter.IsSuppressed(diag, out var reason))
            {
                suppressed.Add(new Diagnostic(diag.Descriptor, diag.Span, diag.Severity, diag.Message, diag.Related, diag.Fixes) { SuppressionReason = reason });
                continue;
            }
            if (diag.Descriptor != EngineDiagnostics.AnalyzerCrash)
                diag = diag.WithFixes(new Fixes.FixesWithSuppression(diag.Fixes, doc, diag.Id, diag.Span));
            kept.Add(diag);
        }
        if (options.RequireSuppressionReason)
        {
            foreach (var dir in doc.Directives)
                if (dir.Kind != DirectiveKind.Enable && string.IsNullOrWhiteSpace(dir.Reason))
                    kept.Add(Diagnostic.Create(EngineDiagnostics.SuppressionWithoutReason, dir.Span, dir.RuleIds.Count == 0 ? "all rules" : string.Join(", ", dir.RuleIds)));
        }
        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new LintResult(doc, kept, suppressed);
    }
}
