// A consumer of the ArabicNews.Normalizer package, built by .ci/consumer-test.sh outside the solution (once with the
// JIT, once as a Native AOT binary with invariant globalization). It writes one file per preset, in the form of the
// golden files, and one file of calendar answers, so that the script can compare them with the checked-in answers.
using System;
using System.IO;
using System.Text;
using ArabicNews.Calendars;
using ArabicNews.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: consumer ARTICLE OUTPUT-FOLDER");
    return 2;
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
string article = File.ReadAllText(args[0], utf8);
Directory.CreateDirectory(args[1]);
foreach (var normalizer in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light, ArabicNormalizer.Lucene })
{
    File.WriteAllText(Path.Combine(args[1], normalizer + ".txt"), normalizer.Normalize(article) + "\n", utf8);
}

var answers = new StringBuilder();
answers.Append(ArabicNormalizer.Search.Normalize("ﻻ إله إلا الله ﷺ «الكونغرس» ٢٠٢٤")).Append('\n');
answers.Append(new ArabicNormalizer(NormalizationProfile.Light | ArabicNormalizerOptions.FoldDigits)).Append('\n');
answers.Append(MonthNames.Translate("حزيران", MonthSystem.Maghreb)).Append('\n');
answers.Append(MonthNames.Translate("كانون الثاني", MonthSystem.EgyptGulf)).Append('\n');
answers.Append(HijriCalendar.ToGregorian(new HijriDate(1445, 9, 15)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
answers.Append(HijriCalendar.FromGregorian(new DateTime(2024, 7, 7))).Append('\n');
answers.Append(HijriCalendar.FromGregorian(new DateTime(2024, 7, 7), HijriCalendarKind.Tabular)).Append('\n');
answers.Append(WeekdayNames.GetName(DayOfWeek.Friday)).Append('\n');
File.WriteAllText(Path.Combine(args[1], "calendars.txt"), answers.ToString(), utf8);
return 0;
