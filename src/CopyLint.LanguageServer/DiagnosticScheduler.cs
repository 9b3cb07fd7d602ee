using System.Collections.Concurrent;
using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer;

/// <summary>
/// Push diagnostics: lint a document a debounce interval after its last edit, on a snapshot, cancelling the run an
/// edit makes stale, and publish only if the text is still the one that was linted. Closing clears the document.
/// </summary>
internal sealed class DiagnosticScheduler
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private readonly DocumentStore _store;
    private readonly DocumentAnalyzer _analyzer;
    private readonly DiagnosticConverter _converter;
    private readonly Func<PublishDiagnosticsParams, Task> _publish;
    private readonly ServerLog _log;

    public DiagnosticScheduler(DocumentStore store, DocumentAnalyzer analyzer, DiagnosticConverter converter, Func<PublishDiagnosticsParams, Task> publish, ServerLog log)
    {
        _store = store;
        _analyzer = analyzer;
        _converter = converter;
        _publish = publish;
        _log = log;
    }

    /// <summary>False when the client pulls diagnostics: then nothing is pushed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Called with the lint time (debounce excluded) of each published run, for benchmarks.</summary>
    public Action<string, TimeSpan>? Published { get; set; }

    public void Schedule(string uri, bool immediately = false)
    {
        if (!Enabled) return;
        var cts = new CancellationTokenSource();
        var previous = _pending.AddOrUpdate(uri, cts, (_, _) => cts);
        if (!ReferenceEquals(previous, cts)) previous.Cancel();
        _ = RunAsync(uri, cts, immediately ? 0 : _analyzer.Settings.DebounceMs);
    }

    public void ScheduleAll()
    {
        foreach (var doc in _store.All) Schedule(doc.Uri, immediately: true);
    }

    public void Cancel(string uri)
    {
        if (_pending.TryRemove(uri, out var cts)) cts.Cancel();
    }

    public void CancelAll()
    {
        foreach (var uri in _pending.Keys.ToList()) Cancel(uri);
    }

    /// <summary>Cancel pending work and publish an empty set (the document was closed).</summary>
    public async Task ClearAsync(string uri)
    {
        Cancel(uri);
        if (!Enabled) return;
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try { await _publish(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false); }
        catch (Exception ex) { _log.Warn($"could not clear diagnostics of {uri}: {ex.Message}"); }
        finally { _publishGate.Release(); }
    }

    private async Task RunAsync(string uri, CancellationTokenSource cts, int debounceMs)
    {
        var token = cts.Token;
        try
        {
            if (debounceMs > 0) await Task.Delay(debounceMs, token).ConfigureAwait(false);
            else await Task.Yield();
            var doc = _store.Get(uri);
            if (doc is null) return;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = _analyzer.Analyze(doc, token);
            var diagnostics = _converter.Convert(result, _store.Encoding);
            await _publishGate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                var current = _store.Get(uri);
                if (token.IsCancellationRequested || current is null || !ReferenceEquals(current.Text, doc.Text) || result.Generation != _analyzer.Generation)
                    return; // stale: a newer run (or a close) owns this document now
                await _publish(new PublishDiagnosticsParams(uri, doc.Version, diagnostics)).ConfigureAwait(false);
                Published?.Invoke(uri, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }
            finally { _publishGate.Release(); }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex) { _log.Error($"linting {uri} failed: {ex}"); }
        finally { _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(uri, cts)); }
    }
}
