using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>workspace/didChangeWatchedFiles: a copylint.json or rule pack changed → reload configuration and re-lint.</summary>
internal sealed class DidChangeWatchedFilesHandler : INotificationHandler<DidChangeWatchedFilesParams>
{
    private readonly ServerContext _ctx;

    public DidChangeWatchedFilesHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "workspace/didChangeWatchedFiles";

    public Task Handle(DidChangeWatchedFilesParams notification, CancellationToken cancellationToken)
    {
        var relevant = notification.Changes.Select(c => DocumentUris.ToPath(c.Uri)).OfType<string>().Where(_ctx.Configs.IsConfigInput).ToList();
        if (relevant.Count == 0) return Task.CompletedTask;
        _ctx.Log.Info($"configuration changed ({string.Join(", ", relevant.Select(System.IO.Path.GetFileName))}): reloading and re-linting {_ctx.Store.Count} open document(s).");
        _ctx.Configs.Invalidate();
        _ctx.ClearConfigDiagnostics(relevant.Where(p => System.IO.Path.GetFileName(p) == CopyLint.Workspace.Configuration.ConfigLoader.FileName));
        _ctx.RelintAll();
        return Task.CompletedTask;
    }
}
