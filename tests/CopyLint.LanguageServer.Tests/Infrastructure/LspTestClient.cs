using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using CopyLint.Core.Analysis;
using CopyLint.LanguageServer.Analysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A small LSP client that speaks the wire protocol itself (Content-Length frames, raw JSON), so tests see exactly
/// what the server writes. It answers the server's requests (workspace/configuration, registerCapability, …).
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JObject>> _pending = new();
    private readonly List<JObject> _notifications = [];
    private readonly List<JObject> _serverRequests = [];
    private readonly List<JObject> _orphanResponses = [];
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Task _readLoop;
    private long _nextId;

    private LspTestClient(Stream toServer, Stream fromServer, Task<int> serverExit, StringWriter? serverLog, Process? process)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        ServerExit = serverExit;
        ServerLog = serverLog;
        Process = process;
        _readLoop = Task.Run(ReadLoopAsync);
    }

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public Task<int> ServerExit { get; }
    public StringWriter? ServerLog { get; }
    public Process? Process { get; }

    /// <summary>What workspace/configuration answers for the "copylint" section.</summary>
    public JToken Settings { get; set; } = new JObject();

    public static LspTestClient StartInProcess(RuleDocs? docs = null, IReadOnlyList<Analyzer>? analyzers = null)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var log = new SynchronizedStringWriter();
        var server = new CopyLintServer(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream(), new ServerLog(log), docs ?? new RuleDocs([]), analyzers);
        var exit = Task.Run(server.RunAsync);
        return new LspTestClient(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream(), exit, log, null);
    }

    public static LspTestClient StartProcess(string serverDll)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(serverDll);
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        var exit = Task.Run(async () => { await p.WaitForExitAsync(); return p.ExitCode; });
        return new LspTestClient(p.StandardInput.BaseStream, p.StandardOutput.BaseStream, exit, null, p);
    }

    public static JObject Capabilities(bool pull = false, string[]? encodings = null, bool configuration = true, bool documentChanges = false) => JObject.FromObject(new
    {
        general = encodings is null ? null : new { positionEncodings = encodings },
        textDocument = new
        {
            hover = new { contentFormat = new[] { "markdown", "plaintext" } },
            publishDiagnostics = new { relatedInformation = true },
            diagnostic = pull ? new { dynamicRegistration = false } : null,
            codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix", "source" } } } },
        },
        workspace = new
        {
            configuration,
            workspaceFolders = true,
            didChangeWatchedFiles = new { dynamicRegistration = true },
            workspaceEdit = new { documentChanges },
            diagnostics = pull ? new { refreshSupport = true } : null,
        },
        window = new { workDoneProgress = true },
    }, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));

    /// <summary>initialize + initialized; returns the initialize result.</summary>
    public async Task<JObject> InitializeAsync(JObject? capabilities = null, string? rootUri = null, object? initializationOptions = null, object[]? workspaceFolders = null)
    {
        var response = await RequestAsync("initialize", new
        {
            processId = (int?)null,
            rootUri,
            capabilities = capabilities ?? Capabilities(),
            initializationOptions,
            workspaceFolders,
            clientInfo = new { name = "copylint-tests" },
        });
        var result = (JObject)response["result"]!;
        await NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<JObject> RequestAsync(string method, object? parameters)
    {
        long id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        var message = new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JToken.FromObject(parameters, Serializer);
        await SendAsync(message.ToString(Formatting.None));
        return await tcs.Task.WaitAsync(Timeout);
    }

    /// <summary>Send a request without waiting; returns its id and the pending response.</summary>
    public (long Id, Task<JObject> Response) StartRequest(string method, object? parameters)
    {
        long id = Interlocked.Increment(ref _nextId);
        var tcs = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = tcs;
        var message = new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = JToken.FromObject(parameters, Serializer);
        SendAsync(message.ToString(Formatting.None)).GetAwaiter().GetResult();
        return (id, tcs.Task.WaitAsync(Timeout));
    }

    public Task NotifyAsync(string method, object? parameters)
    {
        var message = new JObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = JToken.FromObject(parameters, Serializer);
        return SendAsync(message.ToString(Formatting.None));
    }

    /// <summary>Write one frame with exactly this body (which need not be valid JSON).</summary>
    public async Task SendAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n");
        await _writeGate.WaitAsync();
        try
        {
            await _toServer.WriteAsync(header);
            await _toServer.WriteAsync(bytes);
            await _toServer.FlushAsync();
        }
        finally { _writeGate.Release(); }
    }

    public void CloseInput() => _toServer.Dispose();

    public IReadOnlyList<JObject> Notifications(string method)
    {
        lock (_notifications) return _notifications.Where(n => (string?)n["method"] == method).Select(n => (JObject)n["params"]!).ToList();
    }

    public IReadOnlyList<JObject> ServerRequests(string method)
    {
        lock (_serverRequests) return _serverRequests.Where(n => (string?)n["method"] == method).ToList();
    }

    public IReadOnlyList<JObject> OrphanResponses { get { lock (_orphanResponses) return _orphanResponses.ToList(); } }

    /// <summary>Wait for a notification (its params) that satisfies <paramref name="match"/>, counting from <paramref name="skip"/> earlier ones.</summary>
    public async Task<JObject> WaitForNotificationAsync(string method, Func<JObject, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (DateTime.UtcNow < deadline)
        {
            var hit = Notifications(method).FirstOrDefault(n => match is null || match(n));
            if (hit is not null) return hit;
            if (_readLoop.IsCompleted) break;
            await Task.Delay(10);
        }
        throw new TimeoutException($"no {method} notification matched; got: {string.Join("\n", Notifications(method).Select(n => n.ToString(Formatting.None)))}\nserver log:\n{ServerLog}");
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> at <paramref name="version"/> (any version when null).</summary>
    public async Task<JArray> WaitForDiagnosticsAsync(string uri, int? version = null, Func<JArray, bool>? match = null)
    {
        var p = await WaitForNotificationAsync("textDocument/publishDiagnostics",
            n => (string?)n["uri"] == uri && (version is null || (int?)n["version"] == version) && (match is null || match((JArray)n["diagnostics"]!)));
        return (JArray)p["diagnostics"]!;
    }

    public Task OpenAsync(string uri, string text, string languageId = "markdown", int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit", null);
        return await ServerExit.WaitAsync(Timeout);
    }

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var body = await ReadFrameAsync();
                if (body is null) return;
                var message = JObject.Parse(body);
                if (message["method"] is not null && message["id"] is not null) await AnswerAsync(message);
                else if (message["method"] is not null) { lock (_notifications) _notifications.Add(message); }
                else if (message["id"] is { Type: JTokenType.Integer } id && _pending.TryRemove(id.Value<long>(), out var tcs)) tcs.TrySetResult(message);
                else { lock (_orphanResponses) _orphanResponses.Add(message); }
            }
        }
        catch (Exception) { /* connection closed */ }
        finally
        {
            foreach (var p in _pending.Values) p.TrySetException(new IOException("connection closed"));
        }
    }

    private async Task AnswerAsync(JObject request)
    {
        lock (_serverRequests) _serverRequests.Add(request);
        JToken result = (string?)request["method"] switch
        {
            "workspace/configuration" => new JArray(((JArray)request["params"]!["items"]!).Select(_ => Settings.DeepClone())),
            _ => JValue.CreateNull(),
        };
        var response = new JObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result };
        await SendAsync(response.ToString(Formatting.None));
    }

    private readonly byte[] _one = new byte[1];

    private async Task<string?> ReadFrameAsync()
    {
        int length = -1;
        var line = new StringBuilder();
        while (true)
        {
            int n = await _fromServer.ReadAsync(_one);
            if (n == 0) return null;
            char c = (char)_one[0];
            if (c == '\n')
            {
                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0) { if (length >= 0) break; continue; }
                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(text["Content-Length:".Length..].Trim());
            }
            else line.Append(c);
        }
        var buffer = new byte[length];
        int read = 0;
        while (read < length)
        {
            int n = await _fromServer.ReadAsync(buffer.AsMemory(read));
            if (n == 0) return null;
            read += n;
        }
        return Encoding.UTF8.GetString(buffer);
    }

    public async ValueTask DisposeAsync()
    {
        try { _toServer.Dispose(); } catch (Exception) { }
        try { await ServerExit.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { }
        if (Process is { HasExited: false }) Process.Kill(entireProcessTree: true);
        Process?.Dispose();
    }
}
