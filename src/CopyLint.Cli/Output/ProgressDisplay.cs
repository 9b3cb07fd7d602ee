namespace CopyLint.Cli.Output;

/// <summary>A one-line progress counter on stderr, only when stderr is a terminal (the caller decides) and the run is long.</summary>
internal sealed class ProgressDisplay : IProgress<int>, IDisposable
{
    private readonly int _total;
    private readonly TextWriter _err;
    private readonly DateTime _start = DateTime.UtcNow;
    private long _lastDraw;
    private bool _drawn;

    private ProgressDisplay(int total, TextWriter err) { _total = total; _err = err; }

    /// <param name="allowed">The caller's verdict that stderr is a terminal and progress suits the output format.</param>
    public static ProgressDisplay? Start(int total, bool allowed, TextWriter err) =>
        allowed && total >= 20 && Environment.GetEnvironmentVariable("CI") is null ? new ProgressDisplay(total, err) : null;

    public void Report(int done)
    {
        var now = Environment.TickCount64;
        if (done < _total && now - Interlocked.Read(ref _lastDraw) < 100) return;
        if ((DateTime.UtcNow - _start).TotalMilliseconds < 300 && done < _total) return;
        Interlocked.Exchange(ref _lastDraw, now);
        lock (this)
        {
            _err.Write($"\rchecking {done}/{_total} files ({100 * done / Math.Max(1, _total)}%)   ");
            _drawn = true;
        }
    }

    public void Dispose()
    {
        if (_drawn) _err.Write("\r" + new string(' ', 50) + "\r");
    }
}
