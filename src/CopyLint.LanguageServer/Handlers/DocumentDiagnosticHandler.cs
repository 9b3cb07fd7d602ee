using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/diagnostic (pull): a full report, or "unchanged" when the client already has this result id.</summary>
internal sealed class DocumentDiagnosticHandler : IRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    private readonly ServerContext _ctx;

    public DocumentDiagnosticHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/diagnostic";

    public async Task<DocumentDiagnosticReport> Handle(DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var uri = request.TextDocument.Uri;
        var result = await SnapshotAnalysis.CurrentAsync(_ctx, uri, cancellationToken).ConfigureAwait(false);
        if (result is null)
            return _ctx.WorkspaceResults.TryGetValue(uri, out var stored) ? stored : new DocumentDiagnosticReport { Items = [] };
        if (request.PreviousResultId == result.ResultId)
            return new DocumentDiagnosticReport { Kind = DocumentDiagnosticReport.Unchanged, ResultId = result.ResultId };
        return new DocumentDiagnosticReport { ResultId = result.ResultId, Items = _ctx.Converter.Convert(result, _ctx.Encoding) };
    }
}
