using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/hover: on a finding, the rule, the message, the rule's summary and its examples.</summary>
internal sealed class HoverHandler : IRequestHandler<TextDocumentPositionParams, Hover?>
{
    private readonly ServerContext _ctx;

    public HoverHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/hover";

    public async Task<Hover?> Handle(TextDocumentPositionParams request, CancellationToken cancellationToken)
    {
        var result = await SnapshotAnalysis.CurrentAsync(_ctx, request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (result is null) return null;
        int offset = Conversions.ToOffset(result.Document.Text, request.Position, _ctx.Encoding);
        return _ctx.Hovers.Build(result, offset, _ctx.Encoding, _ctx.Features.HoverMarkdown);
    }
}
