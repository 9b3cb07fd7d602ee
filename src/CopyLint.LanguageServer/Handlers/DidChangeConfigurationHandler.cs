using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>workspace/didChangeConfiguration: take pushed "copylint" settings, or pull them when the client can.</summary>
internal sealed class DidChangeConfigurationHandler : INotificationHandler<DidChangeConfigurationParams>
{
    private readonly ServerContext _ctx;

    public DidChangeConfigurationHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "workspace/didChangeConfiguration";

    public Task Handle(DidChangeConfigurationParams notification, CancellationToken cancellationToken)
    {
        if (notification.Settings is JObject settings && settings[ServerSettings.Section] is JObject)
        {
            _ctx.ApplySettings(settings);
            return Task.CompletedTask;
        }
        if (_ctx.Features.Configuration) return _ctx.PullSettingsAsync(cancellationToken);
        _ctx.ApplySettings(notification.Settings);
        return Task.CompletedTask;
    }
}
