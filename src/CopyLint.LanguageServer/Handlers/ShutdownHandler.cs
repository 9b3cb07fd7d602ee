using CopyLint.LanguageServer.Rpc;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>shutdown: stop background work; from now on requests are refused and exit ends the process with 0.</summary>
internal sealed class ShutdownHandler : IRequestHandler<JToken?, object?>
{
    private readonly ServerContext _ctx;

    public ShutdownHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "shutdown";

    public Task<object?> Handle(JToken? request, CancellationToken cancellationToken)
    {
        _ctx.Lifecycle.MarkShutDown();
        _ctx.Scheduler.CancelAll();
        _ctx.Log.Info("shutdown requested");
        return Task.FromResult<object?>(null);
    }
}
