using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer;

/// <summary>Logs go to stderr and, once a client is connected, to window/logMessage. Never to stdout.</summary>
internal sealed class ServerLog
{
    private readonly TextWriter _stderr;
    private Func<MessageParams, Task>? _client;

    public ServerLog(TextWriter? stderr = null) => _stderr = stderr ?? Console.Error;

    public void AttachClient(Func<MessageParams, Task> send) => _client = send;

    public void Info(string message) => Write(MessageType.Info, message);
    public void Warn(string message) => Write(MessageType.Warning, message);
    public void Error(string message) => Write(MessageType.Error, message);
    public void Log(string message) => Write(MessageType.Log, message);

    private void Write(int type, string message)
    {
        var label = type switch { MessageType.Error => "error", MessageType.Warning => "warn", MessageType.Info => "info", _ => "log" };
        lock (_stderr) _stderr.WriteLine($"[copylint-server {DateTime.UtcNow:HH:mm:ss.fff} {label}] {message}");
        var send = _client;
        if (send is null) return;
        try { _ = send(new MessageParams(type, message)).ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted); }
        catch (Exception) { /* the connection is gone: stderr has it */ }
    }
}
