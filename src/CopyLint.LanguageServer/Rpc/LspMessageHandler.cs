using System.Buffers;
using System.Globalization;
using System.Text;
using CopyLint.LanguageServer.Protocol;
using Newtonsoft.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>
/// Content-Length framing (LSP base protocol). A frame whose body is not a JSON-RPC message is answered with
/// ParseError (id null) and skipped, instead of tearing the connection down. A notification whose params were
/// prepared as UTF-8 (<see cref="PreparedParams"/>: publishDiagnostics) is framed and copied out directly.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly ServerLog _log;

    public LspMessageHandler(Stream sending, Stream receiving, JsonMessageFormatter formatter, ServerLog log)
        : base(sending, receiving, formatter) => _log = log;

    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        if (content is JsonRpcRequest { IsResponseExpected: false, Arguments: PreparedParams prepared } request && Writer is { } writer)
            WritePrepared(writer, request.Method!, prepared);
        else
            base.Write(content, cancellationToken);
    }

    /// <summary>One Content-Length frame holding {"jsonrpc":"2.0","method":…,"params":…}.</summary>
    internal static void WritePrepared(IBufferWriter<byte> writer, string method, PreparedParams prepared)
    {
        var head = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"method\":" + JsonConvert.ToString(method) + ",\"params\":");
        int length = head.Length + prepared.Length + 1;
        writer.Write(Encoding.ASCII.GetBytes("Content-Length: " + length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n"));
        writer.Write(head);
        prepared.WriteTo(writer);
        writer.Write("}"u8);
    }

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
