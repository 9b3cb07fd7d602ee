using CopyLint.Cli.Output;
using Newtonsoft.Json;

namespace CopyLint.Cli.Tests;

/// <summary>The JSON report's writer replaced Newtonsoft's JsonTextWriter; the bytes must not change.</summary>
public sealed class IndentedJsonWriterTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Writes_what_Newtonsoft_wrote(string newLine)
    {
        var strings = new List<string?>
        {
            "", "plain", null, "quote \" backslash \\ slash / apostrophe ' <tag> & amp",
            "curly \u201Cquotes\u201D \u2014 dash, caf\u00e9, emoji \U0001F600, lone surrogate \uD800 end",
            "separators \u0085 \u2028 \u2029 nbsp \u00A0 del \u007F",
            new string(Enumerable.Range(0, 32).Select(i => (char)i).ToArray()),
        };
        var expected = new StringWriter { NewLine = newLine };
        var actual = new StringWriter { NewLine = newLine };
        var n = new JsonTextWriter(expected) { Formatting = Formatting.Indented, CloseOutput = false };
        var m = new IndentedJsonWriter(actual);
        void Both(Action<JsonTextWriter> a, Action<IndentedJsonWriter> b) { a(n); b(m); }

        Both(w => w.WriteStartObject(), w => w.WriteStartObject());
        Both(w => { w.WritePropertyName("version"); w.WriteValue(1); }, w => { w.WritePropertyName("version"); w.WriteValue(1); });
        Both(w => { w.WritePropertyName("empty"); w.WriteStartArray(); w.WriteEndArray(); }, w => { w.WritePropertyName("empty"); w.WriteStartArray(); w.WriteEndArray(); });
        Both(w => { w.WritePropertyName("none"); w.WriteStartObject(); w.WriteEndObject(); }, w => { w.WritePropertyName("none"); w.WriteStartObject(); w.WriteEndObject(); });
        Both(w => { w.WritePropertyName("files"); w.WriteStartArray(); }, w => { w.WritePropertyName("files"); w.WriteStartArray(); });
        foreach (var s in strings)
        {
            Both(w => w.WriteStartObject(), w => w.WriteStartObject());
            Both(w => { w.WritePropertyName(s ?? "null-name"); w.WriteValue(s); }, w => { w.WritePropertyName(s ?? "null-name"); w.WriteValue(s); });
            Both(w => { w.WritePropertyName("n"); w.WriteValue(int.MinValue); }, w => { w.WritePropertyName("n"); w.WriteValue(int.MinValue); });
            Both(w => { w.WritePropertyName("list"); w.WriteStartArray(); w.WriteValue(0); w.WriteStartObject(); w.WriteEndObject(); w.WriteValue("x"); w.WriteEndArray(); },
                 w => { w.WritePropertyName("list"); w.WriteStartArray(); w.WriteValue(0); w.WriteStartObject(); w.WriteEndObject(); w.WriteValue("x"); w.WriteEndArray(); });
            Both(w => w.WriteEndObject(), w => w.WriteEndObject());
        }
        Both(w => { w.WriteEndArray(); w.WriteEndObject(); w.Flush(); }, w => { w.WriteEndArray(); w.WriteEndObject(); w.Flush(); });

        Assert.Equal(expected.ToString(), actual.ToString());
    }
}
