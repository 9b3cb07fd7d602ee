namespace CopyLint.Workspace.Files;

/// <summary>Expands command-line inputs (files, folders, globs with * ** ?) into the article files to lint.</summary>
public static class FileSet
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static bool IsSupported(string path)
    {
        var ext = Path.GetExtension(path.AsSpan());
        foreach (var e in Extensions)
            if (ext.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Returns the files in a stable order, each once (the first input that names it wins, as spelt there), and the
    /// inputs that matched nothing. An input whose files were all named before (a folder given twice) did match.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> inputs, IReadOnlyList<string>? exclude = null)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        var all = inputs as IReadOnlyCollection<string> ?? inputs.ToList();
        // One folder (the usual batch run) cannot name a file twice: no full path per file is needed to tell them apart.
        bool several = all.Count > 1;
        foreach (var input in all)
        {
            bool matched = false;
            if (File.Exists(input))
            {
                matched = true;
                if (seen.Add(Path.GetFullPath(input))) files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                             .Where(IsSupported).Order(StringComparer.Ordinal))
                {
                    matched = true;
                    if (!several || seen.Add(Path.GetFullPath(f))) files.Add(f);
                }
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                foreach (var f in Glob.Match(input).Where(IsSupported))
                {
                    matched = true;
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
                }
            }
            if (!matched) unmatched.Add(input);
        }
        if (exclude is { Count: > 0 })
            files = files.Where(f => !exclude.Any(pattern => Glob.IsMatch(pattern, f.Replace('\\', '/')))).ToList();
        return (files, unmatched);
    }
}
