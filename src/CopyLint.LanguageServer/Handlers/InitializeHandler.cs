using System.Reflection;
using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>initialize: read the client's capabilities, pick the position encoding and diagnostics mode, answer ours.</summary>
internal sealed class InitializeHandler : IRequestHandler<InitializeParams, InitializeResult>
{
    private readonly ServerContext _ctx;
    private readonly Action<int> _watchParent;

    public InitializeHandler(ServerContext ctx, Action<int> watchParent)
    {
        _ctx = ctx;
        _watchParent = watchParent;
    }

    public string Method => "initialize";

    public Task<InitializeResult> Handle(InitializeParams request, CancellationToken cancellationToken)
    {
        var features = new ClientFeatures(request.Capabilities);
        _ctx.Features = features;
        _ctx.Store.Encoding = features.PositionEncoding;
        _ctx.Scheduler.Enabled = !features.PullDiagnostics;
        if (request.WorkspaceFolders is { Count: > 0 } folders) _ctx.Folders.Set(folders);
        else if (request.RootUri is { } root) _ctx.Folders.Set([new WorkspaceFolder(root, "root")]);
        else if (request.RootPath is { Length: > 0 } rootPath) _ctx.Folders.Set([new WorkspaceFolder(DocumentUris.FromPath(rootPath), "root")]);
        if (request.InitializationOptions is Newtonsoft.Json.Linq.JObject init)
        {
            var problems = new List<string>();
            _ctx.Analyzer.UpdateSettings(ServerSettings.Parse(init, problems));
            foreach (var p in problems) _ctx.Log.Warn("initializationOptions: " + p);
        }
        if (request.ProcessId is { } pid) _watchParent(pid);
        _ctx.Lifecycle.MarkRunning();
        _ctx.Log.Info($"initialized for {request.ClientInfo?.Name ?? "an unnamed client"}: position encoding {features.PositionEncoding.WireName()}, diagnostics {(features.PullDiagnostics ? "pulled" : "pushed")}, folders [{string.Join(", ", _ctx.Folders.Paths)}], rule docs [{string.Join(", ", _ctx.Docs.Folders)}]");
        var version = typeof(InitializeHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return Task.FromResult(new InitializeResult(new ServerCapabilities
        {
            PositionEncoding = features.PositionEncoding.WireName(),
            DiagnosticProvider = features.PullDiagnostics ? new DiagnosticOptions() : null,
            ExecuteCommandProvider = new ExecuteCommandOptions { Commands = [ExecuteCommandHandler.LintWorkspace] },
        }, new ServerInfo("copylint-server", version.Split('+')[0])));
    }
}
