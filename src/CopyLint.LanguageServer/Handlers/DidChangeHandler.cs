using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/didChange: apply full or incremental changes in order, then lint after the debounce.</summary>
internal sealed class DidChangeHandler : INotificationHandler<DidChangeTextDocumentParams>
{
    private readonly ServerContext _ctx;

    public DidChangeHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/didChange";

    public Task Handle(DidChangeTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        if (_ctx.Store.Change(uri, notification.TextDocument.Version, notification.ContentChanges) is null) return Task.CompletedTask;
        _ctx.Changes.Pulse();
        _ctx.Scheduler.Schedule(uri);
        return Task.CompletedTask;
    }
}
