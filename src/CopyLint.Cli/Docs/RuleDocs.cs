using System.Reflection;

namespace CopyLint.Cli.Docs;

/// <summary>The rule pages of <c>docs/rules/*.md</c>, embedded in the CLI so <c>copylint explain</c> works when installed.</summary>
internal static class RuleDocs
{
    private const string Prefix = "CopyLint.Docs.Rules.";

    /// <summary>The Markdown page for <paramref name="ruleId"/>, or null when none is embedded.</summary>
    public static string? Find(string ruleId)
    {
        var asm = typeof(RuleDocs).Assembly;
        var name = asm.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n, Prefix + ruleId + ".md", StringComparison.OrdinalIgnoreCase));
        if (name is null) return null;
        using var stream = asm.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The IDs of every embedded page.</summary>
    public static IEnumerable<string> Ids() =>
        typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^3]);

    /// <summary>The first paragraph under the page's "Why" heading (or its first paragraph of prose), for reports.</summary>
    public static string? Summary(string ruleId)
    {
        var page = Find(ruleId);
        if (page is null) return null;
        var lines = page.Replace("\r\n", "\n").Split('\n');
        int start = Array.FindIndex(lines, l => l.TrimStart().StartsWith('#') && l.Contains("Why", StringComparison.OrdinalIgnoreCase));
        if (start < 0) start = Array.FindIndex(lines, l => l.TrimStart().StartsWith('#'));
        var para = new List<string>();
        for (int i = start + 1; i < lines.Length; i++)
        {
            var l = lines[i].Trim();
            if (l.StartsWith('#')) { if (para.Count > 0) break; continue; }
            if (l.Length == 0) { if (para.Count > 0) break; continue; }
            para.Add(l);
        }
        return para.Count > 0 ? string.Join(' ', para) : null;
    }
}
