using CopyLint.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Rpc;

/// <summary>Binds one notification handler to JSON-RPC. Notifications have no reply: every problem is logged and dropped.</summary>
internal sealed class NotificationEndpoint<TParams>
{
    private readonly INotificationHandler<TParams> _handler;
    private readonly Lifecycle _lifecycle;
    private readonly ServerLog _log;

    public NotificationEndpoint(INotificationHandler<TParams> handler, Lifecycle lifecycle, ServerLog log)
    {
        _handler = handler;
        _lifecycle = lifecycle;
        _log = log;
    }

    public async Task InvokeAsync(JToken? @params = null, CancellationToken cancellationToken = default)
    {
        if (!_lifecycle.AcceptsNotification(_handler.Method))
        {
            _log.Log($"{_handler.Method} ignored: the server is {_lifecycle.State}.");
            return;
        }
        try
        {
            var notification = LspJson.FromToken<TParams>(@params);
            if (notification is null && typeof(TParams) != typeof(JToken))
            {
                _log.Warn($"{_handler.Method} without params ignored.");
                return;
            }
            await _handler.Handle(notification!, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            _log.Error($"{_handler.Method} failed: {ex.Message}");
        }
    }
}
