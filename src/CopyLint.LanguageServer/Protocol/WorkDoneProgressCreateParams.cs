using Newtonsoft.Json.Linq;
namespace CopyLint.LanguageServer.Protocol;

internal sealed record WorkDoneProgressCreateParams(JToken Token);
