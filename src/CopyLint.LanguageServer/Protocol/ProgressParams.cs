using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

internal sealed record ProgressParams(JToken Token, WorkDoneProgress Value);
