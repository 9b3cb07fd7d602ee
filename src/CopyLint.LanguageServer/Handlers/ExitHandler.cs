using CopyLint.LanguageServer.Rpc;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>exit: end the connection; the exit code is 0 after shutdown and 1 otherwise.</summary>
internal sealed class ExitHandler : INotificationHandler<JToken?>
{
    private readonly ServerContext _ctx;
    private readonly Action<int> _exit;

    public ExitHandler(ServerContext ctx, Action<int> exit)
    {
        _ctx = ctx;
        _exit = exit;
    }

    public string Method => "exit";

    public Task Handle(JToken? notification, CancellationToken cancellationToken)
    {
        int code = _ctx.Lifecycle.ShutdownRequested ? 0 : 1;
        _ctx.Log.Info($"exit (code {code})");
        _exit(code);
        return Task.CompletedTask;
    }
}
