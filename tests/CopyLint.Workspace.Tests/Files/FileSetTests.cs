using CopyLint.Workspace.Files;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.Files;

/// <summary>How command-line inputs become the list of drafts to lint.</summary>
public sealed class FileSetTests
{
    private static TempFolder Drafts()
    {
        var tmp = new TempFolder();
        tmp.Write("b.txt", "b");
        tmp.Write("a.md", "a");
        tmp.Write("C.TXT", "c");
        tmp.Write("page.Html", "p");
        tmp.Write("notes.docx", "not a draft");
        tmp.Write("README", "no extension");
        tmp.Write(".hidden.txt", "hidden file");
        tmp.Write(".git/x.txt", "hidden folder");
        tmp.Write("sub/z.markdown", "z");
        tmp.Write("sub/deeper/y.htm", "y");
        return tmp;
    }

    private static IEnumerable<string> Relative(TempFolder tmp, IEnumerable<string> files) =>
        files.Select(f => Path.GetRelativePath(tmp.Path, f).Replace('\\', '/'));

    [Fact]
    public void A_folder_gives_its_supported_files_at_any_depth_in_ordinal_order_skipping_hidden_ones()
    {
        using var tmp = Drafts();
        var (files, unmatched) = FileSet.Expand([tmp.Path]);
        Assert.Empty(unmatched);
        Assert.Equal(["C.TXT", "a.md", "b.txt", "page.Html", "sub/deeper/y.htm", "sub/z.markdown"], Relative(tmp, files));
    }

    [Fact]
    public void Files_keep_the_spelling_of_the_folder_given()
    {
        using var tmp = Drafts();
        var slash = tmp.Path + Path.DirectorySeparatorChar;
        var (files, _) = FileSet.Expand([slash]);
        Assert.All(files, f => Assert.StartsWith(slash, f));
        Assert.Equal(6, files.Count);
    }

    [Fact]
    public void A_file_named_twice_or_inside_a_folder_also_named_is_linted_once()
    {
        using var tmp = Drafts();
        var b = Path.Combine(tmp.Path, "b.txt");
        var viaDots = Path.Combine(tmp.Path, "sub", "..");
        var (files, unmatched) = FileSet.Expand([b, tmp.Path, viaDots, tmp.Path + Path.DirectorySeparatorChar, b]);
        Assert.Empty(unmatched);
        Assert.Equal(6, files.Count);
        Assert.Equal(b, files[0]); // the first input that names it wins, as given
        Assert.Equal(files.Count, files.Select(Path.GetFullPath).Distinct().Count());
    }

    [Fact]
    public void A_folder_without_drafts_and_a_missing_path_are_unmatched()
    {
        using var tmp = new TempFolder();
        tmp.Write("only.docx", "x");
        var missing = Path.Combine(tmp.Path, "nope");
        var (files, unmatched) = FileSet.Expand([tmp.Path, missing]);
        Assert.Empty(files);
        Assert.Equal([tmp.Path, missing], unmatched);
    }

    [Theory]
    [InlineData("story.txt", true)]
    [InlineData("STORY.TXT", true)]
    [InlineData("a.Markdown", true)]
    [InlineData("x.htm", true)]
    [InlineData("x.html.bak", false)]
    [InlineData("txt", false)]
    [InlineData("a.text", false)]
    public void Supported_extensions_ignore_case(string name, bool supported) =>
        Assert.Equal(supported, FileSet.IsSupported(name));
}
