using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>
/// Analysis for a request: runs off the dispatch thread on the current snapshot with the request's token, and
/// answers ContentModified when an edit arrives before the answer is ready (the answer would be for stale text).
/// </summary>
internal static class SnapshotAnalysis
{
    public static async Task<AnalysisResult?> CurrentAsync(ServerContext ctx, string uri, CancellationToken cancellationToken)
    {
        var changed = ctx.Store.ChangeToken(uri);
        var doc = ctx.Store.Get(uri);
        if (doc is null) return null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, changed);
        AnalysisResult result;
        try
        {
            result = await Task.Run(() => ctx.Analyzer.Analyze(doc, linked.Token), linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ContentModified(uri);
        }
        if (changed.IsCancellationRequested && !ReferenceEquals(ctx.Store.Get(uri)?.Text, doc.Text)) throw ContentModified(uri);
        return result;
    }

    public static LocalRpcException ContentModified(string uri) =>
        new($"{uri} changed while the request was being answered.") { ErrorCode = ErrorCodes.ContentModified };
}
