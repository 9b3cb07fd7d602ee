namespace CopyLint.LanguageServer.Protocol;

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
