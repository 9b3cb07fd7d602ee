using CopyLint.LanguageServer.Protocol;
using CopyLint.LanguageServer.Rpc;

namespace CopyLint.LanguageServer.Handlers;

/// <summary>textDocument/codeAction: quick fixes, suppressions, fix-all per rule, and source.fixAll.copylint.</summary>
internal sealed class CodeActionHandler : IRequestHandler<CodeActionParams, List<CodeAction>?>
{
    private readonly ServerContext _ctx;

    public CodeActionHandler(ServerContext ctx) => _ctx = ctx;

    public string Method => "textDocument/codeAction";

    public async Task<List<CodeAction>?> Handle(CodeActionParams request, CancellationToken cancellationToken)
    {
        var result = await SnapshotAnalysis.CurrentAsync(_ctx, request.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (result is null) return null;
        return _ctx.Actions.Build(result, request, _ctx.Encoding, _ctx.Features.DocumentChanges);
    }
}
