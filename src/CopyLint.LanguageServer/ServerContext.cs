using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;
using CopyLint.LanguageServer.Workspace;
using CopyLint.Workspace.Configuration;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer;

/// <summary>The services handlers share. Built once per connection by <see cref="CopyLintServer"/>.</summary>
internal sealed class ServerContext
{
    public ServerContext(ServerLog log, ClientConnection client, RuleDocs docs, IReadOnlyList<CopyLint.Core.Analysis.Analyzer>? analyzers = null)
    {
        Log = log;
        Client = client;
        Docs = docs;
        Store = new DocumentStore(log.Log);
        Folders = new WorkspaceFolders();
        Configs = new ConfigProvider(Folders);
        Analyzer = new DocumentAnalyzer(Configs, Folders, analyzers);
        Converter = new DiagnosticConverter(docs);
        Hovers = new HoverBuilder(docs);
        Actions = new CodeActionBuilder(Converter);
        var publishJson = new PublishDiagnosticsJson();
        Scheduler = new DiagnosticScheduler(Store, Analyzer, Converter, p => client.NotifyAsync("textDocument/publishDiagnostics", publishJson.Write(p)), log);
        Configs.ConfigErrors += ReportConfigErrors;
    }

    public ServerLog Log { get; }
    public ClientConnection Client { get; }
    public RuleDocs Docs { get; }
    public Lifecycle Lifecycle { get; } = new();
    public DocumentStore Store { get; }
    public WorkspaceFolders Folders { get; }
    public ConfigProvider Configs { get; }
    public DocumentAnalyzer Analyzer { get; }
    public DiagnosticConverter Converter { get; }
    public HoverBuilder Hovers { get; }
    public CodeActionBuilder Actions { get; }
    public DiagnosticScheduler Scheduler { get; }
    public ChangeSignal Changes { get; } = new();
    public ClientFeatures Features { get; set; } = ClientFeatures.None;
    public PositionEncoding Encoding => Store.Encoding;
    /// <summary>Findings of files linted by copylint.lintWorkspace that are not open (uri → report).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, DocumentDiagnosticReport> WorkspaceResults { get; } = new(StringComparer.Ordinal);

    /// <summary>Settings or configuration changed: every open document is linted again (pushed, or the client is asked to pull).</summary>
    public void RelintAll()
    {
        Analyzer.Invalidate();
        Changes.Pulse();
        if (Features.PullDiagnostics)
        {
            if (Features.DiagnosticRefresh) _ = RefreshAsync();
        }
        else Scheduler.ScheduleAll();
    }

    private async Task RefreshAsync()
    {
        try { await Client.RequestAsync("workspace/diagnostic/refresh", null, CancellationToken.None).ConfigureAwait(false); }
        catch (Exception ex) { Log.Log($"workspace/diagnostic/refresh: {ex.Message}"); }
    }

    /// <summary>Ask the client for the "copylint" settings (workspace/configuration) and apply them.</summary>
    public async Task PullSettingsAsync(CancellationToken cancellationToken)
    {
        if (!Features.Configuration) return;
        try
        {
            var reply = await Client.RequestAsync("workspace/configuration", new ConfigurationParams([new ConfigurationItem(null, ServerSettings.Section)]), cancellationToken).ConfigureAwait(false);
            var first = reply is JArray arr && arr.Count > 0 ? arr[0] : null;
            if (first is null || first.Type == JTokenType.Null || first is JObject { Count: 0 })
            {
                Log.Log("the client has no \"copylint\" settings; keeping the current ones.");
                return;
            }
            ApplySettings(first);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.Warn($"workspace/configuration failed: {ex.Message}; keeping the current settings.");
        }
    }

    public void ApplySettings(JToken? token)
    {
        var problems = new List<string>();
        var settings = ServerSettings.Parse(token, problems);
        foreach (var p in problems) Log.Warn("settings: " + p);
        if (problems.Count > 0) _ = ShowAsync(MessageType.Warning, "CopyLint settings: " + string.Join(" ", problems));
        Analyzer.UpdateSettings(settings);
        Log.Info($"settings: enable={settings.Enable}, debounceMs={settings.DebounceMs}, languages=[{string.Join(",", settings.Languages)}], globs=[{string.Join(",", settings.Globs)}], severity overrides={settings.Severity.Count}");
        RelintAll();
    }

    public Task ShowAsync(int type, string message) => Client.NotifyAsync("window/showMessage", new MessageParams(type, message));

    private void ReportConfigErrors(ConfigException ex)
    {
        foreach (var e in ex.Errors) Log.Error(e.ToString());
        _ = ShowAsync(MessageType.Error, $"CopyLint configuration error (linting with defaults): {ex.Errors[0]}");
        if (Features.PullDiagnostics) return;
        foreach (var group in ex.Errors.GroupBy(e => e.File))
        {
            var items = group.Select(e => new LspDiagnostic
            {
                Range = new LspRange(new Position(Math.Max(0, e.Line - 1), Math.Max(0, e.Column - 1)), new Position(Math.Max(0, e.Line - 1), Math.Max(0, e.Column))),
                Severity = LspSeverity.Error,
                Code = "config",
                Source = DiagnosticConverter.Source,
                Message = e.Message,
            }).ToList();
            _ = Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUris.FromPath(group.Key), null, items));
        }
    }

    /// <summary>Clear diagnostics previously published for config files (after they are fixed).</summary>
    public void ClearConfigDiagnostics(IEnumerable<string> configPaths)
    {
        if (Features.PullDiagnostics) return;
        foreach (var p in configPaths)
            _ = Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUris.FromPath(p), null, []));
    }
}
