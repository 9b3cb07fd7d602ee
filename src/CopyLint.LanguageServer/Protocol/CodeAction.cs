namespace CopyLint.LanguageServer.Protocol;

internal sealed class CodeAction
{
    public string Title { get; init; } = "";
    public string Kind { get; init; } = CodeActionKinds.QuickFix;
    public List<LspDiagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
}
