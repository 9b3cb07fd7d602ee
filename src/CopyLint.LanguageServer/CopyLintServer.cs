using System.Diagnostics;
using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Handlers;
using CopyLint.LanguageServer.Rpc;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CopyLint.LanguageServer;

/// <summary>
/// One LSP connection over a pair of streams: builds the services, binds one handler per method, and runs until
/// exit, end of input, or the client process going away. Returns the process exit code.
/// </summary>
internal sealed class CopyLintServer
{
    private readonly JsonRpc _rpc;
    private readonly ServerContext _ctx;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CopyLintServer(Stream input, Stream output, ServerLog? log = null, RuleDocs? docs = null, IReadOnlyList<CopyLint.Core.Analysis.Analyzer>? analyzers = null)
    {
        Log = log ?? new ServerLog();
        var formatter = new JsonMessageFormatter();
        _rpc = new JsonRpc(new LspMessageHandler(output, input, formatter, Log))
        {
            // the synchronous part of each handler runs in arrival order (edits must apply in order)
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        _ctx = new ServerContext(Log, new ClientConnection(_rpc), docs ?? RuleDocs.Discover(), analyzers);
        Log.AttachClient(p => _ctx.Lifecycle.State == LifecycleState.WaitingForInitialize ? Task.CompletedTask : _ctx.Client.NotifyAsync("window/logMessage", p));
        Register();
    }

    public ServerLog Log { get; }

    internal ServerContext Context => _ctx;

    private void Register()
    {
        AddRequest(new InitializeHandler(_ctx, WatchParent));
        AddNotification(new InitializedHandler(_ctx));
        AddRequest(new ShutdownHandler(_ctx));
        AddNotification(new ExitHandler(_ctx, code => _exit.TrySetResult(code)));
        AddNotification(new DidOpenHandler(_ctx));
        AddNotification(new DidChangeHandler(_ctx));
        AddNotification(new DidCloseHandler(_ctx));
        AddNotification(new DidSaveHandler(_ctx));
        AddRequest(new HoverHandler(_ctx));
        AddRequest(new CodeActionHandler(_ctx));
        AddRequest(new DocumentDiagnosticHandler(_ctx));
        AddRequest(new WorkspaceDiagnosticHandler(_ctx));
        AddRequest(new ExecuteCommandHandler(_ctx));
        AddNotification(new DidChangeConfigurationHandler(_ctx));
        AddNotification(new DidChangeWatchedFilesHandler(_ctx));
        AddNotification(new DidChangeWorkspaceFoldersHandler(_ctx));
    }

    private void AddRequest<TParams, TResult>(IRequestHandler<TParams, TResult> handler)
    {
        var endpoint = new RequestEndpoint<TParams, TResult>(handler, _ctx.Lifecycle, Log);
        _rpc.AddLocalRpcMethod(endpoint.GetType().GetMethod(nameof(RequestEndpoint<TParams, TResult>.InvokeAsync))!, endpoint,
            new JsonRpcMethodAttribute(handler.Method) { UseSingleObjectParameterDeserialization = true });
    }

    private void AddNotification<TParams>(INotificationHandler<TParams> handler)
    {
        var endpoint = new NotificationEndpoint<TParams>(handler, _ctx.Lifecycle, Log);
        _rpc.AddLocalRpcMethod(endpoint.GetType().GetMethod(nameof(NotificationEndpoint<TParams>.InvokeAsync))!, endpoint,
            new JsonRpcMethodAttribute(handler.Method) { UseSingleObjectParameterDeserialization = true });
    }

    /// <summary>Serve until exit (0 after shutdown, else 1) or until the input ends or the client dies (same codes).</summary>
    public async Task<int> RunAsync()
    {
        _rpc.StartListening();
        var finished = await Task.WhenAny(_exit.Task, _rpc.Completion.ContinueWith(static _ => { }, TaskScheduler.Default)).ConfigureAwait(false);
        int code = _exit.Task.IsCompleted ? _exit.Task.Result : (_ctx.Lifecycle.ShutdownRequested ? 0 : 1);
        if (finished != _exit.Task) Log.Info($"connection closed by the client; exiting with {code}.");
        _ctx.Scheduler.CancelAll();
        _rpc.Dispose();
        return code;
    }

    private void WatchParent(int pid)
    {
        Process parent;
        try { parent = Process.GetProcessById(pid); }
        catch (ArgumentException) { Log.Warn($"client process {pid} is not running"); return; }
        catch (InvalidOperationException) { return; }
        _ = Task.Run(async () =>
        {
            try
            {
                await parent.WaitForExitAsync().ConfigureAwait(false);
                Log.Warn($"client process {pid} exited; stopping.");
                _exit.TrySetResult(_ctx.Lifecycle.ShutdownRequested ? 0 : 1);
            }
            catch (Exception) { /* cannot watch: rely on end of input */ }
        });
    }
}
