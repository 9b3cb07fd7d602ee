namespace CopyLint.LanguageServer.Protocol;

/// <summary>LSP DiagnosticSeverity numbers.</summary>
internal static class LspSeverity
{
    public const int Error = 1, Warning = 2, Information = 3, Hint = 4;
}
