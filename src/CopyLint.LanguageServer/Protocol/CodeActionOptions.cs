namespace CopyLint.LanguageServer.Protocol;

internal sealed class CodeActionOptions
{
    public List<string> CodeActionKinds { get; init; } = [Protocol.CodeActionKinds.QuickFix, Protocol.CodeActionKinds.SourceFixAllCopyLint];
    public bool ResolveProvider { get; init; }
}
