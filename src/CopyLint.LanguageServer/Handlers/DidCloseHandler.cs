using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/didClose: forget the text and clear its diagnostics.</summary>
internal sealed class DidCloseHandler : INotificationHandler<DidCloseTextDocumentParams>
{
    private readonly ServerContext _ctx;

    public DidCloseHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/didClose";

    public Task Handle(DidCloseTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        if (!_ctx.Store.Close(uri))
        {
            _ctx.Log.Log($"didClose for {uri}, which is not open: ignored.");
            return Task.CompletedTask;
        }
        _ctx.Analyzer.Forget(uri);
        _ctx.Changes.Pulse();
        return _ctx.Scheduler.ClearAsync(uri);
    }
}
