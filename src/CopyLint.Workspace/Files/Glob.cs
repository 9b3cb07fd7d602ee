namespace CopyLint.Workspace.Files;

/// <summary>Minimal globbing: '*' within a segment, '**' across segments, '?' one character. No regex.</summary>
public static class Glob
{
    public static IEnumerable<string> Match(string pattern)
    {
        pattern = pattern.Replace('\\', '/');
        int firstWild = pattern.IndexOfAny(['*', '?']);
        int slash = pattern.LastIndexOf('/', firstWild);
        var root = slash < 0 ? "." : pattern[..slash];
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) yield break;
        foreach (var f in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).Order(StringComparer.Ordinal))
        {
            var rel = f.Replace('\\', '/');
            if (slash < 0 && rel.StartsWith("./", StringComparison.Ordinal)) rel = rel[2..];
            if (IsMatch(pattern, rel)) yield return f;
        }
    }

    /// <summary>Does <paramref name="path"/> match <paramref name="pattern"/>? A pattern without '/' matches the file name anywhere.</summary>
    public static bool IsMatch(string pattern, string path)
    {
        pattern = pattern.Replace('\\', '/');
        path = path.Replace('\\', '/');
        if (!pattern.Contains('/')) return MatchSegment(pattern, Path.GetFileName(path)) || Match(pattern, path, 0, 0);
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        if (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return Match(pattern, path, 0, 0) || (!pattern.StartsWith('/') && path.Contains('/') && EndsWithMatch(pattern, path));
    }

    private static bool EndsWithMatch(string pattern, string path)
    {
        for (int i = path.IndexOf('/'); i >= 0; i = path.IndexOf('/', i + 1))
            if (Match(pattern, path, 0, i + 1)) return true;
        return false;
    }

    // Iterative wildcard matching with a single backtrack point per star (linear-ish, no exponential blow-up).
    private static bool Match(string p, string s, int pi, int si)
    {
        int starP = -1, starS = -1;
        bool doubleStar = false;
        while (si < s.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                doubleStar = pi + 1 < p.Length && p[pi + 1] == '*';
                pi += doubleStar ? 2 : 1;
                if (doubleStar && pi < p.Length && p[pi] == '/') pi++;
                starP = pi; starS = si;
                continue;
            }
            if (pi < p.Length && (p[pi] == '?' ? s[si] != '/' : p[pi] == s[si])) { pi++; si++; continue; }
            if (starP >= 0 && (doubleStar || s[starS] != '/'))
            {
                starS++;
                si = starS;
                pi = starP;
                continue;
            }
            return false;
        }
        while (pi < p.Length && p[pi] == '*') pi++;
        return pi == p.Length;
    }

    private static bool MatchSegment(string pattern, string name) => Match(pattern, name, 0, 0);
}
