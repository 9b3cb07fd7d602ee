using BenchmarkDotNet.Attributes;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Bench;

/// <summary>Whole-document lint (parse + every built-in rule, shipped lexicons) over the same slice as the parse benchmark.</summary>
[MemoryDiagnoser]
[Config(typeof(WordsConfig))]
public class LintBenchmarks
{
    private SourceText[] _docs = [];
    private AnalyzerDriver _driver = null!;
    private LintOptions _options = null!;

    [Params(DocumentKind.PlainText, DocumentKind.Markdown, DocumentKind.Html)]
    public DocumentKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _docs = Workload.Documents(Kind);
        _driver = new AnalyzerDriver(BuiltInRules.All);
        _options = new LintOptions { Kind = Kind, Lexicons = ShippedLexicons.All, Severities = Workload.AllRulesOn() };
    }

    [Benchmark]
    public int Lint()
    {
        int findings = 0;
        foreach (var text in _docs) findings += Linter.Lint(text, _options, _driver).Diagnostics.Count;
        return findings;
    }
}
