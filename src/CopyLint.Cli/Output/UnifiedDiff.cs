using System.Text;

namespace CopyLint.Cli.Output;

/// <summary>A unified diff of two texts by line (`diff -u` style, 3 lines of context), for <c>copylint fix --dry-run</c>.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private const long MaxTable = 4_000_000;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var ops = Diff(a, b);
        if (ops.All(o => o.Kind == ' ')) return "";
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n');
        sb.Append("+++ ").Append(newName).Append('\n');
        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ') { i++; continue; }
            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend the hunk while the next change is within 2*Context unchanged lines.
            while (true)
            {
                while (end < ops.Count && ops[end].Kind != ' ') end++;
                int next = end;
                while (next < ops.Count && ops[next].Kind == ' ') next++;
                if (next < ops.Count && next - end <= 2 * Context) { end = next; continue; }
                end = Math.Min(ops.Count, end + Context);
                break;
            }
            int oldStart = ops[start].OldIndex, newStart = ops[start].NewIndex;
            int oldCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '+');
            int newCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '-');
            sb.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            for (int k = start; k < end; k++)
            {
                var op = ops[k];
                var line = op.Kind == '+' ? b[op.NewIndex] : a[op.OldIndex];
                sb.Append(op.Kind).Append(line.TrimEnd('\r', '\n')).Append('\n');
                if (!line.EndsWith('\n') && !line.EndsWith('\r')) sb.Append("\\ No newline at end of file\n");
            }
            i = end;
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    /// <summary>Lines with their terminators ("\n", "\r\n" or "\r").</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') { lines.Add(text[start..(i + 1)]); start = i + 1; }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private readonly record struct Op(char Kind, int OldIndex, int NewIndex);

    private static List<Op> Diff(List<string> a, List<string> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix]) suffix++;
        var ops = new List<Op>(a.Count + b.Count);
        for (int k = 0; k < prefix; k++) ops.Add(new Op(' ', k, k));
        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        if ((long)(n + 1) * (m + 1) <= MaxTable)
        {
            // Longest common subsequence of the middle lines.
            var lcs = new int[n + 1, m + 1];
            for (int x = n - 1; x >= 0; x--)
                for (int y = m - 1; y >= 0; y--)
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j]) { ops.Add(new Op(' ', prefix + i, prefix + j)); i++; j++; }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1])) { ops.Add(new Op('-', prefix + i, prefix + j)); i++; }
                else { ops.Add(new Op('+', prefix + i, prefix + j)); j++; }
            }
        }
        else
        {
            for (int i = 0; i < n; i++) ops.Add(new Op('-', prefix + i, prefix));
            for (int j = 0; j < m; j++) ops.Add(new Op('+', prefix + n, prefix + j));
        }
        for (int k = 0; k < suffix; k++) ops.Add(new Op(' ', a.Count - suffix + k, b.Count - suffix + k));
        return ops;
    }
}
