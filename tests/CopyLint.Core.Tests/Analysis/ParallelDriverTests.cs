using System.Collections.Concurrent;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Analysis;

public sealed class ParallelDriverTests
{
    // Long enough to be split: MinSentencesForParallel sentences and more, with numbers to report.
    private static readonly string LongCopy = string.Join("\n\n", Enumerable.Range(0, AnalyzerDriver.MinSentencesForParallel)
        .Select(i => $"About {i + 2} people came to hall {i}. Then {i + 3} more came."));

    private static (string, int, int, DiagnosticSeverity, string)[] Keys(IEnumerable<Diagnostic> ds) =>
        ds.Select(d => (d.Id, d.Span.Start, d.Span.Length, d.Severity, d.Message)).ToArray();

    [Fact]
    public void Groups_on_two_threads_give_the_findings_of_one_thread()
    {
        var threads = new ConcurrentDictionary<int, byte>();
        using var secondStarted = new ManualResetEventSlim();
        bool parallel = false;
        Analyzer[] analyzers =
        [
            // the first group waits (once) for the second to start: only two walks at the same time get past this
            new EveryNumberAnalyzer("CL0001", onNumber: _ => { threads.TryAdd(Environment.CurrentManagedThreadId, 0); if (parallel) { secondStarted.Wait(TimeSpan.FromSeconds(10)); parallel = false; } }),
            new EveryNumberAnalyzer("CL0042", onNumber: _ => { threads.TryAdd(Environment.CurrentManagedThreadId, 0); secondStarted.Set(); }),
            new ThrowingAnalyzer(),
        ];
        var doc = ProseParser.Parse(SourceText.From(LongCopy), DocumentKind.PlainText);
        var one = new AnalyzerDriver(analyzers).Run(doc, LintOptions.Default, CancellationToken.None);

        var driver = new AnalyzerDriver(analyzers);
        driver.UseGroups([[0, 2], [1]]);
        threads.Clear();
        secondStarted.Reset();
        parallel = true;
        var two = driver.Run(doc, LintOptions.Default, CancellationToken.None, parallelism: 2);

        Assert.True(secondStarted.IsSet);
        Assert.Equal(2, threads.Count);
        Assert.Equal(Keys(one.Diagnostics), Keys(two.Diagnostics));
        Assert.Single(two.Diagnostics, d => d.Id == "CL9999"); // the crash stays contained in its group
        Assert.Equal(2 * 3 * AnalyzerDriver.MinSentencesForParallel, two.Diagnostics.Count(d => d.Id is "CL0001" or "CL0042")); // two rules, three numbers a paragraph
    }

    [Fact]
    public void Suppressed_findings_come_out_in_the_same_order_too()
    {
        var text = "<!-- copylint-disable CL0001, CL0042: from the record -->\n\n" + LongCopy;
        var doc = ProseParser.Parse(SourceText.From(text), DocumentKind.Markdown);
        Analyzer[] analyzers = [new EveryNumberAnalyzer("CL0001"), new EveryNumberAnalyzer("CL0042")];
        var options = new LintOptions { Kind = DocumentKind.Markdown };
        var one = new AnalyzerDriver(analyzers).Run(doc, options, CancellationToken.None);
        var driver = new AnalyzerDriver(analyzers);
        driver.UseGroups([[1], [0]]);
        var two = driver.Run(doc, options, CancellationToken.None, parallelism: 2);
        Assert.NotEmpty(one.Suppressed);
        Assert.Equal(Keys(one.Suppressed), Keys(two.Suppressed));
        Assert.Equal(Keys(one.Diagnostics), Keys(two.Diagnostics));
    }

    [Fact]
    public void Measured_runs_settle_on_groups_and_keep_the_findings()
    {
        Analyzer[] analyzers = [new EveryNumberAnalyzer("CL0001"), new EveryNumberAnalyzer("CL0042"), new EveryNumberAnalyzer("CL0043")];
        var doc = ProseParser.Parse(SourceText.From(LongCopy), DocumentKind.PlainText);
        var expected = Keys(new AnalyzerDriver(analyzers).Run(doc, LintOptions.Default, CancellationToken.None).Diagnostics);
        var driver = new AnalyzerDriver(analyzers);
        for (int run = 0; run < 6; run++) // calibration runs first, then whatever groups they chose
            Assert.Equal(expected, Keys(driver.Run(doc, LintOptions.Default, CancellationToken.None, parallelism: 2).Diagnostics));
    }

    [Fact]
    public void Cancellation_on_another_thread_surfaces_as_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        var driver = new AnalyzerDriver([new EveryNumberAnalyzer("CL0001"), new EveryNumberAnalyzer("CL0042", onNumber: _ => cts.Cancel())]);
        driver.UseGroups([[0], [1]]);
        var doc = ProseParser.Parse(SourceText.From(LongCopy), DocumentKind.PlainText);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.Run(doc, LintOptions.Default, cts.Token, parallelism: 2));
    }

    [Theory]
    [InlineData(new long[] { 100, 1, 1, 1 }, 1, 103)]  // one analyzer is most of the work: no second thread
    [InlineData(new long[] { 5, 4, 3, 3 }, 2, 8)]      // longest first: 5+3 and 4+3
    [InlineData(new long[] { 0, 0 }, 1, 0)]            // nothing measured
    public void Partition_balances_measured_costs(long[] cost, int expectedGroups, long expectedMaxLoad)
    {
        var groups = AnalyzerDriver.Partition(cost, 2);
        Assert.Equal(expectedGroups, groups.Length);
        Assert.Equal(Enumerable.Range(0, cost.Length), groups.SelectMany(g => g).Order());
        Assert.Equal(expectedMaxLoad, groups.Max(g => g.Sum(a => cost[a])));
    }
}
