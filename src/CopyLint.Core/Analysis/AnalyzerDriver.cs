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

    public LintResult Run(ProseDocument doc, LintOptions options, CancellationToken cancellationToken) =>
        Run(doc, options, cancellationToken, parallelism: 1);

    /// <summary>
    /// Below this many sentences a document is walked on one thread: a 1k-word draft lints in about half a millisecond,
    /// less than handing work to another thread costs.
    /// </summary>
    public const int MinSentencesForParallel = 150;

    /// <summary>
    /// Lint one document on up to <paramref name="parallelism"/> threads (the language server's latency on long
    /// drafts; batch runs already lint one file per core). The analyzers are split into groups of about equal cost,
    /// measured on the first document linted this way; each group walks the document on its own thread with its own
    /// context and run state, so every analyzer sees exactly the walk it sees alone, and the findings are the same
    /// as a one-thread run's (the same sort orders them).
    /// </summary>
    public LintResult Run(ProseDocument doc, LintOptions options, CancellationToken cancellationToken, int parallelism)
    {
        var enabled = EnabledFor(options);
        cancellationToken.ThrowIfCancellationRequested();

        if (parallelism < 2 || doc.Sentences.Count < MinSentencesForParallel || _analyzers.Count < 2)
            return Finish(doc, options, Walk(doc, options, enabled, null, cancellationToken));

        var groups = _groups;
        if (groups is null)
        {
            // Calibration: the first runs are ordinary one-thread runs (the first ones also compile the code), the
            // last of them also times each analyzer; its costs decide the groups.
            bool measure = Interlocked.Increment(ref _calibrationRuns) >= CalibrationRuns;
            var cost = measure ? new long[_analyzers.Count] : null;
            var raw = Walk(doc, options, enabled, cost, cancellationToken);
            if (cost is not null) _groups = Partition(cost, parallelism);
            return Finish(doc, options, raw);
        }
        if (groups.Length < 2) return Finish(doc, options, Walk(doc, options, enabled, null, cancellationToken));

        var walks = new Task<List<Diagnostic>>[groups.Length - 1];
        for (int g = 1; g < groups.Length; g++)
        {
            var mine = Only(enabled, groups[g]);
            walks[g - 1] = Task.Run(() => Walk(doc, options, mine, null, cancellationToken), cancellationToken);
        }
        var all = Walk(doc, options, Only(enabled, groups[0]), null, cancellationToken);
        foreach (var w in walks) all.AddRange(w.GetAwaiter().GetResult());
        return Finish(doc, options, all);
    }

    // Analyzer indexes per thread, decided once per driver (null until documents large enough have been linted).
    private volatile int[][]? _groups;
    private int _calibrationRuns;
    private const int CalibrationRuns = 3;

    /// <summary>How many threads a long document is linted on once calibrated (0 until then; 1 when one analyzer dominates).</summary>
    public int ThreadGroups => _groups?.Length ?? 0;

    /// <summary>Fix the groups instead of measuring them (tests).</summary>
    internal void UseGroups(int[][] groups) => _groups = groups;

    private static bool[] Only(bool[] enabled, int[] group)
    {
        var mine = new bool[enabled.Length];
        foreach (var a in group) mine[a] = enabled[a];
        return mine;
    }

    /// <summary>Longest-first into the least loaded group; one group (no threads) when one analyzer dominates anyway.</summary>
    internal static int[][] Partition(long[] cost, int parallelism)
    {
        int k = Math.Min(parallelism, cost.Length);
        var load = new long[k];
        var members = new List<int>[k];
        for (int g = 0; g < k; g++) members[g] = [];
        foreach (var a in Enumerable.Range(0, cost.Length).OrderByDescending(a => cost[a]).ThenBy(a => a))
        {
            int least = 0;
            for (int g = 1; g < k; g++) if (load[g] < load[least]) least = g;
            load[least] += cost[a];
            members[least].Add(a);
        }
        long total = load.Sum(), max = load.Max();
        if (total == 0 || max * 10 >= total * 8) return [[.. Enumerable.Range(0, cost.Length)]];
        return members.Where(m => m.Count > 0).Select(m => m.ToArray()).ToArray();
    }

    /// <summary>One walk over the document running the actions of <paramref name="active"/> analyzers; times them into <paramref name="cost"/> when given.</summary>
    private List<Diagnostic> Walk(ProseDocument doc, LintOptions options, bool[] active, long[]? cost, CancellationToken cancellationToken)
    {
        var raw = new List<Diagnostic>();
        var context = new NodeAnalysisContext(doc, options, raw.Add, cancellationToken);
        void Visit(SyntaxKind kind)
        {
            var actions = _byKind[(int)kind];
            if (actions.Length == 0) return;
            context.Kind = kind;
            foreach (var (index, action) in actions)
            {
                if (!active[index]) continue;
                long started = cost is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
                try { action(context); }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
                catch (Exception ex)
                {
                    active[index] = false;
                    var owner = _analyzers[index];
                    var id = owner.SupportedDiagnostics.Count > 0 ? owner.SupportedDiagnostics[0].Id : owner.GetType().Name;
                    raw.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerCrash, new Text.TextSpan(0, 0), id, $"{ex.GetType().Name}: {ex.Message}"));
                }
                if (cost is not null) cost[index] += System.Diagnostics.Stopwatch.GetTimestamp() - started;
            }
        }

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
        return raw;
    }

    /// <summary>
    /// Which analyzers have a rule on under <paramref name="options"/>. That depends only on the severities, and a batch
    /// run lints thousands of files under one configuration's severities: the answer for the last severities seen is
    /// kept (an unchanged severity map is one the caller no longer writes to, as everywhere in the engine). Each run
    /// gets its own copy: a walk switches off an analyzer that throws.
    /// </summary>
    private bool[] EnabledFor(LintOptions options)
    {
        var last = _lastEnabled;
        if (last is not null && ReferenceEquals(last.Severities, options.Severities)) return (bool[])last.Enabled.Clone();
        var enabled = new bool[_analyzers.Count];
        for (int a = 0; a < enabled.Length; a++)
            foreach (var d in _analyzers[a].SupportedDiagnostics)
                if (IsEnabled(d, options)) { enabled[a] = true; break; }
        _lastEnabled = new EnabledAnalyzers(options.Severities, enabled);
        return (bool[])enabled.Clone();
    }

    private sealed record EnabledAnalyzers(IReadOnlyDictionary<string, ReportSeverity> Severities, bool[] Enabled);
    private volatile EnabledAnalyzers? _lastEnabled;

    private static bool IsEnabled(DiagnosticDescriptor d, LintOptions options)
    {
        if (options.Severities.TryGetValue(d.Id, out var s) && s != ReportSeverity.Default) return s != ReportSeverity.None;
        return d.IsEnabledByDefault;
    }

    // A total order (position, rule, length, message), so that findings come out the same whichever walk found them first.
    private static int Order(Diagnostic a, Diagnostic b)
    {
        int c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
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
        kept.Sort(Order);
        suppressed.Sort(Order);
        return new LintResult(doc, kept, suppressed);
    }
}
