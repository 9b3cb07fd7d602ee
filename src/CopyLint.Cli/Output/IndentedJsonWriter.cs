using System.Globalization;

namespace CopyLint.Cli.Output;

/// <summary>
/// Writes JSON exactly as Newtonsoft's JsonTextWriter does with Formatting.Indented (two spaces, "name": value,
/// empty containers as {} and [], strings escaped with its default StringEscapeHandling), for the reports that a
/// one-file run writes. Newtonsoft's writer costs a static constructor that reflects over its enums; the JSON report
/// is on every 'copylint check --format json' path, so it pays to keep that out of start-up.
/// Only what the reports need: objects, arrays, property names, strings, integers, null.
/// </summary>
internal sealed class IndentedJsonWriter(TextWriter output)
{
    private readonly TextWriter _out = output;
    // Per open container: whether it has an item yet. The top level is depth 0.
    private readonly Stack<bool> _hasItems = new();
    private bool _afterPropertyName;

    public void WriteStartObject() => Open('{');
    public void WriteEndObject() => Close('}');
    public void WriteStartArray() => Open('[');
    public void WriteEndArray() => Close(']');

    public void WritePropertyName(string name)
    {
        NewItem();
        WriteString(name);
        _out.Write(": ");
        _afterPropertyName = true;
    }

    public void WriteValue(string? value)
    {
        BeforeValue();
        if (value is null) _out.Write("null");
        else WriteString(value);
    }

    public void WriteValue(int value)
    {
        BeforeValue();
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int written, provider: CultureInfo.InvariantCulture);
        _out.Write(digits[..written]);
    }

    public void Flush() => _out.Flush();

    private void Open(char c)
    {
        BeforeValue();
        _out.Write(c);
        _hasItems.Push(false);
    }

    private void Close(char c)
    {
        if (_hasItems.Pop()) NewLineAndIndent();
        _out.Write(c);
    }

    private void BeforeValue()
    {
        if (_afterPropertyName) { _afterPropertyName = false; return; }
        if (_hasItems.Count > 0) NewItem();
    }

    private void NewItem()
    {
        if (_hasItems.Pop()) _out.Write(',');
        _hasItems.Push(true);
        NewLineAndIndent();
    }

    private void NewLineAndIndent()
    {
        // One write per line break (a report has a line per property): the line break and indentation of each depth,
        // built on first use.
        int depth = _hasItems.Count;
        if (depth >= _indents.Length) Array.Resize(ref _indents, depth * 2);
        _out.Write(_indents[depth] ??= _newLine + new string(' ', 2 * depth));
    }

    private readonly string _newLine = output.NewLine;
    private string?[] _indents = new string?[16];

    private void WriteString(string s)
    {
        _out.Write('"');
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u0085' && c != '\u2028' && c != '\u2029') continue;
            _out.Write(s.AsSpan(start, i - start));
            switch (c)
            {
                case '"': _out.Write("\\\""); break;
                case '\\': _out.Write("\\\\"); break;
                case '\t': _out.Write("\\t"); break;
                case '\n': _out.Write("\\n"); break;
                case '\r': _out.Write("\\r"); break;
                case '\f': _out.Write("\\f"); break;
                case '\b': _out.Write("\\b"); break;
                default: _out.Write("\\u"); _out.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
            }
            start = i + 1;
        }
        _out.Write(s.AsSpan(start));
        _out.Write('"');
    }
}
