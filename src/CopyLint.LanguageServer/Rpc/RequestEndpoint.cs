using CopyLint.LanguageServer.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>
/// Binds one request handler to JSON-RPC: lifecycle check, params read with the LSP serializer (bad params are
/// InvalidParams), result written with it; a handler's unexpected exception becomes InternalError with a log line.
/// </summary>
internal sealed class RequestEndpoint<TParams, TResult>
{
    private readonly IRequestHandler<TParams, TResult> _handler;
    private readonly Lifecycle _lifecycle;
    private readonly ServerLog _log;

    public RequestEndpoint(IRequestHandler<TParams, TResult> handler, Lifecycle lifecycle, ServerLog log)
    {
        _handler = handler;
        _lifecycle = lifecycle;
        _log = log;
    }

    public async Task<JToken?> InvokeAsync(JToken? @params = null, CancellationToken cancellationToken = default)
    {
        _lifecycle.CheckRequest(_handler.Method);
        TParams request;
        try { request = LspJson.FromToken<TParams>(@params)!; }
        catch (JsonException ex)
        {
            throw new LocalRpcException($"{_handler.Method}: invalid params: {ex.Message}") { ErrorCode = ErrorCodes.InvalidParams };
        }
        if (request is null && default(TParams) is null && typeof(TParams) != typeof(JToken))
            throw new LocalRpcException($"{_handler.Method}: params are required.") { ErrorCode = ErrorCodes.InvalidParams };
        try
        {
            var result = await _handler.Handle(request, cancellationToken).ConfigureAwait(false);
            return LspJson.ToToken(result);
        }
        catch (Exception ex) when (ex is not LocalRpcException and not OperationCanceledException)
        {
            _log.Error($"{_handler.Method} failed: {ex}");
            throw new LocalRpcException($"{_handler.Method} failed: {ex.Message}") { ErrorCode = ErrorCodes.InternalError };
        }
    }
}
