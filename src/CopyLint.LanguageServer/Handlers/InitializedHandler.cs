using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>initialized: register for copylint.json / rule-pack file events and settings changes, then read the settings.</summary>
internal sealed class InitializedHandler : INotificationHandler<JToken?>
{
    public static readonly string[] WatchedGlobs = ["**/copylint.json", "**/*.json"];
    private readonly ServerContext _ctx;

    public InitializedHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "initialized";

    public async Task Handle(JToken? notification, CancellationToken cancellationToken)
    {
        var registrations = new List<Registration>();
        if (_ctx.Features.WatchedFilesDynamic)
            registrations.Add(new Registration("copylint-watch", "workspace/didChangeWatchedFiles",
                new { watchers = WatchedGlobs.Select(g => new { globPattern = g }).ToArray() }));
        if (_ctx.Features.ConfigurationDynamic)
            registrations.Add(new Registration("copylint-config", "workspace/didChangeConfiguration", new { section = ServerSettings.Section }));
        if (registrations.Count > 0)
        {
            try { await _ctx.Client.RequestAsync("client/registerCapability", new RegistrationParams(registrations), cancellationToken).ConfigureAwait(false); }
            catch (Exception ex) when (ex is not OperationCanceledException) { _ctx.Log.Warn($"client/registerCapability failed: {ex.Message}"); }
        }
        await _ctx.PullSettingsAsync(cancellationToken).ConfigureAwait(false);
    }
}
