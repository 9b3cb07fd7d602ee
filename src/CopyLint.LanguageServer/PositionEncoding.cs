namespace CopyLint.LanguageServer;

/// <summary>How LSP Position.character counts: UTF-16 code units (the default) or UTF-8 bytes.</summary>
internal enum PositionEncoding
{
    Utf16,
    Utf8,
}
