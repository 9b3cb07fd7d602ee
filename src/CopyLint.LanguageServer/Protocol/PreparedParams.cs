using System.Buffers;
using System.Text;
using Newtonsoft.Json;

namespace CopyLint.LanguageServer.Protocol;

/// <summary>
/// A notification's params already written as UTF-8 JSON, in pieces (most of them reused from the previous publish).
/// <see cref="Rpc.LspMessageHandler"/> copies the pieces straight into the outgoing frame; anything else that meets
/// this object (another message handler, a log) gets the same JSON through <see cref="ToString"/> or the converter.
/// </summary>
[JsonConverter(typeof(PreparedParamsConverter))]
internal sealed class PreparedParams
{
    private readonly List<byte[]> _pieces;

    public PreparedParams(List<byte[]> pieces)
    {
        _pieces = pieces;
        foreach (var p in pieces) Length += p.Length;
    }

    /// <summary>Bytes of UTF-8 JSON.</summary>
    public int Length { get; }

    public void WriteTo(IBufferWriter<byte> writer)
    {
        foreach (var piece in _pieces) writer.Write(piece);
    }

    public override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>(Length);
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

internal sealed class PreparedParamsConverter : JsonConverter<PreparedParams>
{
    public override void WriteJson(JsonWriter writer, PreparedParams? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else writer.WriteRawValue(value.ToString());
    }

    public override PreparedParams ReadJson(JsonReader reader, Type objectType, PreparedParams? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Prepared params are only written.");
}
