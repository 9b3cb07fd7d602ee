namespace CopyLint.LanguageServer.Protocol;

internal sealed class ExecuteCommandOptions
{
    public List<string> Commands { get; init; } = [];
    public bool WorkDoneProgress { get; init; } = true;
}
