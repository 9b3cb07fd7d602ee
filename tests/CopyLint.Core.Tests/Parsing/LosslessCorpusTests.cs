using CopyLint.Core.Parsing;
using CopyLint.Core.Tests.Infrastructure;
using CopyLint.Core.Text;
using Xunit.Abstractions;

namespace CopyLint.Core.Tests.Parsing;

/// <summary>
/// Every .txt, .md and .html file of ../shared/corpora, parsed as the kind its extension names: tokens and trivia
/// reproduce the input exactly, and every sentence, quote and number lies where the tree says it does.
/// </summary>
public sealed class LosslessCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Extensions = [".txt", ".md", ".html"];

    [Fact]
    public void Every_corpus_file_parses_into_a_lossless_consistent_tree()
    {
        var corpora = SharedData.PathTo("corpora");
        if (corpora is null)
        {
            output.WriteLine("SKIPPED: ../shared/corpora is absent; the lossless corpus check did not run.");
            return;
        }
        var files = Directory.EnumerateFiles(corpora, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);

        var failures = new List<string>();
        long chars = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var text = SourceText.From(bytes);
            chars += text.Length;
            try
            {
                var doc = ProseParser.Parse(text, ProseParser.KindFromPath(file));
                var problem = TreeInvariants.Check(doc);
                if (problem is not null) failures.Add($"{Path.GetRelativePath(corpora, file)}: {problem}");
            }
            catch (Exception ex)
            {
                failures.Add($"{Path.GetRelativePath(corpora, file)}: threw {ex.GetType().Name}: {ex.Message}");
            }
        }
        output.WriteLine($"{files.Count} files, {chars:N0} characters checked; {failures.Count} failed.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {files.Count} files failed:\n" + string.Join("\n", failures.Take(25)));
    }
}
