namespace CopyLint.LanguageServer.Protocol;

internal sealed class ClientInfo
{
    public string Name { get; init; } = "";
    public string? Version { get; init; }
}
