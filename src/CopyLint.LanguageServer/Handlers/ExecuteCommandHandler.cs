using CopyLint.Core;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;
using CopyLint.Workspace.Files;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>
/// workspace/executeCommand copylint.lintWorkspace: lint every article file in every workspace folder with
/// work-done progress ($/progress begin/report/end); findings are pushed, or kept for workspace/diagnostic.
/// </summary>
internal sealed class ExecuteCommandHandler : IRequestHandler<ExecuteCommandParams, object?>
{
    public const string LintWorkspace = "copylint.lintWorkspace";
    private readonly ServerContext _ctx;

    public ExecuteCommandHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "workspace/executeCommand";

    public async Task<object?> Handle(ExecuteCommandParams request, CancellationToken cancellationToken)
    {
        if (request.Command != LintWorkspace)
            throw new LocalRpcException($"Unknown command \"{request.Command}\". Known: {LintWorkspace}.") { ErrorCode = ErrorCodes.InvalidParams };
        var token = request.WorkDoneToken;
        if (token is null && _ctx.Features.WorkDoneProgress)
        {
            token = new JValue("copylint-lint-" + Guid.NewGuid().ToString("N"));
            try { await _ctx.Client.RequestAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token), cancellationToken).ConfigureAwait(false); }
            catch (Exception ex) when (ex is not OperationCanceledException) { _ctx.Log.Log($"workDoneProgress/create refused: {ex.Message}"); token = null; }
        }
        Task Progress(WorkDoneProgress value) => token is null ? Task.CompletedTask : _ctx.Client.NotifyAsync("$/progress", new ProgressParams(token, value));

        await Progress(new WorkDoneProgress { Kind = "begin", Title = "CopyLint: linting the workspace", Percentage = 0, Cancellable = false }).ConfigureAwait(false);
        int files = 0, findings = 0;
        try
        {
            var paths = _ctx.Folders.Paths.SelectMany(folder =>
            {
                var config = _ctx.Configs.For(System.IO.Path.Combine(folder, "_"));
                return FileSet.Expand([folder], config.Exclude).Files;
            }).Distinct(StringComparer.Ordinal).ToList();
            var lastReport = DateTime.MinValue;
            for (int i = 0; i < paths.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var uri = DocumentUris.FromPath(paths[i]);
                var report = await Task.Run(() => LintOne(uri, paths[i], cancellationToken), cancellationToken).ConfigureAwait(false);
                if (report is null) continue;
                files++;
                findings += report.Items?.Count ?? 0;
                if (DateTime.UtcNow - lastReport > TimeSpan.FromMilliseconds(100) || i == paths.Count - 1)
                {
                    lastReport = DateTime.UtcNow;
                    await Progress(new WorkDoneProgress { Kind = "report", Message = $"{i + 1}/{paths.Count} {System.IO.Path.GetFileName(paths[i])}", Percentage = (i + 1) * 100 / paths.Count }).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await Progress(new WorkDoneProgress { Kind = "end", Message = $"{files} file(s), {findings} finding(s)" }).ConfigureAwait(false);
        }
        _ctx.Changes.Pulse();
        _ctx.Log.Info($"{LintWorkspace}: {files} file(s), {findings} finding(s)");
        return new { files, findings };
    }

    private DocumentDiagnosticReport? LintOne(string uri, string path, CancellationToken cancellationToken)
    {
        if (_ctx.Store.Get(uri) is { } open)
        {
            _ctx.Scheduler.Schedule(uri, immediately: true);
            return new DocumentDiagnosticReport { Items = _ctx.Converter.Convert(_ctx.Analyzer.Analyze(open, cancellationToken), _ctx.Encoding) };
        }
        SourceText text;
        try { text = SourceText.From(File.ReadAllBytes(path)); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _ctx.Log.Warn($"{path}: cannot read file: {ex.Message}");
            return null;
        }
        var kind = DocumentUris.KindFor(null, uri);
        if (kind is null) return null;
        var doc = new OpenDocument(uri, DocumentUris.LanguageName(kind.Value), 0, text, kind.Value);
        var result = new AnalysisResult(doc, _ctx.Analyzer.ShouldLint(doc) ? Linter.Lint(text, _ctx.Analyzer.OptionsFor(_ctx.Configs.For(path), doc), _ctx.Analyzer.Driver, cancellationToken) : null, _ctx.Analyzer.Generation);
        var items = _ctx.Converter.Convert(result, _ctx.Encoding);
        var report = new DocumentDiagnosticReport { ResultId = "ws:" + result.ResultId + ":" + text.Length, Items = items, Uri = uri };
        _ctx.WorkspaceResults[uri] = report;
        if (!_ctx.Features.PullDiagnostics) _ = _ctx.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, items));
        return report;
    }
}
