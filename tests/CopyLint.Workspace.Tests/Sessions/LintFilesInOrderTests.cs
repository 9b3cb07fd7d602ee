using CopyLint.Workspace.Sessions;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.Sessions;

/// <summary>Streaming lint: every result once, in input order, the same findings as one file at a time, errors as LintFiles gives them.</summary>
public sealed class LintFilesInOrderTests
{
    private static List<string> Files(TempFolder tmp, int count)
    {
        tmp.Write("copylint.json", """{ "root": true }""");
        // sizes vary a lot, so workers finish out of order
        return Enumerable.Range(0, count).Select(i => tmp.Write($"story{i:D3}.txt",
            string.Concat(Enumerable.Repeat($"About {i * 7} people died in story {i}, officials said. ", 1 + (i * 37) % 60)))).ToList();
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 3)]   // a window smaller than the worker count is widened
    [InlineData(3, 8)]
    [InlineData(4, 256)]
    public void Results_come_in_input_order_with_the_same_findings_as_one_at_a_time(int parallelism, int window)
    {
        using var tmp = new TempFolder();
        var files = Files(tmp, 150);
        var session = new LintSession();
        var expected = files.Select(f => string.Join("|", session.LintFile(f).Result!.Diagnostics.Select(d => $"{d.Id}@{d.Span}"))).ToList();
        var got = new List<string>();
        var paths = new List<string>();
        int lastProgress = 0;
        var progress = new SyncProgress(v => { Assert.Equal(lastProgress + 1, v); lastProgress = v; });
        session.LintFilesInOrder(files, r =>
        {
            paths.Add(r.Path);
            got.Add(string.Join("|", r.Result!.Diagnostics.Select(d => $"{d.Id}@{d.Span}")));
        }, progress, maxParallelism: parallelism, window: window == 0 ? 256 : window);
        Assert.Equal(files, paths);
        Assert.Equal(expected, got);
        Assert.Equal(files.Count, lastProgress);
    }

    [Fact]
    public void The_sink_is_never_called_by_two_threads_at_once()
    {
        using var tmp = new TempFolder();
        var files = Files(tmp, 80);
        int inside = 0, overlaps = 0, calls = 0;
        new LintSession().LintFilesInOrder(files, _ =>
        {
            if (Interlocked.Increment(ref inside) != 1) Interlocked.Increment(ref overlaps);
            Thread.SpinWait(20_000); // a slow sink: later files finish on other workers meanwhile
            calls++;
            Interlocked.Decrement(ref inside);
        }, maxParallelism: 4);
        Assert.Equal(0, overlaps);
        Assert.Equal(files.Count, calls);
    }

    [Fact]
    public void An_unreadable_file_is_a_result_with_an_error_in_its_place()
    {
        using var tmp = new TempFolder();
        var files = Files(tmp, 20);
        files.Insert(7, Path.Combine(tmp.Path, "missing.txt"));
        var got = new List<FileLintResult>();
        new LintSession().LintFilesInOrder(files, got.Add, maxParallelism: 2);
        Assert.Equal(files, got.Select(r => r.Path));
        Assert.NotNull(got[7].Error);
        Assert.All(got.Where((_, i) => i != 7), r => Assert.Null(r.Error));
    }

    [Fact]
    public void A_sink_that_throws_stops_the_run_and_the_exception_reaches_the_caller()
    {
        using var tmp = new TempFolder();
        var files = Files(tmp, 60);
        int seen = 0;
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new LintSession().LintFilesInOrder(files, _ => { if (++seen == 5) throw new InvalidOperationException("sink"); }, maxParallelism: 2));
        Assert.Equal("sink", ex.Message);
        Assert.Equal(5, seen);
    }

    [Fact]
    public void Cancellation_surfaces_as_itself()
    {
        using var tmp = new TempFolder();
        var files = Files(tmp, 60);
        using var cts = new CancellationTokenSource();
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new LintSession().LintFilesInOrder(files, _ => { if (++seen == 3) cts.Cancel(); }, cancellationToken: cts.Token, maxParallelism: 2));
        Assert.True(seen < files.Count);
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
