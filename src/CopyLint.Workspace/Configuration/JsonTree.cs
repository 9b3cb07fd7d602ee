using System.Collections;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CopyLint.Workspace.Configuration;

/// <summary>
/// A small read-only JSON tree with line information, built from Newtonsoft's <see cref="JsonTextReader"/> the way
/// <c>JToken.ReadFrom</c> builds one (same tokens, same line/position per node, same reader errors, same duplicate-key
/// handling), for copylint.json, rule packs and baselines.
/// Why not JToken: LINQ-to-JSON roots Newtonsoft's whole serializer (contract resolver, XML and DataSet converters,
/// System.Linq.Expressions), about 11 MB of the Native AOT binary that every run pays for at start-up, even when no
/// configuration file exists. The reader and writer alone cost a few hundred KB.
/// </summary>
internal abstract class JsonTreeNode : IJsonLineInfo
{
    private int _line, _position;
    private bool _hasLineInfo;

    public abstract JTokenType Type { get; }

    public bool HasLineInfo() => _hasLineInfo;
    public int LineNumber => _line;
    public int LinePosition => _position;

    private void SetLineInfo(IJsonLineInfo? info, bool load)
    {
        if (!load || info is null || !info.HasLineInfo()) return;
        _line = info.LineNumber;
        _position = info.LinePosition;
        _hasLineInfo = true;
    }

    /// <summary>The value of a string node, otherwise null.</summary>
    public string? AsString => this is JsonTreeValue { Type: JTokenType.String, Value: string s } ? s : null;

    /// <summary>Compact JSON text, as <c>JToken.ToString(Formatting.None)</c> writes it.</summary>
    public string ToCompactJson()
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.None }) Write(w);
        return sw.ToString();
    }

    private void Write(JsonTextWriter w)
    {
        switch (this)
        {
            case JsonTreeObject o:
                w.WriteStartObject();
                foreach (var p in o.Properties()) { w.WritePropertyName(p.Name); p.Value.Write(w); }
                w.WriteEndObject();
                break;
            case JsonTreeArray a:
                w.WriteStartArray();
                foreach (var item in a) item.Write(w);
                w.WriteEndArray();
                break;
            case JsonTreeProperty p:
                w.WritePropertyName(p.Name);
                p.Value.Write(w);
                break;
            case JsonTreeValue v:
                switch (v.Value)
                {
                    case null when v.Type == JTokenType.Undefined: w.WriteUndefined(); break;
                    case null: w.WriteNull(); break;
                    case string s: w.WriteValue(s); break;
                    case long l: w.WriteValue(l); break;
                    case double d: w.WriteValue(d); break;
                    case bool b: w.WriteValue(b); break;
                    default: w.WriteValue(v.Value); break;
                }
                break;
        }
    }

    /// <summary>
    /// The node at a simple path such as <c>patterns[0][1]</c> or <c>replacements[2].find</c> (property names and
    /// array indexes); null when nothing is there or the path is not of that form.
    /// </summary>
    public JsonTreeNode? Select(string path)
    {
        JsonTreeNode? node = this;
        int i = 0;
        while (node is not null && i < path.Length)
        {
            if (path[i] == '.') { i++; continue; }
            if (path[i] == '[')
            {
                int close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)) return null;
                node = node is JsonTreeArray a && index < a.Count ? a[index] : null;
                i = close + 1;
                continue;
            }
            int end = path.IndexOfAny(['.', '['], i);
            if (end < 0) end = path.Length;
            node = node is JsonTreeObject o ? o[path[i..end]] : null;
            i = end;
        }
        return node;
    }

    /// <summary>
    /// Read one value from <paramref name="reader"/> (which may sit before its first token) like
    /// <c>JToken.ReadFrom(reader, settings)</c> with <c>CommentHandling.Ignore</c>.
    /// </summary>
    public static JsonTreeNode Load(JsonReader reader, bool lineInfo = true, bool duplicateKeysAreErrors = false)
    {
        if (reader.TokenType == JsonToken.None && !ReadSkippingComments(reader))
            throw Error(reader, "Error reading JToken from JsonReader.");
        var info = reader as IJsonLineInfo;
        switch (reader.TokenType)
        {
            case JsonToken.StartObject or JsonToken.StartArray:
            {
                JsonTreeNode root = reader.TokenType == JsonToken.StartObject ? new JsonTreeObject() : new JsonTreeArray();
                root.SetLineInfo(info, lineInfo);
                int startDepth = reader.Depth;
                if (!reader.Read()) throw Error(reader, $"Error reading {(root is JsonTreeObject ? "JObject" : "JArray")} from JsonReader.");
                ReadContent(reader, root, info, lineInfo, duplicateKeysAreErrors);
                if (reader.Depth > startDepth) throw Error(reader, $"Unexpected end of content while loading {(root is JsonTreeObject ? "JObject" : "JArray")}.");
                return root;
            }
            case JsonToken.String or JsonToken.Integer or JsonToken.Float or JsonToken.Date or JsonToken.Boolean or JsonToken.Bytes
                or JsonToken.Null or JsonToken.Undefined:
            {
                var v = new JsonTreeValue(TypeOf(reader.TokenType), reader.TokenType is JsonToken.Null or JsonToken.Undefined ? null : reader.Value);
                v.SetLineInfo(info, lineInfo);
                return v;
            }
            default:
                throw Error(reader, $"Error reading JToken from JsonReader. Unexpected token: {reader.TokenType}");
        }
    }

    private static bool ReadSkippingComments(JsonReader reader)
    {
        while (reader.Read())
            if (reader.TokenType != JsonToken.Comment) return true;
        return false;
    }

    private static void ReadContent(JsonReader r, JsonTreeNode root, IJsonLineInfo? info, bool lineInfo, bool duplicateKeysAreErrors)
    {
        // Mirrors JContainer.ReadContentFrom: 'parent' is the open container, or the property awaiting its value.
        JsonTreeNode parent = root;
        var stack = new Stack<JsonTreeNode>();
        do
        {
            if (parent is JsonTreeProperty { HasValue: true })
            {
                parent = stack.Pop();
            }
            switch (r.TokenType)
            {
                case JsonToken.None:
                case JsonToken.Comment:
                    break;
                case JsonToken.StartArray or JsonToken.StartObject:
                {
                    JsonTreeNode c = r.TokenType == JsonToken.StartObject ? new JsonTreeObject() : new JsonTreeArray();
                    c.SetLineInfo(info, lineInfo);
                    Add(parent, c);
                    stack.Push(parent);
                    parent = c;
                    break;
                }
                case JsonToken.EndArray or JsonToken.EndObject:
                    if (parent == root) return;
                    parent = stack.Pop();
                    break;
                case JsonToken.String or JsonToken.Integer or JsonToken.Float or JsonToken.Date or JsonToken.Boolean or JsonToken.Bytes
                    or JsonToken.Null or JsonToken.Undefined:
                {
                    var v = new JsonTreeValue(TypeOf(r.TokenType), r.TokenType is JsonToken.Null or JsonToken.Undefined ? null : r.Value);
                    v.SetLineInfo(info, lineInfo);
                    Add(parent, v);
                    break;
                }
                case JsonToken.PropertyName:
                {
                    var obj = (JsonTreeObject)parent;
                    var name = r.Value!.ToString()!;
                    int existing = obj.IndexOf(name);
                    if (existing >= 0 && duplicateKeysAreErrors)
                        throw Error(r, $"Property with the name '{name}' already exists in the current JSON object.");
                    var property = new JsonTreeProperty(name);
                    property.SetLineInfo(info, lineInfo);
                    if (existing >= 0) obj.ReplaceAt(existing, property);
                    else obj.Add(property);
                    stack.Push(parent);
                    parent = property;
                    break;
                }
                default:
                    throw new InvalidOperationException($"The JsonReader should not be on a token of type {r.TokenType}.");
            }
        } while (r.Read());
    }

    private static void Add(JsonTreeNode parent, JsonTreeNode child)
    {
        switch (parent)
        {
            case JsonTreeArray a: a.Add(child); break;
            case JsonTreeProperty p: p.Value = child; break;
            default: throw new InvalidOperationException($"Can not add {child.Type} to {parent.Type}.");
        }
    }

    private static JTokenType TypeOf(JsonToken token) => token switch
    {
        JsonToken.String => JTokenType.String,
        JsonToken.Integer => JTokenType.Integer,
        JsonToken.Float => JTokenType.Float,
        JsonToken.Date => JTokenType.Date,
        JsonToken.Boolean => JTokenType.Boolean,
        JsonToken.Bytes => JTokenType.Bytes,
        JsonToken.Undefined => JTokenType.Undefined,
        _ => JTokenType.Null,
    };

    /// <summary>A reader error in Newtonsoft's own wording: "message. Path '…', line n, position m."</summary>
    private static JsonReaderException Error(JsonReader reader, string message)
    {
        var info = reader as IJsonLineInfo;
        bool has = info is not null && info.HasLineInfo();
        message = message.Trim();
        if (!message.EndsWith('.')) message += ".";
        message += $" Path '{reader.Path}'";
        if (has) message += string.Create(CultureInfo.InvariantCulture, $", line {info!.LineNumber}, position {info.LinePosition}");
        message += ".";
        return new JsonReaderException(message, reader.Path, has ? info!.LineNumber : 0, has ? info!.LinePosition : 0, null);
    }
}

internal sealed class JsonTreeValue(JTokenType type, object? value) : JsonTreeNode
{
    public override JTokenType Type { get; } = type;
    /// <summary>What the reader produced: string, long, BigInteger, double, bool, DateTime, byte[] or null.</summary>
    public object? Value { get; } = value;

    /// <summary>Like <c>JValue.ToString()</c>: the value's own text, empty for null.</summary>
    public override string ToString() => Value is null ? "" : Convert.ToString(Value, CultureInfo.CurrentCulture) ?? "";
}

internal sealed class JsonTreeProperty(string name) : JsonTreeNode
{
    private JsonTreeNode? _value;
    public override JTokenType Type => JTokenType.Property;
    public string Name { get; } = name;
    public bool HasValue => _value is not null;
    public JsonTreeNode Value { get => _value ?? throw new InvalidOperationException("The property has no value."); internal set => _value = value; }
}

internal sealed class JsonTreeObject : JsonTreeNode
{
    private readonly List<JsonTreeProperty> _properties = [];
    public override JTokenType Type => JTokenType.Object;
    public IEnumerable<JsonTreeProperty> Properties() => _properties;
    /// <summary>The value of the property named exactly <paramref name="name"/>, or null.</summary>
    public JsonTreeNode? this[string name] => IndexOf(name) is var i and >= 0 ? _properties[i].Value : null;
    internal int IndexOf(string name) => _properties.FindIndex(p => string.Equals(p.Name, name, StringComparison.Ordinal));
    internal void Add(JsonTreeProperty p) => _properties.Add(p);
    internal void ReplaceAt(int index, JsonTreeProperty p) => _properties[index] = p;
}

internal sealed class JsonTreeArray : JsonTreeNode, IReadOnlyList<JsonTreeNode>
{
    private readonly List<JsonTreeNode> _items = [];
    public override JTokenType Type => JTokenType.Array;
    public int Count => _items.Count;
    public JsonTreeNode this[int index] => _items[index];
    internal void Add(JsonTreeNode item) => _items.Add(item);
    public IEnumerator<JsonTreeNode> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
