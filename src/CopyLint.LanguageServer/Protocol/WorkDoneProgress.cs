namespace CopyLint.LanguageServer.Protocol;

/// <summary>The value of a $/progress work-done notification: begin, report or end.</summary>
internal sealed class WorkDoneProgress
{
    public string Kind { get; init; } = "report";
    public string? Title { get; init; }
    public string? Message { get; init; }
    public int? Percentage { get; init; }
    public bool? Cancellable { get; init; }
}
