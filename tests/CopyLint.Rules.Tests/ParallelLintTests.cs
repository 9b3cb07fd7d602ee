using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CopyLint.Rules.Tests;

/// <summary>
/// The language server lints long drafts with the built-in rules split over two threads. On real copy (stories of
/// ../shared/corpora joined into long drafts) that must give exactly the findings of one thread: each group of
/// rules keeps its own run state, so no rule may depend on another's side effects.
/// </summary>
public sealed class ParallelLintTests(ITestOutputHelper output)
{
    private static (string, int, int, DiagnosticSeverity, string, int)[] Keys(IEnumerable<Diagnostic> ds) =>
        ds.Select(d => (d.Id, d.Span.Start, d.Span.Length, d.Severity, d.Message, d.Related.Count)).ToArray();

    [Theory]
    [InlineData("bbc-news-2005", "*.txt", DocumentKind.PlainText)]
    [InlineData("article-extraction-benchmark", "*.txt", DocumentKind.PlainText)]
    [InlineData("reuters21578", "*.txt", DocumentKind.Markdown)]
    public void Two_threads_find_what_one_thread_finds(string corpus, string pattern, DocumentKind kind)
    {
        var dir = RepoPaths.Corpus(corpus);
        if (!Directory.Exists(dir)) { output.WriteLine($"SKIPPED: {dir} is absent (shared corpora not checked out beside the repo)."); return; }
        var files = Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(240).ToList();
        var options = RuleAssert.Options(kind);
        var parallel = new AnalyzerDriver(BuiltInRules.All);
        var single = new AnalyzerDriver(BuiltInRules.All);
        int drafts = 0, findings = 0;
        foreach (var chunk in files.Chunk(20)) // about 8-10k words a draft
        {
            var text = SourceText.From(string.Join("\n\n", chunk.Select(File.ReadAllText)));
            var expected = Keys(Linter.Lint(text, options, single).Diagnostics);
            var actual = Keys(Linter.Lint(text, options, parallel, parallelism: 2).Diagnostics);
            Assert.Equal(expected, actual);
            drafts++;
            findings += expected.Length;
        }
        // The groups come from measured costs, so a busy machine may settle on one: say which case ran.
        output.WriteLine($"{drafts} drafts, {findings} findings, identical on one thread and on {parallel.ThreadGroups} groups.");
        Assert.True(drafts >= 4, "the calibration runs come first; at least one draft must have been linted in groups");
    }
}
