using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CopyLint.LanguageServer.Protocol;

/// <summary>The one serializer for LSP payloads: camelCase properties, nulls omitted, dictionary keys (URIs) untouched.</summary>
internal static class LspJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false } },
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    });

    public static JToken ToToken(object? value) => value is null ? JValue.CreateNull() : value as JToken ?? JToken.FromObject(value, Serializer);

    public static T? FromToken<T>(JToken? token) => token is null || token.Type == JTokenType.Null ? default : token.ToObject<T>(Serializer);
}
