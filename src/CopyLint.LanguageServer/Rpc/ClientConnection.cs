using CopyLint.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>Messages from server to client (notifications and requests), written with the LSP serializer.</summary>
internal sealed class ClientConnection
{
    private readonly JsonRpc _rpc;

    public ClientConnection(JsonRpc rpc) => _rpc = rpc;

    public Task NotifyAsync(string method, object parameters) =>
        _rpc.IsDisposed ? Task.CompletedTask : _rpc.NotifyWithParameterObjectAsync(method, parameters is PreparedParams ? parameters : LspJson.ToToken(parameters));

    public async Task<JToken?> RequestAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        if (_rpc.IsDisposed) return null;
        return await _rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters is null ? null : LspJson.ToToken(parameters), cancellationToken).ConfigureAwait(false);
    }
}
