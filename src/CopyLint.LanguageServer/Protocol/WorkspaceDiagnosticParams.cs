using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

internal sealed class WorkspaceDiagnosticParams
{
    public string? Identifier { get; init; }
    public List<PreviousResultId> PreviousResultIds { get; init; } = [];
    public JToken? WorkDoneToken { get; init; }
    public JToken? PartialResultToken { get; init; }
}
