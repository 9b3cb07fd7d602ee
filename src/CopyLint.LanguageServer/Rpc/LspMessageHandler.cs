using Newtonsoft.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>
/// Content-Length framing (LSP base protocol). A frame whose body is not a JSON-RPC message is answered with
/// ParseError (id null) and skipped, instead of tearing the connection down.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly ServerLog _log;

    public LspMessageHandler(Stream sending, Stream receiving, JsonMessageFormatter formatter, ServerLog log)
        : base(sending, receiving, formatter) => _log = log;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or ArgumentException && ex is not ArgumentNullException)
            {
                _log.Warn($"malformed message skipped: {ex.Message}");
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: " + ex.Message },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
