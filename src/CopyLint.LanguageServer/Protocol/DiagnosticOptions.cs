namespace CopyLint.LanguageServer.Protocol;

internal sealed class DiagnosticOptions
{
    public string Identifier { get; init; } = "copylint";
    public bool InterFileDependencies { get; init; }
    public bool WorkspaceDiagnostics { get; init; } = true;
}
