using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks.Lucene
{
    /// <summary>Documents per second or MB (2^20 bytes of UTF-16) per second, from the mean time to index the whole corpus.</summary>
    public sealed class ThroughputColumn : IColumn
    {
        private readonly bool _megabytes;

        private ThroughputColumn(bool megabytes) => _megabytes = megabytes;

        public static ThroughputColumn DocumentsPerSecond { get; } = new ThroughputColumn(megabytes: false);

        public static ThroughputColumn MegabytesPerSecond { get; } = new ThroughputColumn(megabytes: true);

        public string Id => _megabytes ? "MBPerSecond" : "DocsPerSecond";

        public string ColumnName => _megabytes ? "MB/s" : "Docs/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => _megabytes ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => _megabytes
            ? "Megabytes (2^20 bytes of UTF-16) of documents indexed per second"
            : "Documents indexed per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (nanoseconds is not double mean || mean <= 0)
            {
                return "-";
            }

            double seconds = mean / 1e9;
            double value = _megabytes ? IndexingCorpus.Bytes / (double)(1 << 20) / seconds : IndexingCorpus.Documents.Length / seconds;
            return value.ToString(_megabytes ? "F2" : "F0", CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }

    /// <summary>Adds the two throughput columns.</summary>
    public sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(ThroughputColumn.DocumentsPerSecond, ThroughputColumn.MegabytesPerSecond);
        }
    }
}
