using System.Diagnostics;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Bench;

/// <summary>
/// Words per second per core for parse and whole lint over the corpora concatenated into one large file per kind,
/// single thread, after warm-up. Usage: dotnet run -c Release --project bench/CopyLint.Throughput [-- iterations [maxMB [kind [phase]]]]
/// CPU time is the whole process's (the GC included): on a loaded machine it is the steadier per-core figure.
/// (kind: PlainText, Markdown or Html; phase: parse or lint, or one row: bigparse, biglint, docparse, doclint; "all" or absent runs every one: handy under a profiler;
/// "rules" prints one row per analyzer over parsed stories, to see where lint time goes).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
        long maxChars = args.Length > 1 ? (long)(double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000) : long.MaxValue;
        string onlyKind = args.Length > 2 ? args[2] : "all", onlyPhase = args.Length > 3 ? args[3] : "all";
        string corpora;
        try { corpora = Corpus.Folder; }
        catch (DirectoryNotFoundException ex) { Console.Error.WriteLine(ex.Message); return 2; }

        Console.WriteLine($"corpora: {corpora}");
        Console.WriteLine($"runtime: {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {iterations} timed iterations after 2 warm-up, single thread");
        Console.WriteLine();
        Console.WriteLine($"{"kind",-10} {"phase",-9} {"chars",12} {"words",10} {"best ms",9} {"median ms",10} {"Mwords/s",9} {"MB/s",7} {"alloc MB/op",11} {"cpu ms",8} {"Mwords/cpu-s",12}");

        var driver = new AnalyzerDriver(BuiltInRules.All);
        var severities = BuiltInRules.Descriptors.ToDictionary(d => d.Id, d => d.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => ReportSeverity.Error,
            DiagnosticSeverity.Warning => ReportSeverity.Warning,
            DiagnosticSeverity.Info => ReportSeverity.Info,
            _ => ReportSeverity.Hint,
        }, StringComparer.OrdinalIgnoreCase);

        foreach (var kind in new[] { DocumentKind.PlainText, DocumentKind.Markdown, DocumentKind.Html })
        {
            if (onlyKind != "all" && !onlyKind.Equals(kind.ToString(), StringComparison.OrdinalIgnoreCase)) continue;
            var text = SourceText.From(Corpus.Concatenated(kind, maxChars));
            int words = ProseParser.Parse(text, kind).WordCount;
            var options = new LintOptions { Kind = kind, Lexicons = ShippedLexicons.All, Severities = severities };
            if (onlyPhase is "all" or "parse" or "bigparse") Report(kind, "parse", text.Length, words, iterations, () => ProseParser.Parse(text, kind).WordCount);
            if (onlyPhase is "all" or "lint" or "biglint") Report(kind, "lint", text.Length, words, iterations, () => Linter.Lint(text, options, driver).Diagnostics.Count);

            // The same stories one document each: the unit the CLI and the language server actually parse.
            var docs = Corpus.For(kind, maxChars).Select(SourceText.From).ToArray();
            int docsChars = docs.Sum(d => d.Length);
            int docWords = docs.Sum(d => ProseParser.Parse(d, kind).WordCount);
            if (onlyPhase is "all" or "parse" or "docparse") Report(kind, "parse/doc", docsChars, docWords, iterations, () => { int n = 0; foreach (var d in docs) n += ProseParser.Parse(d, kind).WordCount; return n; });
            if (onlyPhase is "all" or "lint" or "doclint") Report(kind, "lint/doc", docsChars, docWords, iterations, () => { int n = 0; foreach (var d in docs) n += Linter.Lint(d, options, driver).Diagnostics.Count; return n; });
            // One row per analyzer over the parsed stories: where the lint time goes (only on request: "rules").
            if (onlyPhase is "rules") ReportRules(kind, docs, docsChars, docWords, options, iterations);
        }
        return 0;
    }

    /// <summary>
    /// Each analyzer alone over documents parsed once (their word IDs and per-paragraph caches filled by a whole lint
    /// first, so the rows do not pay for them): the per-rule share of the lint/doc row, parse excluded.
    /// </summary>
    private static void ReportRules(DocumentKind kind, SourceText[] texts, int chars, int words, LintOptions options, int iterations)
    {
        var docs = texts.Select(t => ProseParser.Parse(t, kind)).ToArray();
        var all = new AnalyzerDriver(BuiltInRules.All);
        for (int i = 0; i < 5; i++) foreach (var d in docs) all.Run(d, options, CancellationToken.None); // JIT tiers settle before the first row
        foreach (var analyzer in BuiltInRules.All)
        {
            var one = new AnalyzerDriver([analyzer]);
            var name = analyzer.SupportedDiagnostics.Count > 0 ? analyzer.SupportedDiagnostics[0].Id : analyzer.GetType().Name;
            Report(kind, name, chars, words, iterations, () => { int n = 0; foreach (var d in docs) n += one.Run(d, options, CancellationToken.None).Diagnostics.Count; return n; });
        }
    }

    private static void Report(DocumentKind kind, string phase, int chars, int words, int iterations, Func<int> run)
    {
        for (int i = 0; i < 2; i++) run();
        var times = new double[iterations];
        var cpu = new double[iterations];
        long allocated = 0;
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (int i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            run();
            sw.Stop();
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Array.Sort(cpu);
        double best = times[0], median = times[iterations / 2], cpuMedian = cpu[iterations / 2];
        Console.WriteLine($"{kind,-10} {phase,-9} {chars,12:N0} {words,10:N0} {best,9:F1} {median,10:F1} {words / (median / 1000) / 1e6,9:F2} {chars / (median / 1000) / 1e6,7:F1} {allocated / 1e6,11:F1} {cpuMedian,8:F1} {words / (cpuMedian / 1000) / 1e6,12:F2}");
    }
}
