using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

internal sealed class ExecuteCommandParams
{
    public string Command { get; init; } = "";
    public JArray? Arguments { get; init; }
    public JToken? WorkDoneToken { get; init; }
}
