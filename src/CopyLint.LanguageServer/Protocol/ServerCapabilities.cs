namespace CopyLint.LanguageServer.Protocol;

internal sealed class ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new();
    public bool HoverProvider { get; init; } = true;
    public CodeActionOptions CodeActionProvider { get; init; } = new();
    public DiagnosticOptions? DiagnosticProvider { get; init; }
    public ExecuteCommandOptions ExecuteCommandProvider { get; init; } = new();
    public ServerWorkspaceCapabilities Workspace { get; init; } = new();
}
