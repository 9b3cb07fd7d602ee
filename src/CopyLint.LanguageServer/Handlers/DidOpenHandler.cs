using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/didOpen: hold the text if CopyLint reads this kind of document, and lint it.</summary>
internal sealed class DidOpenHandler : INotificationHandler<DidOpenTextDocumentParams>
{
    private readonly ServerContext _ctx;

    public DidOpenHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/didOpen";

    public Task Handle(DidOpenTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var item = notification.TextDocument;
        var kind = DocumentUris.KindFor(item.LanguageId, item.Uri);
        if (kind is null)
        {
            _ctx.Log.Log($"didOpen {item.Uri} ({item.LanguageId}): not a language CopyLint reads; not tracked.");
            return Task.CompletedTask;
        }
        _ctx.Store.Open(item.Uri, item.LanguageId, item.Version, item.Text ?? "", kind.Value);
        _ctx.WorkspaceResults.TryRemove(item.Uri, out _);
        _ctx.Changes.Pulse();
        _ctx.Scheduler.Schedule(item.Uri, immediately: true);
        return Task.CompletedTask;
    }
}
