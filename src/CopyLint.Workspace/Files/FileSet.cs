namespace CopyLint.Workspace.Files;

/// <summary>Expands command-line inputs (files, folders, globs with * ** ?) into the article files to lint.</summary>
public static class FileSet
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Returns the files in a stable order, and the inputs that matched nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IEnumerable<string> inputs, IReadOnlyList<string>? exclude = null)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var input in inputs)
        {
            int before = files.Count;
            if (File.Exists(input))
            {
                if (seen.Add(Path.GetFullPath(input))) files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                             .Where(IsSupported).Order(StringComparer.Ordinal))
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                foreach (var f in Glob.Match(input).Where(IsSupported))
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            if (files.Count == before && !File.Exists(input)) unmatched.Add(input);
        }
        if (exclude is { Count: > 0 })
            files = files.Where(f => !exclude.Any(pattern => Glob.IsMatch(pattern, f.Replace('\\', '/')))).ToList();
        return (files, unmatched);
    }
}
