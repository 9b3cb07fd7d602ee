namespace CopyLint.LanguageServer.Protocol;

internal sealed class SaveOptions
{
    public bool IncludeText { get; init; }
}
