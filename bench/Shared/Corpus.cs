using System.Text;
using CopyLint.Core.Syntax;

namespace CopyLint.Bench;

/// <summary>
/// Benchmark input built at run time from ../shared/corpora (never copied into the repository): news text as
/// plain text, the same text dressed as Markdown (front matter, headings, emphasis, links), and saved news pages as HTML.
/// </summary>
internal static class Corpus
{
    private static readonly string[] TextFolders = ["reuters21578", "bbc-news-2005", "article-extraction-benchmark", "polnear"];

    public static string Folder { get; } = FindCorpora();

    private static string FindCorpora()
    {
        var env = Environment.GetEnvironmentVariable("COPYLINT_CORPORA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "corpora");
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("../shared/corpora not found next to the repository; set COPYLINT_CORPORA to its path.");
    }

    /// <summary>News stories as plain text, one string per file, in a stable order, up to <paramref name="maxChars"/> in all.</summary>
    public static List<string> PlainTexts(long maxChars = long.MaxValue)
    {
        var result = new List<string>();
        long total = 0;
        foreach (var folder in TextFolders)
        {
            var root = Path.Combine(Folder, folder);
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                if (text.Length < 200) continue;
                result.Add(text);
                total += text.Length;
                if (total >= maxChars) return result;
            }
        }
        return result;
    }

    /// <summary>The same stories as Markdown: YAML front matter, the first line as a heading, some emphasis and links.</summary>
    public static List<string> Markdowns(long maxChars = long.MaxValue) => PlainTexts(maxChars).Select(ToMarkdown).ToList();

    /// <summary>Saved news pages (readability test pages).</summary>
    public static List<string> Htmls(long maxChars = long.MaxValue)
    {
        var result = new List<string>();
        long total = 0;
        var root = Path.Combine(Folder, "readability-test-pages");
        if (!Directory.Exists(root)) return result;
        foreach (var file in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(file);
            result.Add(html);
            total += html.Length;
            if (total >= maxChars) break;
        }
        return result;
    }

    public static List<string> For(DocumentKind kind, long maxChars = long.MaxValue) => kind switch
    {
        DocumentKind.Markdown => Markdowns(maxChars),
        DocumentKind.Html => Htmls(maxChars),
        _ => PlainTexts(maxChars),
    };

    /// <summary>Documents joined into one large file (blank line between stories; HTML pages back to back).</summary>
    public static string Concatenated(DocumentKind kind, long maxChars = long.MaxValue) =>
        string.Join(kind == DocumentKind.Html ? "\n" : "\n\n", For(kind, maxChars));

    private static string ToMarkdown(string text, int index)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sb = new StringBuilder(text.Length + 200);
        sb.Append("---\ntitle: \"Story ").Append(index).Append("\"\nauthor: Desk\ntags: [news, wire]\n---\n\n");
        bool first = true;
        int line = 0;
        foreach (var raw in lines)
        {
            if (raw.Trim().Length == 0) { sb.Append('\n'); continue; }
            if (first) { sb.Append("# ").Append(raw.Trim()).Append("\n\n"); first = false; continue; }
            var l = raw;
            // Dress every fifth line: bold its first word, link its last.
            if (++line % 5 == 0)
            {
                int sp = l.IndexOf(' ');
                if (sp > 0) l = "**" + l[..sp] + "**" + l[sp..];
                int last = l.LastIndexOf(' ');
                if (last > 0 && last < l.Length - 1) l = l[..(last + 1)] + "[" + l[(last + 1)..] + "](https://example.com/s/" + index + ")";
            }
            sb.Append(l).Append('\n');
        }
        return sb.ToString();
    }
}
