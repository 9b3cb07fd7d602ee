using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidChangeConfigurationParams
{
    public JToken? Settings { get; init; }
}
