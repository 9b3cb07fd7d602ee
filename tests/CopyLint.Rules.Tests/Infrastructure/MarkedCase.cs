using CopyLint.Core.Text;

namespace CopyLint.Rules.Tests.Infrastructure;

/// <summary>
/// A test case written like the copy it checks: <c>[|…|]</c> marks where a finding is expected.
/// <c>MarkedCase.Parse("About [|500|] people died.")</c> gives the plain text and the expected spans.
/// </summary>
internal sealed record MarkedCase(string Text, IReadOnlyList<TextSpan> Spans)
{
    public static MarkedCase Parse(string marked)
    {
        var sb = new System.Text.StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (i + 1 < marked.Length && marked[i] == '[' && marked[i + 1] == '|') { open.Push(sb.Length); i++; continue; }
            if (i + 1 < marked.Length && marked[i] == '|' && marked[i + 1] == ']')
            {
                if (open.Count == 0) throw new ArgumentException($"Unbalanced '|]' at {i} in: {marked}");
                spans.Add(TextSpan.FromBounds(open.Pop(), sb.Length));
                i++;
                continue;
            }
            sb.Append(marked[i]);
        }
        if (open.Count > 0) throw new ArgumentException($"Unclosed '[|' in: {marked}");
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new MarkedCase(sb.ToString(), spans);
    }
}
