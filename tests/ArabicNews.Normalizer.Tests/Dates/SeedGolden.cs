using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArabicNews.Tests.Dates
{
    /// <summary>Data/seed-dates.jsonl: every date mention of the seed articles, as a careful reader finds it.</summary>
    internal static class SeedGolden
    {
        public sealed record Mention(string Text, int StartHint, string Value, string[] Flags, bool Optional);

        public sealed record Article(string Seed, DateTime? Reference, Mention[] Mentions, string[] NotDates, string Text);

        public static IReadOnlyList<Article> Articles { get; } = Load();

        private static Article[] Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Data", "seed-dates.jsonl");
            return File.ReadAllLines(path).Where(line => line.Length > 0).Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string seed = root.GetProperty("seed").GetString()!;
                var refElement = root.GetProperty("ref");
                DateTime? reference = refElement.ValueKind == JsonValueKind.Null ? null : DateTime.ParseExact(refElement.GetString()!, "yyyy-MM-dd", null);
                var mentions = root.GetProperty("mentions").EnumerateArray().Select(m => new Mention(
                    m.GetProperty("text").GetString()!,
                    m.GetProperty("start_hint").GetInt32(),
                    m.GetProperty("value").GetString()!,
                    m.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToArray(),
                    m.TryGetProperty("optional", out var optional) && optional.GetBoolean())).ToArray();
                var notDates = root.GetProperty("not_dates").EnumerateArray().Select(n => n.GetString()!).ToArray();
                string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
                return new Article(seed, reference, mentions, notDates, text);
            }).ToArray();
        }
    }
}
