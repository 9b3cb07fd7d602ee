using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>workspace/didChangeWorkspaceFolders: keep the folder list (each folder has its own configuration).</summary>
internal sealed class DidChangeWorkspaceFoldersHandler : INotificationHandler<DidChangeWorkspaceFoldersParams>
{
    private readonly ServerContext _ctx;

    public DidChangeWorkspaceFoldersHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "workspace/didChangeWorkspaceFolders";

    public Task Handle(DidChangeWorkspaceFoldersParams notification, CancellationToken cancellationToken)
    {
        _ctx.Folders.Change(notification.Event.Added, notification.Event.Removed);
        _ctx.Configs.Invalidate();
        _ctx.RelintAll();
        return Task.CompletedTask;
    }
}
