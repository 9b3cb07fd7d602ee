using CopyLint.Workspace.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CopyLint.Workspace.Tests.Configuration;

/// <summary>
/// JsonTree replaced JToken in config, rule-pack and baseline loading (to keep LINQ-to-JSON out of the AOT binary).
/// It must read exactly what JToken.ReadFrom read: same shape, same line/position per node, same compact text, same errors.
/// </summary>
public sealed class JsonTreeTests
{
    public static TheoryData<string> Documents => new()
    {
        "{}",
        "[]",
        "{\n  \"root\": true,\n  \"rules\": { \"CL0001\": \"error\", \"CL0002\": { \"severity\": \"info\", \"options\": { \"n\": 3, \"x\": 1.50, \"l\": [\"a\", \"b\"] } } }\n}",
        "// leading comment\n{ /* inline */ \"a\": [1, 2.0, -3e2, null, true, false, \"s\\u00e9\\n\"], \"b\": { \"c\": { \"d\": [] } } }",
        "[\n  { \"id\": \"DESK001\", \"patterns\": [[\"very\", \"/unique/\", { \"any\": true }]] },\n  [[]]\n]",
        "{\"big\": 123456789012345678901234567890, \"e\": \"\"}",
        "\"just a string\"",
        "42",
        "{\"a\": 1, \"a\": 2, \"b\": 3}",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_what_JToken_reads(string json)
    {
        var expected = JToken.ReadFrom(Reader(json), new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        var actual = JsonTreeNode.Load(Reader(json));
        AssertSame(expected, actual);
        Assert.Equal(expected.ToString(Formatting.None), actual.ToCompactJson());
    }

    [Theory]
    [InlineData("{\"a\": 1,, }")]
    [InlineData("{\"a\": 1")]
    [InlineData("{\"a\": tru}")]
    [InlineData("")]
    [InlineData("// only a comment")]
    [InlineData("{\"name\": \"x\", \"name\": \"y\"}")]
    [InlineData("{\"a\": {\"b\": 1, \"b\": 2}}")]
    public void Fails_as_JToken_fails(string json)
    {
        var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };
        var expected = Assert.ThrowsAny<JsonReaderException>(() => JToken.ReadFrom(Reader(json), settings));
        var actual = Assert.ThrowsAny<JsonReaderException>(() => JsonTreeNode.Load(Reader(json), duplicateKeysAreErrors: true));
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal((expected.LineNumber, expected.LinePosition), (actual.LineNumber, actual.LinePosition));
    }

    [Theory]
    [InlineData("patterns[0][1]")]
    [InlineData("replacements[0].find")]
    [InlineData("id")]
    [InlineData("patterns[3]")]
    [InlineData("nothing.here")]
    public void Select_finds_what_SelectToken_finds(string path)
    {
        const string json = "{\"id\": \"DESK001\", \"patterns\": [[\"a\", \"/b/\"]], \"replacements\": [{\"find\": [\"x\"], \"replace\": \"y\"}]}";
        var expected = JToken.ReadFrom(Reader(json), new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load }).SelectToken(path);
        var actual = JsonTreeNode.Load(Reader(json)).Select(path);
        if (expected is null) Assert.Null(actual);
        else AssertSame(expected, Assert.IsAssignableFrom<JsonTreeNode>(actual));
    }

    private static JsonTextReader Reader(string json) => new(new StringReader(json)) { DateParseHandling = DateParseHandling.None };

    private static void AssertSame(JToken expected, JsonTreeNode actual)
    {
        Assert.Equal(expected.Type, actual.Type);
        IJsonLineInfo e = expected;
        Assert.Equal((e.HasLineInfo(), e.LineNumber, e.LinePosition), (actual.HasLineInfo(), actual.LineNumber, actual.LinePosition));
        switch (expected)
        {
            case JObject o:
                var props = ((JsonTreeObject)actual).Properties().ToList();
                Assert.Equal(o.Properties().Select(p => p.Name), props.Select(p => p.Name));
                foreach (var (p, q) in o.Properties().Zip(props)) AssertSame(p, q);
                break;
            case JProperty p:
                AssertSame(p.Value, ((JsonTreeProperty)actual).Value);
                break;
            case JArray a:
                var items = (JsonTreeArray)actual;
                Assert.Equal(a.Count, items.Count);
                for (int i = 0; i < a.Count; i++) AssertSame(a[i], items[i]);
                break;
            case JValue v:
                Assert.Equal(v.Value, ((JsonTreeValue)actual).Value);
                Assert.Equal(v.ToString(), actual.ToString());
                break;
        }
    }
}
