using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>
/// workspace/diagnostic (pull): reports for every open document and every file copylint.lintWorkspace linted.
/// When the client already has all of them, the request waits (long poll) until something changes.
/// </summary>
internal sealed class WorkspaceDiagnosticHandler : IRequestHandler<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport>
{
    private readonly ServerContext _ctx;

    public WorkspaceDiagnosticHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "workspace/diagnostic";

    public async Task<WorkspaceDiagnosticReport> Handle(WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        var previous = request.PreviousResultIds.GroupBy(p => p.Uri).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        while (true)
        {
            var waitForChange = _ctx.Changes.WaitAsync(cancellationToken);
            var items = new List<DocumentDiagnosticReport>();
            bool anyNew = false;
            foreach (var doc in _ctx.Store.All)
            {
                var result = await Task.Run(() => _ctx.Analyzer.Analyze(doc, cancellationToken), cancellationToken).ConfigureAwait(false);
                if (previous.TryGetValue(doc.Uri, out var id) && id == result.ResultId)
                    items.Add(new DocumentDiagnosticReport { Kind = DocumentDiagnosticReport.Unchanged, ResultId = id, Uri = doc.Uri, Version = doc.Version });
                else
                {
                    anyNew = true;
                    items.Add(new DocumentDiagnosticReport { ResultId = result.ResultId, Items = _ctx.Converter.Convert(result, _ctx.Encoding), Uri = doc.Uri, Version = doc.Version });
                }
            }
            foreach (var (uri, report) in _ctx.WorkspaceResults)
            {
                if (_ctx.Store.Get(uri) is not null) continue;
                if (previous.TryGetValue(uri, out var id) && id == report.ResultId)
                    items.Add(new DocumentDiagnosticReport { Kind = DocumentDiagnosticReport.Unchanged, ResultId = id, Uri = uri });
                else { anyNew = true; items.Add(report); }
            }
            if (anyNew || previous.Keys.Any(u => _ctx.Store.Get(u) is null && !_ctx.WorkspaceResults.ContainsKey(u)))
                return new WorkspaceDiagnosticReport(items);
            await waitForChange.ConfigureAwait(false);
        }
    }
}
