namespace CopyLint.LanguageServer.Protocol;

internal sealed class CodeActionContext
{
    public List<LspDiagnostic> Diagnostics { get; init; } = [];
    public List<string>? Only { get; init; }
    public int? TriggerKind { get; init; }
}
