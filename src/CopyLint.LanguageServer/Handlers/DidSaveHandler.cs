using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/didSave: the text is already current; a saved copylint.json reloads configuration.</summary>
internal sealed class DidSaveHandler : INotificationHandler<DidSaveTextDocumentParams>
{
    private readonly ServerContext _ctx;

    public DidSaveHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/didSave";

    public Task Handle(DidSaveTextDocumentParams notification, CancellationToken cancellationToken)
    {
        var uri = notification.TextDocument.Uri;
        if (DocumentUris.ToPath(uri) is { } path && _ctx.Configs.IsConfigInput(path))
        {
            _ctx.Configs.Invalidate();
            _ctx.ClearConfigDiagnostics([path]);
            _ctx.RelintAll();
            return Task.CompletedTask;
        }
        if (_ctx.Store.Get(uri) is null) return Task.CompletedTask;
        if (notification.Text is { } text && _ctx.Store.Get(uri) is { } doc && text != doc.Text.ToString())
        {
            _ctx.Log.Warn($"didSave for {uri} carries text that differs from the edits received; taking the saved text.");
            _ctx.Store.Change(uri, doc.Version, [new TextDocumentContentChangeEvent { Text = text }]);
        }
        _ctx.Scheduler.Schedule(uri, immediately: true);
        return Task.CompletedTask;
    }
}
