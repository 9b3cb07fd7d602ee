using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CopyLint.Core.Syntax;

namespace CopyLint.Bench;

/// <summary>A short job (the machine is shared) plus a words-per-second column computed from the mean time.</summary>
public sealed class WordsConfig : ManualConfig
{
    public WordsConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddColumn(new WordsPerSecondColumn());
    }

    private sealed class WordsPerSecondColumn : IColumn
    {
        public string Id => "WordsPerSecond";
        public string ColumnName => "Words/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Prose words parsed (or linted) per second, one thread";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null) return "-";
            var kind = (DocumentKind)benchmarkCase.Parameters["Kind"];
            double wordsPerSecond = Workload.Words(kind) / (stats.Mean / 1e9);
            return $"{wordsPerSecond / 1e6:F2}M";
        }
    }
}
