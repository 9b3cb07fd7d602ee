using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Workspace.Fixing;

/// <summary>Fixes article files on disk with a <see cref="LintSession"/>'s analyzers and each file's configuration.</summary>
public static class FileFixer
{
    /// <summary>
    /// Fix one file. With <paramref name="write"/> the result replaces the file atomically (BOM and line endings kept);
    /// a file that is not valid UTF-8 is never rewritten. Throws <see cref="ConfigException"/> for a bad configuration.
    /// </summary>
    public static FileFixResult FixFile(LintSession session, string path, Func<string, bool>? includeRule, bool write, CancellationToken cancellationToken = default)
    {
        Core.Text.SourceText text;
        bool rewritable;
        try
        {
            text = ArticleFile.Read(path, out rewritable);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileFixResult(path, null, false, $"{path}: cannot read file: {ex.Message}");
        }
        var config = session.ConfigFor(path);
        var outcome = SafeFixer.Fix(text, t => session.LintText(t, path, config, cancellationToken), includeRule, cancellationToken);
        if (!outcome.Changed || !write) return new FileFixResult(path, outcome, false, null);
        if (!rewritable)
            return new FileFixResult(path, outcome, false, $"{path}: not valid UTF-8; left unchanged so no text is lost");
        try
        {
            ArticleFile.Write(path, outcome.Fixed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileFixResult(path, outcome, false, $"{path}: cannot write file: {ex.Message}");
        }
        return new FileFixResult(path, outcome, true, null);
    }
}
