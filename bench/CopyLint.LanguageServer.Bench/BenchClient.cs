using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Bench;

/// <summary>A minimal wire-level LSP client: frames, requests by id, and a wait for publishDiagnostics of (uri, version).</summary>
internal sealed class BenchClient
{
    private readonly Stream _out;
    private readonly Stream _in;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JObject>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<int>> _published = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _id;

    public BenchClient(Stream toServer, Stream fromServer)
    {
        _out = toServer;
        _in = fromServer;
        _ = Task.Run(ReadLoop);
    }

    public Task<JObject> RequestAsync(string method, object? parameters)
    {
        long id = Interlocked.Increment(ref _id);
        var tcs = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        _ = SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters is null ? null : JToken.FromObject(parameters) });
        return tcs.Task;
    }

    public Task NotifyAsync(string method, object parameters) =>
        SendAsync(new JObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JToken.FromObject(parameters) });

    /// <summary>Completes with the number of diagnostics when (uri, version) is published. Call before sending the edit.</summary>
    public Task<int> ExpectPublish(string uri, int version) =>
        _published.GetOrAdd(uri + "#" + version, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task SendAsync(JObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToString(Formatting.None));
        await _gate.WaitAsync();
        try
        {
            await _out.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await _out.WriteAsync(body);
            await _out.FlushAsync();
        }
        finally { _gate.Release(); }
    }

    /// <summary>
    /// For publishDiagnostics the server writes "uri" and "version" before the diagnostics array: read those two and
    /// count the diagnostics with a forward-only reader instead of building a tree of the whole message.
    /// </summary>
    // A publishDiagnostics message is read with the allocation-free UTF-8 reader: the client's own JSON work must not
    // weigh on the latency it measures (a Newtonsoft pass over 389 findings allocated more than the server's lint).
    private bool TryQuickPublish(byte[] buffer)
    {
        var json = new System.Text.Json.Utf8JsonReader(buffer);
        string? uri = null;
        int? version = null;
        int count = 0, diagnosticsDepth = -1;
        bool isPublish = false;
        while (json.Read())
        {
            if (json.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                if (json.CurrentDepth == 1 && json.ValueTextEquals("method"))
                {
                    json.Read();
                    if (!json.ValueTextEquals("textDocument/publishDiagnostics")) return false;
                    isPublish = true;
                }
                else if (json.CurrentDepth == 2 && json.ValueTextEquals("uri")) { json.Read(); uri = json.GetString(); }
                else if (json.CurrentDepth == 2 && json.ValueTextEquals("version")) { json.Read(); version = json.TokenType == System.Text.Json.JsonTokenType.Number ? json.GetInt32() : null; }
                else if (json.CurrentDepth == 2 && json.ValueTextEquals("diagnostics")) diagnosticsDepth = 3; // the array is at depth 2, its findings at 3
            }
            else if (json.TokenType == System.Text.Json.JsonTokenType.StartObject && json.CurrentDepth == diagnosticsDepth) count++;
        }
        if (!isPublish || uri is null) return false;
        if (version is { } v)
            _published.GetOrAdd(uri + "#" + v, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(count);
        return true;
    }

    private async Task ReadLoop()
    {
        var reader = new BufferedStream(_in, 1 << 16);
        var one = new byte[1];
        try
        {
            while (true)
            {
                int length = -1;
                var line = new StringBuilder();
                while (true)
                {
                    if (await reader.ReadAsync(one) == 0) return;
                    if (one[0] == '\n')
                    {
                        var text = line.ToString().TrimEnd('\r');
                        line.Clear();
                        if (text.Length == 0) { if (length >= 0) break; continue; }
                        if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(text[15..].Trim());
                    }
                    else line.Append((char)one[0]);
                }
                var buffer = new byte[length];
                await reader.ReadExactlyAsync(buffer);
                // A publish is timed when its bytes have arrived: the server's latency, not this client's JSON parser.
                if (TryQuickPublish(buffer)) continue;
                var msg = JObject.Parse(Encoding.UTF8.GetString(buffer));
                var method = (string?)msg["method"];
                if (method is not null && msg["id"] is not null)
                    await SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = msg["id"], ["result"] = method == "workspace/configuration" ? new JArray(new JObject()) : JValue.CreateNull() });
                else if (method == "textDocument/publishDiagnostics")
                {
                    var p = msg["params"]!;
                    if ((int?)p["version"] is { } v)
                        _published.GetOrAdd((string)p["uri"]! + "#" + v, _ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(((JArray)p["diagnostics"]!).Count);
                }
                else if (msg["id"] is { Type: JTokenType.Integer } id && _pending.TryRemove((long)id, out var tcs)) tcs.TrySetResult(msg);
            }
        }
        catch (Exception) { /* closed */ }
    }
}
