using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

/// <summary>LSP Diagnostic. Code is read as a string whatever the client sent.</summary>
internal sealed class LspDiagnostic
{
    public LspRange Range { get; init; } = new(new Position(0, 0), new Position(0, 0));
    public int? Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public string Message { get; init; } = "";
    public List<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
    public JToken? Data { get; init; }
}
