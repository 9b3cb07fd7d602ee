using CopyLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>
/// initialize → initialized → … → shutdown → exit. Requests before initialize get ServerNotInitialized (-32002),
/// requests after shutdown InvalidRequest; notifications other than exit are dropped in both cases.
/// </summary>
internal sealed class Lifecycle
{
    private int _state;

    public LifecycleState State => (LifecycleState)Volatile.Read(ref _state);

    public bool ShutdownRequested => State == LifecycleState.ShutDown;

    public void MarkRunning() => Interlocked.CompareExchange(ref _state, (int)LifecycleState.Running, (int)LifecycleState.WaitingForInitialize);

    public void MarkShutDown() => Volatile.Write(ref _state, (int)LifecycleState.ShutDown);

    public void CheckRequest(string method)
    {
        var state = State;
        if (method == "initialize")
        {
            if (state != LifecycleState.WaitingForInitialize)
                throw new LocalRpcException("The server is already initialized.") { ErrorCode = ErrorCodes.InvalidRequest };
            return;
        }
        if (state == LifecycleState.WaitingForInitialize)
            throw new LocalRpcException($"{method}: the server is not initialized yet.") { ErrorCode = ErrorCodes.ServerNotInitialized };
        if (state == LifecycleState.ShutDown)
            throw new LocalRpcException($"{method}: the server is shutting down.") { ErrorCode = ErrorCodes.InvalidRequest };
    }

    public bool AcceptsNotification(string method) => method == "exit" || State == LifecycleState.Running;
}
