namespace CopyLint.LanguageServer.Protocol;

/// <summary>window/logMessage and window/showMessage parameters.</summary>
internal sealed record MessageParams(int Type, string Message);
