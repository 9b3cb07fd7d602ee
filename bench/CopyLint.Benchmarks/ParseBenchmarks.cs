using BenchmarkDotNet.Attributes;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Bench;

/// <summary>Parse throughput per input kind over a fixed slice of the corpora, one document per story/page.</summary>
[MemoryDiagnoser]
[Config(typeof(WordsConfig))]
public class ParseBenchmarks
{
    private SourceText[] _docs = [];

    [Params(DocumentKind.PlainText, DocumentKind.Markdown, DocumentKind.Html)]
    public DocumentKind Kind { get; set; }

    [GlobalSetup]
    public void Setup() => _docs = Workload.Documents(Kind);

    [Benchmark]
    public int Parse()
    {
        int words = 0;
        foreach (var text in _docs) words += ProseParser.Parse(text, Kind).WordCount;
        return words;
    }
}
