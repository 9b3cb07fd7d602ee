using System.Runtime.ExceptionServices;

namespace CopyLint.Workspace.Sessions;

/// <summary>
/// The shared state of one <see cref="LintSession.LintFilesInOrder"/> run: workers take files one at a time, and the
/// worker that completes the next file in input order becomes the deliverer until it meets a file not yet done.
/// All hand-offs happen under one lock; the sink runs outside it, on one thread at a time.
/// </summary>
internal sealed class OrderedRun(LintSession session, IReadOnlyList<string> paths, Action<FileLintResult> sink,
    IProgress<int>? progress, CancellationToken cancellationToken, int window)
{
    private readonly FileLintResult?[] _results = new FileLintResult?[paths.Count];
    private readonly object _gate = new();
    private int _next = -1;
    private int _delivered;           // files handed to the sink
    private bool _delivering;         // a worker is in the delivery loop
    private int _waiting;             // workers waiting for the window to move
    private Exception? _lintFailure;  // the first file (in input order) whose lint threw
    private int _failedAt = int.MaxValue;
    private ExceptionDispatchInfo? _sinkFailure;

    public void Work()
    {
        int n = paths.Count;
        while (true)
        {
            int i = Interlocked.Increment(ref _next);
            if (i >= n) return;
            lock (_gate)
            {
                while (i >= _delivered + window && !Stopped(i))
                {
                    _waiting++;
                    Monitor.Wait(_gate);
                    _waiting--;
                }
                if (Stopped(i)) return;
            }
            FileLintResult r;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                r = session.LintFile(paths[i], cancellationToken);
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    if (i < _failedAt) { _failedAt = i; _lintFailure = ex; }
                    Monitor.PulseAll(_gate);
                }
                return;
            }
            Deliver(i, r);
        }
    }

    /// <summary>After every worker returned: the sink's exception as itself, else the failing file's.</summary>
    public void ThrowIfFailed(CancellationToken token)
    {
        _sinkFailure?.Throw();
        if (_lintFailure is OperationCanceledException && token.IsCancellationRequested) ExceptionDispatchInfo.Throw(_lintFailure);
        if (_lintFailure is not null) throw new AggregateException(_lintFailure);
    }

    /// <summary>File <paramref name="i"/> need not be linted: the sink failed, or a file before it did.</summary>
    private bool Stopped(int i) => _sinkFailure is not null || i > _failedAt;

    private void Deliver(int i, FileLintResult result)
    {
        lock (_gate)
        {
            _results[i] = result;
            if (_delivering || i != _delivered) return;
            _delivering = true;
        }
        while (true)
        {
            FileLintResult? r;
            int index;
            lock (_gate)
            {
                index = _delivered;
                r = index < _results.Length && index < _failedAt && _sinkFailure is null ? _results[index] : null;
                if (r is null)
                {
                    _delivering = false;
                    return;
                }
                _results[index] = null;
            }
            try
            {
                sink(r);
                progress?.Report(index + 1);
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    _sinkFailure = ExceptionDispatchInfo.Capture(ex);
                    _delivering = false;
                    Monitor.PulseAll(_gate);
                }
                return;
            }
            lock (_gate)
            {
                _delivered = index + 1;
                if (_waiting > 0) Monitor.PulseAll(_gate);
            }
        }
    }
}
