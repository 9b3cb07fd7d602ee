namespace CopyLint.Cli;

internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Clean = 0;
    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;
    /// <summary>Usage, I/O or configuration error; the reason is on standard error.</summary>
    public const int UsageOrIoError = 2;
}
