namespace CopyLint.LanguageServer.Protocol;

internal static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string SourceFixAllCopyLint = "source.fixAll.copylint";
}
