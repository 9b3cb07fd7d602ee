namespace CopyLint.LanguageServer.Protocol;

internal static class MessageType
{
    public const int Error = 1, Warning = 2, Info = 3, Log = 4;
}
