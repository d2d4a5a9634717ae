using System;
using ArabicNews.Calendars;
using ArabicNews.Text;

namespace ArabicNews.Dates
{
    /// <summary>
    /// The grammar of Arabic date expressions, read directly on the raw text at one position: hand-written recursive
    /// descent over a handful of tokens (numbers in any digit system, separators, lexicon words), every lookahead bounded
    /// by a few tokens, so a failed attempt costs a constant and the extractor stays linear on any input.
    /// </summary>
    internal readonly struct DateGrammar
    {
        private const int MaxSpaces = 8;
        private const int MinBareYear = 1900; // a four-digit number after في or منذ is a year only in this range
        private const int MaxBareYear = 2100;
        private const int MinYear = 1000;     // with a month name or عام before it
        private const int MaxYear = 2200;
        private const int MinLibyanYear = 1969; // the Libyan month names were official from the 1970s to 2011
        private const int MaxLibyanYear = 2011;
        private const int MinHijriYear = 1;
        private const int MaxHijriYear = 1600;

        private readonly MonthSystems _systems;
        private readonly bool _monthFirst;

        public DateGrammar(MonthSystems systems, bool monthFirst)
        {
            _systems = systems;
            _monthFirst = monthFirst;
        }

        /// <summary>Reads the longest date expression that starts at <paramref name="position"/> (a word start).</summary>
        public bool TryParse(ReadOnlySpan<char> text, int position, out ParsedDate date)
        {
            date = ParsedDate.At(position);
            if ((uint)position >= (uint)text.Length)
            {
                return false;
            }

            if (ArabicLetters.IsAnyDigit(text[position]))
            {
                return TryNumberLed(text, position, ref date);
            }

            if (TryArticleNumber(text, position, out int day, out int afterDay) && TryDayLed(text, position, afterDay, day, ref date))
            {
                return true;
            }

            return DateLexicon.TryMatch(text, position, out var word, out int wordStart, out int wordEnd)
                && TryWordLed(text, wordStart, word!, wordEnd, ref date);
        }

        /// <summary>
        /// Whether <see cref="TryParse"/> can read anything at <paramref name="position"/> (a word start): false means it
        /// certainly reads nothing there. A digit, an ال before a number or a possible lexicon word says yes; the test
        /// reads the word's first letters once, and <paramref name="read"/> is where it stopped inside the word.
        /// </summary>
        public static bool MayStartAt(ReadOnlySpan<char> text, int position, out int read)
        {
            read = position;
            byte slot = MatchingFold.SlotOf(text[position]);
            if (slot >= DateLexicon.LetterSlots)
            {
                // A mark, a rarer letter or a Latin letter starts neither a lexicon word nor ال before a number.
                return ArabicLetters.IsAnyDigit(text[position]);
            }

            // ال before a number (ال31، الـ31): after ال a letter already rules it out.
            if (slot == DateLexicon.AlefSlot && (position + 2 >= text.Length || MatchingFold.SlotOf(text[position + 2]) >= DateLexicon.LetterSlots)
                && TryArticleNumber(text, position, out _, out _))
            {
                return true;
            }

            return DateLexicon.MayMatch(text, position, out read);
        }

        /// <summary>
        /// Whether spaces and then a digit, or a bracket and a digit, follow <paramref name="wordEnd"/>, as a bare year
        /// after a preposition needs (في 2011, في ( 1965 )).
        /// </summary>
        internal static bool IsNumberAfterSpace(ReadOnlySpan<char> text, int wordEnd)
        {
            int p = SkipSpaces(text, wordEnd);
            if (p == wordEnd || p >= text.Length)
            {
                return false;
            }

            if (text[p] == '(')
            {
                p = SkipSpaces(text, p + 1);
            }

            return p < text.Length && ArabicLetters.IsAnyDigit(text[p]);
        }

        // ---- Expressions that start with a number -------------------------------------------------------------

        private bool TryNumberLed(ReadOnlySpan<char> text, int position, ref ParsedDate date)
        {
            int end = ReadNumber(text, position, out int number, out int digits);
            if (end < 0)
            {
                return false;
            }

            char next = end < text.Length ? text[end] : '\0';
            if (next == ':')
            {
                return TryTimeAlone(text, position, ref date);
            }

            int afterSeparator = AfterSeparator(text, end, out char separator, out _);
            if (afterSeparator > 0)
            {
                if (TryNumericDate(text, position, ref date))
                {
                    return true;
                }
            }

            // 2015-2020, 1936 - 1939 (a hyphen), 2014 إلى 2018 (a word).
            if (digits == 4 && number >= MinBareYear && number <= MaxBareYear
                && ((afterSeparator > 0 && separator == '-' && TryLaterYear(text, afterSeparator, number, out int lastOfRange, out int yearRangeEnd))
                    || TryYearToYear(text, end, number, out lastOfRange, out yearRangeEnd)))
            {
                date.Precision = DatePrecision.Year;
                date.Year = number;
                date.RangeEndYear = lastOfRange;
                date.End = yearRangeEnd;
                return true;
            }

            if (digits == 4 && TryEra(text, end, out var eraCalendar, out int eraEnd))
            {
                date.Precision = DatePrecision.Year;
                date.Calendar = eraCalendar;
                date.Year = number;
                date.End = eraEnd;
                return true;
            }

            if (digits > 2 || number < 1 || number > 31)
            {
                return false;
            }

            // من 12 إلى 14 سبتمبر 2023, 12-14 سبتمبر
            int p = SkipSpaces(text, end);
            int toEnd = -1;
            if (p < text.Length && (text[p] == '-' || text[p] == '\u2013'))
            {
                toEnd = p + 1;
            }
            else if (DateLexicon.TryMatch(text, p, DateWordRoles.To, out _, out int wordEnd))
            {
                toEnd = wordEnd;
            }

            if (toEnd > 0)
            {
                int secondStart = SkipSpaces(text, toEnd);
                int secondEnd = ReadNumber(text, secondStart, out int lastDay, out int lastDigits);
                var range = ParsedDate.At(position);
                if (secondEnd > 0 && lastDigits <= 2 && lastDay > number && lastDay <= 31 && TryDayLed(text, position, secondEnd, lastDay, ref range)
                    && range.Precision == DatePrecision.Day && !range.HasTime && !range.HasCorresponding)
                {
                    date = range;
                    date.Day = number;
                    date.RangeEndDay = lastDay;
                    return true;
                }
            }

            return TryDayLed(text, position, end, number, ref date) || TryDuration(text, position, number, end, ref date);
        }

        /// <summary>21 يوماً، 3 أعوام، ثلاثة أيام (after a number or a number word): a length of time.</summary>
        private static bool TryDuration(ReadOnlySpan<char> text, int start, int amount, int numberEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, numberEnd);
            if (p == numberEnd || amount < 1 || !DateLexicon.TryMatch(text, p, out var unit, out int unitStart, out int end)
                || unitStart != p || !IsLengthUnit(unit!) || FollowedByYear(text, end))
            {
                return false;
            }

            date = ParsedDate.At(start);
            date.End = end;
            date.IsDuration = true;
            date.DurationAmount = amount;
            date.DurationUnit = UnitOf(unit!);
            return true;
        }

        /// <summary>نحو 21 يوماً، أكثر من شهر، حوالي عامين.</summary>
        private static bool TryAboutDuration(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            int numberEnd = ReadNumber(text, p, out int amount, out int digits);
            if (numberEnd > 0)
            {
                return digits <= 3 && TryDuration(text, start, amount, numberEnd, ref date);
            }

            if (!DateLexicon.TryMatch(text, p, out var word, out int wordStart, out int end) || wordStart != p)
            {
                return false;
            }

            if (word!.Has(DateWordRoles.Cardinal))
            {
                return TryDuration(text, start, word.Number, end, ref date);
            }

            // أكثر من شهر: the unit alone counts one (two for a dual); أكثر من عام 2014 is a year, not a length.
            if (!IsLengthUnit(word) || word.Number == 0 || ReadYearNumber(text, SkipSpaces(text, end), out _, out _) > 0)
            {
                return false;
            }

            date = ParsedDate.At(start);
            date.End = end;
            date.IsDuration = true;
            date.DurationAmount = word.Number;
            date.DurationUnit = UnitOf(word);
            return true;
        }

        // Units without the article: الشهر and العام name a month and a year, not a length.
        private static bool IsLengthUnit(DateWord word) =>
            word.Has(DateWordRoles.UnitDay | DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear)
            && !word.Key.StartsWith("\u0627\u0644", StringComparison.Ordinal);

        private static DurationUnit UnitOf(DateWord word) =>
            word.Has(DateWordRoles.UnitDay) ? DurationUnit.Day
            : word.Has(DateWordRoles.UnitWeek) ? DurationUnit.Week
            : word.Has(DateWordRoles.UnitMonth) ? DurationUnit.Month
            : DurationUnit.Year;

        /// <summary>2014 إلى 2018، 2014 حتى 2018: a later year after إلى or حتى.</summary>
        private static bool TryYearToYear(ReadOnlySpan<char> text, int end, int first, out int last, out int rangeEnd)
        {
            last = 0;
            rangeEnd = end;
            int p = SkipSpaces(text, end);
            if (p == end || !DateLexicon.TryMatch(text, p, DateWordRoles.To, out _, out int toEnd))
            {
                return false;
            }

            return TryLaterYear(text, SkipSpaces(text, toEnd), first, out last, out rangeEnd);
        }

        /// <summary>The four-digit year that closes a range opened by <paramref name="first"/>: later, and no later than a bare year may be.</summary>
        private static bool TryLaterYear(ReadOnlySpan<char> text, int position, int first, out int last, out int rangeEnd)
        {
            rangeEnd = ReadNumber(text, position, out last, out int digits);
            return rangeEnd > 0 && digits == 4 && last > first && last <= MaxBareYear && !ContinuesNumber(text, rangeEnd);
        }

        /// <summary>22/11/2021, 2021/11/22, 2024.03.13, 22-11-2021, 22/نوفمبر/2021, 15 / 1 / 1959.</summary>
        private bool TryNumericDate(ReadOnlySpan<char> text, int position, ref ParsedDate date)
        {
            int end1 = ReadNumber(text, position, out int first, out int digits1);
            int start2 = AfterSeparator(text, end1, out char separator, out bool spaced);
            if (start2 < 0)
            {
                return false;
            }

            int end2;
            int second;
            int digits2 = 0;
            MonthName? monthName = null;
            if (start2 < text.Length && ArabicLetters.IsAnyDigit(text[start2]))
            {
                end2 = ReadNumber(text, start2, out second, out digits2);
                if (end2 < 0 || digits2 > 2)
                {
                    return false;
                }
            }
            else if (DateLexicon.TryMatch(text, start2, DateWordRoles.Month, out var word, out end2) && Allowed(word!.Month!))
            {
                monthName = word.Month;
                second = monthName!.Month;
            }
            else
            {
                return false;
            }

            int start3 = AfterSeparator(text, end2, out char separator2, out bool spaced2);
            if (start3 < 0 || separator2 != separator)
            {
                return false;
            }

            int end3 = ReadNumber(text, start3, out int third, out int digits3);
            if (end3 < 0 || ContinuesNumber(text, end3))
            {
                return false;
            }

            // Spaced, a date needs its four-digit year and no fourth field: 2 / 3, 9 / 10 / 10 / ( 1940 ) and
            // 10 . 1 . 1 . 1 stay out. A time after a hyphen (2021 - 12:28) is the day's time, not a field.
            spaced |= spaced2;
            if (spaced && ((digits1 != 4 && digits3 != 4) || ContinuesSpaced(text, end3, separator)))
            {
                return false;
            }

            int year, month, day;
            if (digits1 == 4 && monthName is null && digits3 <= 2)
            {
                (year, month, day) = (first, second, third);
            }
            else if (digits1 <= 2 && digits3 == 4)
            {
                year = third;
                (day, month) = _monthFirst && monthName is null ? (second, first) : (first, second);
            }
            else
            {
                return false;
            }

            var calendar = monthName is not null && monthName.Systems == MonthSystems.Hijri ? DateCalendar.Hijri : DateCalendar.Gregorian;
            int end = end3;
            if (TryEra(text, end3, out var eraCalendar, out int eraEnd))
            {
                calendar = eraCalendar;
                end = eraEnd;
            }
            else if (monthName is null && year < MinBareYear - 300)
            {
                calendar = DateCalendar.Hijri; // 1445/09/13 with no era: no Gregorian news date has such a year
            }

            if (month < 1 || month > 12 || day < 1 || day > DaysIn(calendar, year, month))
            {
                return false;
            }

            date.Calendar = calendar;
            date.Precision = DatePrecision.Day;
            date.Year = year;
            date.Month = month;
            date.Day = day;
            date.End = end;
            AfterDay(text, ref date);
            return true;
        }

        /// <summary>After a day number: [من] month name, then the month's own tail.</summary>
        private bool TryDayLed(ReadOnlySpan<char> text, int start, int afterDay, int day, ref ParsedDate date)
        {
            if (day < 1 || day > 31)
            {
                return false;
            }

            int p = afterDay;
            if (p + 1 < text.Length && text[p] is '.' or '-' or '/' && !ArabicLetters.IsAnyDigit(text[p + 1]))
            {
                p++; // 2. أكتوبر، 2- أكتوبر، 16. نوفمبر. 2016
            }

            p = SkipSpaces(text, p);
            if (DateLexicon.TryMatch(text, p, DateWordRoles.From, out _, out int fromEnd))
            {
                p = SkipSpaces(text, fromEnd);
            }

            if (DateLexicon.TryMatch(text, p, DateWordRoles.Month, out var word, out int monthEnd))
            {
                return TryMonthLed(text, start, word!.Month!, monthEnd, day, ref date);
            }

            // 31 من هذا الشهر، 4 الشهر المقبل: a day of a month counted from the reference.
            if (!TryRelativeMonth(text, p, out int offset, out int end))
            {
                return false;
            }

            date.Start = start;
            date.End = end;
            date.Precision = DatePrecision.Day;
            date.Day = day;
            date.IsOffset = true;
            date.OffsetUnit = DurationUnit.Month;
            date.Offset = offset;
            AfterDay(text, ref date);
            return true;
        }

        /// <summary>هذا الشهر، الشهر الجاري، الشهر المقبل، الشهر الماضي.</summary>
        private static bool TryRelativeMonth(ReadOnlySpan<char> text, int position, out int offset, out int end)
        {
            offset = 0;
            end = position;
            bool isThis = DateLexicon.TryMatch(text, position, DateWordRoles.This, out _, out int thisEnd);
            int p = isThis ? SkipSpaces(text, thisEnd) : position;
            if (!DateLexicon.TryMatch(text, p, out var unit, out _, out int unitEnd) || !unit!.Has(DateWordRoles.UnitMonth) || unit.Number != 1)
            {
                return false;
            }

            if (isThis)
            {
                end = unitEnd;
                return true;
            }

            if (!TryModifier(text, unitEnd, out var relation, out end))
            {
                return false;
            }

            offset = relation == Relation.Past ? -1 : relation == Relation.Next ? 1 : 0;
            return true;
        }

        // ---- Expressions that start with a word ----------------------------------------------------------------

        /// <summary>
        /// The roles with which a lexicon word can begin an expression: each has its branch in <c>TryWordLed</c> below (a
        /// word with none of them reads nothing there). The word skip turns away every other word, so a new branch
        /// needs its role here.
        /// </summary>
        internal const DateWordRoles LeadingRoles =
            DateWordRoles.Weekday | DateWordRoles.Ordinal | DateWordRoles.FirstOf | DateWordRoles.HalfOf | DateWordRoles.EndOf
            | DateWordRoles.Month | DateWordRoles.Season | DateWordRoles.MonthWord | DateWordRoles.YearCue
            | DateWordRoles.UnitDay | DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear
            | DateWordRoles.RelativeDay | DateWordRoles.About | DateWordRoles.Cardinal | DateWordRoles.This
            | DateWordRoles.PartStart | DateWordRoles.PartMiddle | DateWordRoles.PartEnd | DateWordRoles.Quarter
            | DateWordRoles.Hour | DateWordRoles.Before | DateWordRoles.After | DateWordRoles.Preposition;

        /// <summary>
        /// The leading roles whose branches all read on after the word: after any spaces (and, for an ordinal, one
        /// <c>. - /</c>), a number (TryBareYear, TryOffset, TryAboutDuration), a bracket (TryBareYear) or a lexicon word
        /// (TryOffset, TryThis, TryAboutDuration, TryDuration, TryDayLed). The word skip visits a word with no other
        /// leading role only where such a follower may stand; a new branch for one of these roles must read that way too.
        /// </summary>
        internal const DateWordRoles FollowedRoles =
            DateWordRoles.Preposition | DateWordRoles.Before | DateWordRoles.After | DateWordRoles.This | DateWordRoles.About
            | DateWordRoles.Cardinal | DateWordRoles.Ordinal;

        private bool TryWordLed(ReadOnlySpan<char> text, int start, DateWord word, int wordEnd, ref ParsedDate date)
        {
            if (word.Has(DateWordRoles.Weekday))
            {
                return TryWeekdayLed(text, start, word.Number, wordEnd, ref date);
            }

            if (word.Has(DateWordRoles.Ordinal) && TryDayLed(text, start, wordEnd, word.Number, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.FirstOf | DateWordRoles.HalfOf | DateWordRoles.EndOf) && TryDayOfMonthWord(text, start, word, wordEnd, ref date))
            {
                return true;
            }

            // الربيع 1980 is the Libyan month (a day or a year in the years it was used makes it one); الربيع 2014 a season.
            if (word.Has(DateWordRoles.Month) && TryMonthLed(text, start, word.Month!, wordEnd, 0, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.Season) && TrySeason(text, start, word.Number, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.MonthWord))
            {
                int p = SkipSpaces(text, wordEnd);
                if (DateLexicon.TryMatch(text, p, DateWordRoles.Month, out var month, out int monthEnd)
                    && TryMonthLed(text, start, month!.Month!, monthEnd, 0, ref date, afterMonthWord: true))
                {
                    return true;
                }
            }

            if (word.Has(DateWordRoles.YearCue) && TryYearCue(text, start, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.UnitDay | DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear)
                && TryRelativeUnit(text, start, word, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.RelativeDay))
            {
                date.Precision = DatePrecision.Day;
                date.IsOffset = true;
                date.Offset = word.Number;
                date.OffsetUnit = DurationUnit.Day;
                date.Start = start;
                date.End = wordEnd;
                return true;
            }

            if (word.Has(DateWordRoles.About) && TryAboutDuration(text, start, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.Cardinal) && TryDuration(text, start, word.Number, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.This) && TryThis(text, start, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.PartStart | DateWordRoles.PartMiddle | DateWordRoles.PartEnd) && TryPart(text, start, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.Quarter) && TryQuarter(text, start, wordEnd, ref date))
            {
                return true;
            }

            if (word.Has(DateWordRoles.Hour) && TryClockTime(text, SkipSpaces(text, wordEnd), afterHourWord: true, out int hour, out int minute, out int timeEnd))
            {
                date.Precision = DatePrecision.TimeOfDay;
                date.HasTime = true;
                date.Hour = hour;
                date.Minute = minute;
                date.Start = start;
                date.End = timeEnd;
                return true;
            }

            if (word.Has(DateWordRoles.Before | DateWordRoles.After) && TryOffset(text, start, word.Has(DateWordRoles.Before) ? -1 : 1, wordEnd, ref date))
            {
                return true;
            }

            return word.Has(DateWordRoles.Preposition) && TryBareYear(text, start, wordEnd, ref date);
        }

        /// <summary>الإثنين 22 نوفمبر 2021 (checked later), or a bare weekday: الخميس، الأحد الماضي.</summary>
        private bool TryWeekdayLed(ReadOnlySpan<char> text, int start, int weekday, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            if (p < text.Length && (text[p] == ',' || text[p] == ArabicLetters.ArabicComma))
            {
                p = SkipSpaces(text, p + 1);
            }

            if (p < text.Length && TryParse(text, p, out var dated) && !dated.WeekdayOnly && dated.Weekday < 0
                && (dated.Precision == DatePrecision.Day || dated.Precision == DatePrecision.Minute) && !dated.IsOffset)
            {
                date = dated;
                date.Start = start;
                date.Weekday = weekday;
                return true;
            }

            date = ParsedDate.At(start);
            date.Precision = DatePrecision.Day;
            date.Weekday = weekday;
            date.WeekdayOnly = true;
            date.Relation = Relation.Unmarked;
            date.End = wordEnd;
            if (TryModifier(text, wordEnd, out var relation, out int modifierEnd))
            {
                date.Relation = relation;
                date.End = modifierEnd;
            }

            return true;
        }

        /// <summary>غرة رمضان، فاتح شتنبر، الفاتح من ماي، النصف من شعبان، موفى يونيو.</summary>
        private bool TryDayOfMonthWord(ReadOnlySpan<char> text, int start, DateWord word, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            bool hasFrom = DateLexicon.TryMatch(text, p, DateWordRoles.From, out _, out int fromEnd);
            if (hasFrom)
            {
                p = SkipSpaces(text, fromEnd);
            }
            else if (word.Has(DateWordRoles.HalfOf) || (word.Has(DateWordRoles.Month) && word.Has(DateWordRoles.FirstOf)))
            {
                return false; // النصف and الفاتح need من: النصف alone is "the half", الفاتح alone a Libyan month
            }

            if (!DateLexicon.TryMatch(text, p, DateWordRoles.Month, out var month, out int monthEnd))
            {
                return false;
            }

            int day = word.Has(DateWordRoles.EndOf) ? -1 : word.Number;
            return TryMonthLed(text, start, month!.Month!, monthEnd, day, ref date, afterMonthWord: true);
        }

        /// <summary>
        /// A month name and what follows it: a second name of the same month (يونيو/حزيران، أغسطس (آب)), the year
        /// (2021، عام 2021، 1445هـ), or a modifier (الماضي), or من كل عام; then, for a day, a time and a dual date.
        /// </summary>
        private bool TryMonthLed(ReadOnlySpan<char> text, int start, MonthName month, int monthEnd, int day, ref ParsedDate date, bool afterMonthWord = false)
        {
            if (!Allowed(month))
            {
                return false;
            }

            var calendar = month.Systems == MonthSystems.Hijri ? DateCalendar.Hijri : DateCalendar.Gregorian;
            var flags = date.Flags;
            int p = TryDoubleMonth(text, monthEnd, month, ref flags);

            if (day == 0 && TryBracketedDate(text, start, month, p, flags, ref date))
            {
                return true;
            }

            var parsed = ParsedDate.At(start);
            parsed.Flags = flags;
            parsed.Calendar = calendar;
            parsed.Month = month.Month;
            parsed.Day = day;
            parsed.Precision = day != 0 ? DatePrecision.Day : DatePrecision.Month;
            if (TryYearPart(text, p, calendar, out int year, out int yearEnd))
            {
                parsed.Year = year;
                p = yearEnd;
            }
            else if (TryModifier(text, p, out var relation, out int modifierEnd))
            {
                parsed.Relation = relation;
                p = modifierEnd;
            }
            else if (TryModifierYear(text, p, out var yearRelation, out int yearEnd2))
            {
                parsed.HasYearOffset = true; // يونيو من العام الماضي، مارس هذا العام
                parsed.YearOffset = yearRelation == Relation.Past ? -1 : yearRelation == Relation.Next ? 1 : 0;
                p = yearEnd2;
            }
            else if (day != 0 && TryEveryYear(text, p, out int everyEnd))
            {
                parsed.Flags |= DateFlags.Recurring;
                p = everyEnd;
            }
            else
            {
                parsed.Relation = Relation.Unmarked;
                if (day == 0 && TrySharedYear(text, p, calendar, out int sharedYear))
                {
                    parsed.Year = sharedYear; // بين مارس وأفريل 2022: the second month's year is the first's too
                    parsed.Relation = Relation.None;
                }
            }

            // مارس is also "practised", الربيع "spring", صفر "zero": such a word is a month only with a day or a year
            // next to it (or, for the non-Libyan ones, a modifier or شهر before it).
            if (month.IsAmbiguous)
            {
                bool libyan = month.Systems == MonthSystems.Libya;
                bool confirmed = day != 0
                    || (libyan ? parsed.Year >= MinLibyanYear && parsed.Year <= MaxLibyanYear : parsed.Year != 0)
                    || (!libyan && (afterMonthWord || parsed.HasYearOffset || parsed.Relation is Relation.Past or Relation.Next or Relation.Current));
                if (!confirmed)
                {
                    return false;
                }
            }

            // An impossible day (31 فبراير) still reads as one construction; the resolver rejects it, and the extractor
            // then skips it whole instead of finding فبراير 2015 inside it.
            parsed.End = p;
            date = parsed;
            if (date.Precision == DatePrecision.Day)
            {
                AfterDay(text, ref date);
            }

            return true;
        }

        /// <summary>
        /// شباط ( 28 / 2 / 1945 ): a month name restated by a numeric date in brackets is one mention, the numeric date's
        /// day; a month that disagrees sets <see cref="DateFlags.MonthConflict"/>, as with the double names.
        /// </summary>
        private bool TryBracketedDate(ReadOnlySpan<char> text, int start, MonthName month, int monthEnd, DateFlags flags, ref ParsedDate date)
        {
            int open = SkipSpaces(text, monthEnd);
            if (open >= text.Length || text[open] != '(')
            {
                return false;
            }

            int q = OneSpace(text, open + 1);
            var inner = ParsedDate.At(q);
            if (q >= text.Length || !ArabicLetters.IsAnyDigit(text[q]) || !TryNumericDate(text, q, ref inner) || inner.HasTime || inner.HasCorresponding
                || (inner.Calendar == DateCalendar.Hijri) != (month.Systems == MonthSystems.Hijri))
            {
                return false;
            }

            int close = OneSpace(text, inner.End);
            if (close >= text.Length || text[close] != ')')
            {
                return false;
            }

            inner.Start = start;
            inner.End = close + 1;
            inner.Flags |= flags | (inner.Month != month.Month ? DateFlags.MonthConflict : DateFlags.None);
            date = inner;
            return true;
        }

        /// <summary>
        /// A number, or a number in brackets as archive titles write a year (( 1965 ), (1965)): at most one space inside
        /// each bracket, and the closing one must follow. The end is after the bracket; −1 when there is no such number.
        /// </summary>
        private static int ReadYearNumber(ReadOnlySpan<char> text, int position, out int value, out int digits)
        {
            if (position >= text.Length || text[position] != '(')
            {
                return ReadNumber(text, position, out value, out digits);
            }

            int numberEnd = ReadNumber(text, OneSpace(text, position + 1), out value, out digits);
            int close = numberEnd < 0 ? -1 : OneSpace(text, numberEnd);
            return close >= 0 && close < text.Length && text[close] == ')' ? close + 1 : -1;
        }

        /// <summary>9 عام ( 1921 ): a unit followed by a year is that year's cue, not a length of time.</summary>
        private static bool FollowedByYear(ReadOnlySpan<char> text, int end) =>
            ReadYearNumber(text, SkipSpaces(text, end), out _, out int digits) > 0 && digits >= 3;

        /// <summary>The position after at most one space.</summary>
        private static int OneSpace(ReadOnlySpan<char> text, int position) =>
            position < text.Length && IsSpace(text[position]) ? position + 1 : position;

        /// <summary>The time and the dual date that may follow a day.</summary>
        private static void AfterDay(ReadOnlySpan<char> text, ref ParsedDate date)
        {
            TryTimeTail(text, ref date);
            TryCorrespondingTail(text, ref date);
        }

        /// <summary>After a month name: /حزيران, (آب), - تموز. Returns the end of what it read.</summary>
        private int TryDoubleMonth(ReadOnlySpan<char> text, int monthEnd, MonthName month, ref DateFlags flags)
        {
            int p = SkipSpaces(text, monthEnd);
            if (p >= text.Length)
            {
                return monthEnd;
            }

            char c = text[p];
            bool parenthesis = c == '(';
            if (!parenthesis && c != '/' && c != '\\' && c != '-')
            {
                return monthEnd;
            }

            int q = SkipSpaces(text, p + 1);
            if (!DateLexicon.TryMatch(text, q, DateWordRoles.Month, out var second, out int secondEnd)
                || (second!.Month!.Systems == MonthSystems.Hijri) != (month.Systems == MonthSystems.Hijri))
            {
                return monthEnd;
            }

            int end = secondEnd;
            if (parenthesis)
            {
                int close = SkipSpaces(text, secondEnd);
                if (close >= text.Length || text[close] != ')')
                {
                    return monthEnd;
                }

                end = close + 1;
            }

            if (second.Month.Month != month.Month)
            {
                flags |= DateFlags.MonthConflict;
            }

            return end;
        }

        /// <summary>After a month: [من] [عام|العام|سنة] year [era].</summary>
        private static bool TryYearPart(ReadOnlySpan<char> text, int position, DateCalendar calendar, out int year, out int end)
        {
            year = 0;
            end = position;
            int p = SkipSpaces(text, position);
            if (p < text.Length && (text[p] == ',' || text[p] == ArabicLetters.ArabicComma || text[p] == '.'))
            {
                p = SkipSpaces(text, p + 1); // 7 أبريل، 2021
            }

            if (DateLexicon.TryMatch(text, p, DateWordRoles.From, out _, out int fromEnd))
            {
                p = SkipSpaces(text, fromEnd);
            }

            if (DateLexicon.TryMatch(text, p, DateWordRoles.YearCue, out _, out int cueEnd))
            {
                p = SkipSpaces(text, cueEnd);
            }

            int numberEnd = ReadYearNumber(text, p, out int number, out int digits);
            if (numberEnd < 0 || digits < 3 || ContinuesNumber(text, numberEnd) || (numberEnd < text.Length && text[numberEnd] == ':'))
            {
                return false;
            }

            bool plausible = calendar == DateCalendar.Hijri ? number >= MinHijriYear && number <= MaxHijriYear : number >= MinYear && number <= MaxYear;
            if (!plausible)
            {
                return false;
            }

            year = number;
            end = TryEra(text, numberEnd, out _, out int eraEnd) ? eraEnd : numberEnd;
            return true;
        }

        /// <summary>بين مارس وأفريل 2022: the year written after a second month joined by و.</summary>
        private bool TrySharedYear(ReadOnlySpan<char> text, int position, DateCalendar calendar, out int year)
        {
            year = 0;
            int p = SkipSpaces(text, position);
            if (p >= text.Length || MatchingFold.Fold(text[p]) != '\u0648')
            {
                return false;
            }

            return DateLexicon.TryMatch(text, p, DateWordRoles.Month, out var second, out int secondEnd)
                && Allowed(second!.Month!) && (second.Month!.Systems == MonthSystems.Hijri) == (calendar == DateCalendar.Hijri)
                && TryYearPart(text, secondEnd, calendar, out year, out _);
        }

        /// <summary>من كل عام / من كل سنة after a day and month.</summary>
        private static bool TryEveryYear(ReadOnlySpan<char> text, int position, out int end)
        {
            end = position;
            int p = SkipSpaces(text, position);
            if (!DateLexicon.TryMatch(text, p, DateWordRoles.From, out _, out int fromEnd))
            {
                return false;
            }

            p = SkipSpaces(text, fromEnd);
            if (!DateLexicon.TryMatch(text, p, DateWordRoles.Every, out _, out int everyEnd))
            {
                return false;
            }

            p = SkipSpaces(text, everyEnd);
            return DateLexicon.TryMatch(text, p, DateWordRoles.YearCue, out _, out end);
        }

        /// <summary>عام 2014، العام 2017، سنة 2003، عام 1445 هـ، عام ( 1325 ) هجري، العام القادم 2011، العام الماضي.</summary>
        private static bool TryYearCue(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            int numberEnd = ReadYearNumber(text, p, out int number, out int digits);
            if (numberEnd < 0 && TryModifier(text, wordEnd, out _, out int modifierEnd))
            {
                // العام القادم 2011: the written year wins and needs no reference; a count (العام الماضي 3) is no year.
                p = SkipSpaces(text, modifierEnd);
                numberEnd = ReadYearNumber(text, p, out number, out digits);
                if (numberEnd > 0 && (digits != 4 || number < MinBareYear || number > MaxBareYear))
                {
                    numberEnd = -1;
                }
            }

            if (numberEnd > 0)
            {
                if (digits < 3 || ContinuesNumber(text, numberEnd) || number < 1 || number > MaxYear)
                {
                    return false;
                }

                date.Precision = DatePrecision.Year;
                date.Year = number;
                date.Start = start;
                date.End = numberEnd;
                if (TryEra(text, numberEnd, out var calendar, out int eraEnd))
                {
                    date.Calendar = calendar;
                    date.End = eraEnd;
                }

                return true;
            }

            return TryRelativeUnit(text, start, DateWordRoles.UnitYear, wordEnd, ref date);
        }

        /// <summary>الشهر الماضي، الأسبوع المقبل، العام الحالي.</summary>
        private static bool TryRelativeUnit(ReadOnlySpan<char> text, int start, DateWord word, int wordEnd, ref ParsedDate date)
        {
            var unit = word.Has(DateWordRoles.UnitYear) ? DateWordRoles.UnitYear
                : word.Has(DateWordRoles.UnitMonth) ? DateWordRoles.UnitMonth
                : word.Has(DateWordRoles.UnitWeek) ? DateWordRoles.UnitWeek
                : DateWordRoles.UnitDay;
            return unit != DateWordRoles.UnitDay && TryRelativeUnit(text, start, unit, wordEnd, ref date);
        }

        private static bool TryRelativeUnit(ReadOnlySpan<char> text, int start, DateWordRoles unit, int wordEnd, ref ParsedDate date)
        {
            if (!TryModifier(text, wordEnd, out var relation, out int end))
            {
                return false;
            }

            date.Start = start;
            date.End = end;
            date.IsOffset = true;
            date.Offset = relation switch { Relation.Past => -1, Relation.Next => 1, _ => 0 };
            (date.OffsetUnit, date.Precision) = unit switch
            {
                DateWordRoles.UnitYear => (DurationUnit.Year, DatePrecision.Year),
                DateWordRoles.UnitMonth => (DurationUnit.Month, DatePrecision.Month),
                _ => (DurationUnit.Week, DatePrecision.Week),
            };
            return true;
        }

        /// <summary>هذا الشهر، هذا الأسبوع، هذا العام، هذا يناير: the reference's own.</summary>
        private bool TryThis(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            if (p == wordEnd || !DateLexicon.TryMatch(text, p, out var word, out _, out int end))
            {
                return false;
            }

            if (word!.Has(DateWordRoles.Month) && Allowed(word.Month!))
            {
                date.Start = start;
                date.End = end;
                date.Calendar = word.Month!.Systems == MonthSystems.Hijri ? DateCalendar.Hijri : DateCalendar.Gregorian;
                date.Precision = DatePrecision.Month;
                date.Month = word.Month.Month;
                date.Relation = Relation.Current;
                return true;
            }

            return TryCurrentUnit(word, start, end, ref date);
        }

        /// <summary>A year, month or week word (one of it, not a count) read as the reference's own.</summary>
        private static bool TryCurrentUnit(DateWord word, int start, int end, ref ParsedDate date)
        {
            if (!word.Has(DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear) || word.Number != 1)
            {
                return false;
            }

            date.Start = start;
            date.End = end;
            date.IsOffset = true;
            date.Offset = 0;
            (date.OffsetUnit, date.Precision) = word.Has(DateWordRoles.UnitYear) ? (DurationUnit.Year, DatePrecision.Year)
                : word.Has(DateWordRoles.UnitMonth) ? (DurationUnit.Month, DatePrecision.Month)
                : (DurationUnit.Week, DatePrecision.Week);
            return true;
        }

        /// <summary>صيف عام 2014، شتاء 2020.</summary>
        private static bool TrySeason(ReadOnlySpan<char> text, int start, int season, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            if (DateLexicon.TryMatch(text, p, DateWordRoles.YearCue, out _, out int cueEnd))
            {
                p = SkipSpaces(text, cueEnd);
            }

            int end = ReadNumber(text, p, out int year, out int digits);
            if (end < 0 || digits != 4 || year < MinYear || year > MaxYear || ContinuesNumber(text, end))
            {
                return false;
            }

            date.Start = start;
            date.End = TryEra(text, end, out _, out int eraEnd) ? eraEnd : end;
            date.Precision = DatePrecision.Season;
            date.Part = season;
            date.Year = year;
            date.Flags |= DateFlags.Approximate;
            return true;
        }

        /// <summary>منتصف أكتوبر، مطلع العام الماضي، أواخر عام 2019، منتصف الأسبوع الجاري: the value of the whole, approximate.</summary>
        private bool TryPart(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            if (p >= text.Length || p == wordEnd)
            {
                return false;
            }

            var whole = ParsedDate.At(p);
            if (ArabicLetters.IsAnyDigit(text[p]))
            {
                int end = ReadNumber(text, p, out int year, out int digits);
                if (end < 0 || digits != 4 || year < MinBareYear || year > MaxBareYear || ContinuesNumber(text, end))
                {
                    return false;
                }

                whole.Precision = DatePrecision.Year;
                whole.Year = year;
                whole.End = end;
            }
            else if (!DateLexicon.TryMatch(text, p, out var word, out int wordStart, out int nextEnd)
                || word!.Has(DateWordRoles.PartStart | DateWordRoles.PartMiddle | DateWordRoles.PartEnd | DateWordRoles.Weekday))
            {
                return false;
            }
            else if (word.Has(DateWordRoles.Month))
            {
                // منتصف مارس: a part word, like شهر, makes an ambiguous name a month.
                if (!TryMonthLed(text, wordStart, word.Month!, nextEnd, 0, ref whole, afterMonthWord: true))
                {
                    return false;
                }
            }
            else if (!TryWordLed(text, wordStart, word, nextEnd, ref whole) && !TryUnitOfTheReference(word, wordStart, nextEnd, ref whole))
            {
                return false;
            }

            if (whole.Precision is not (DatePrecision.Year or DatePrecision.Month or DatePrecision.Week or DatePrecision.Quarter)
                || whole.RangeEndYear != 0)
            {
                return false;
            }

            date = whole;
            date.Start = start;
            date.Flags |= DateFlags.Approximate;
            return true;
        }

        /// <summary>مطلع العام، نهاية الشهر: after a part word, the year, month or week with the article is the reference's own.</summary>
        private static bool TryUnitOfTheReference(DateWord word, int start, int end, ref ParsedDate date) =>
            word.Key.StartsWith("\u0627\u0644", StringComparison.Ordinal) && TryCurrentUnit(word, start, end, ref date);

        /// <summary>الربع الثالث [من] [عام] 2023.</summary>
        private static bool TryQuarter(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            if (!DateLexicon.TryMatch(text, p, DateWordRoles.Ordinal, out var ordinal, out int end) || ordinal!.Number > 4)
            {
                return false;
            }

            date.Start = start;
            date.Precision = DatePrecision.Quarter;
            date.Part = ordinal.Number;
            date.Relation = Relation.Unmarked;
            if (TryYearPart(text, end, DateCalendar.Gregorian, out int year, out int yearEnd))
            {
                date.Year = year;
                date.Relation = Relation.None;
                end = yearEnd;
            }
            else if (TryModifierYear(text, end, out var relation, out int modifierEnd))
            {
                date.Relation = relation;
                end = modifierEnd;
            }

            date.End = end;
            return true;
        }

        /// <summary>من العام الحالي / من هذا العام-like tails after a quarter: [من] العام + modifier.</summary>
        private static bool TryModifierYear(ReadOnlySpan<char> text, int position, out Relation relation, out int end)
        {
            relation = Relation.None;
            end = position;
            int p = SkipSpaces(text, position);
            if (DateLexicon.TryMatch(text, p, DateWordRoles.From, out _, out int fromEnd))
            {
                p = SkipSpaces(text, fromEnd);
            }

            if (DateLexicon.TryMatch(text, p, DateWordRoles.This, out _, out int thisEnd))
            {
                relation = Relation.Current;
                return DateLexicon.TryMatch(text, SkipSpaces(text, thisEnd), DateWordRoles.YearCue, out _, out end);
            }

            return DateLexicon.TryMatch(text, p, DateWordRoles.YearCue, out _, out int cueEnd) && TryModifier(text, cueEnd, out relation, out end);
        }

        /// <summary>قبل يومين، بعد ثلاثة أيام، قبل 5 سنوات; or, failing that, قبل 2011.</summary>
        private static bool TryOffset(ReadOnlySpan<char> text, int start, int sign, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            int amount;
            int end;
            if (DateLexicon.TryMatch(text, p, out var word, out _, out end) && word!.Has(DateWordRoles.UnitDay | DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear))
            {
                amount = word.Number; // يومين: the dual carries its count; يوم alone is one
                if (amount == 0)
                {
                    return false;
                }
            }
            else
            {
                if (word is not null && word.Has(DateWordRoles.Cardinal))
                {
                    amount = word.Number;
                }
                else
                {
                    end = ReadNumber(text, p, out amount, out int digits);
                    if (end < 0 || digits > 3 || amount < 1)
                    {
                        return false;
                    }
                }

                p = SkipSpaces(text, end);
                if (!DateLexicon.TryMatch(text, p, out word, out _, out end) || !word!.Has(DateWordRoles.UnitDay | DateWordRoles.UnitWeek | DateWordRoles.UnitMonth | DateWordRoles.UnitYear))
                {
                    return false;
                }
            }

            date.Start = start;
            date.End = end;
            date.IsOffset = true;
            date.Offset = sign * amount;
            (date.OffsetUnit, date.Precision) = word.Has(DateWordRoles.UnitDay) ? (DurationUnit.Day, DatePrecision.Day)
                : word.Has(DateWordRoles.UnitWeek) ? (DurationUnit.Week, DatePrecision.Day)
                : word.Has(DateWordRoles.UnitMonth) ? (DurationUnit.Month, DatePrecision.Month)
                : (DurationUnit.Year, DatePrecision.Year);
            return true;
        }

        /// <summary>في 2011، منذ 2003، في ( 1965 )، بتاريخ ( 1996 ): a bare four-digit year after a preposition.</summary>
        private static bool TryBareYear(ReadOnlySpan<char> text, int start, int wordEnd, ref ParsedDate date)
        {
            int p = SkipSpaces(text, wordEnd);
            int end = ReadYearNumber(text, p, out int year, out int digits);
            if (end < 0 || p == wordEnd || digits != 4 || ContinuesNumber(text, end) || (end < text.Length && text[end] == ':'))
            {
                return false;
            }

            bool hasEra = TryEra(text, end, out var calendar, out int eraEnd);
            if (!hasEra && (year < MinBareYear || year > MaxBareYear))
            {
                return false;
            }

            date.Start = start;
            date.End = hasEra ? eraEnd : end;
            date.Calendar = hasEra ? calendar : DateCalendar.Gregorian;
            date.Precision = DatePrecision.Year;
            date.Year = year;
            return true;
        }

        // ---- Times -------------------------------------------------------------------------------------------

        private static bool TryTimeAlone(ReadOnlySpan<char> text, int position, ref ParsedDate date)
        {
            if (!TryClockTime(text, position, afterHourWord: false, out int hour, out int minute, out int end))
            {
                return false;
            }

            date.Precision = DatePrecision.TimeOfDay;
            date.HasTime = true;
            date.Hour = hour;
            date.Minute = minute;
            date.End = end;
            return true;
        }

        /// <summary>12:28، 12:28 م، 9:15 ص، 8 مساءً (after الساعة)، الثامنة مساءً، الثامنة والنصف.</summary>
        private static bool TryClockTime(ReadOnlySpan<char> text, int position, bool afterHourWord, out int hour, out int minute, out int end)
        {
            hour = 0;
            minute = 0;
            end = ReadNumber(text, position, out int h, out int digits);
            if (end > 0)
            {
                if (digits > 2)
                {
                    return false;
                }

                if (end + 2 < text.Length && text[end] == ':' && ArabicLetters.IsAnyDigit(text[end + 1]) && ArabicLetters.IsAnyDigit(text[end + 2]))
                {
                    minute = Digit(text[end + 1]) * 10 + Digit(text[end + 2]);
                    end += 3;
                    if (end + 2 < text.Length && text[end] == ':' && ArabicLetters.IsAnyDigit(text[end + 1]) && ArabicLetters.IsAnyDigit(text[end + 2]))
                    {
                        end += 3; // seconds are read and dropped: the grammar's finest unit is the minute
                    }

                    if (end < text.Length && ArabicLetters.IsAnyDigit(text[end]))
                    {
                        return false;
                    }
                }
                else if (!afterHourWord)
                {
                    return false;
                }
            }
            else if (DateLexicon.TryMatch(text, position, DateWordRoles.ClockHour, out var clock, out end))
            {
                h = clock!.Number;
                int p = SkipSpaces(text, end);
                if (DateLexicon.TryMatch(text, p, DateWordRoles.HalfHour, out var half, out int halfEnd))
                {
                    minute = half!.Number;
                    end = halfEnd;
                }
            }
            else
            {
                return false;
            }

            if (h > 23 || minute > 59)
            {
                return false;
            }

            int q = SkipSpaces(text, end);
            if (DateLexicon.TryMatch(text, q, DateWordRoles.DayPeriod, out var period, out int periodEnd))
            {
                if (h > 12)
                {
                    return false;
                }

                h = DayPeriod.ToHour24(h, period!.Number);
                end = periodEnd;
            }

            hour = h;
            return true;
        }

        /// <summary>A time after a day: " - 12:28 م", " | 12:32", "، الساعة الثامنة مساءً".</summary>
        private static void TryTimeTail(ReadOnlySpan<char> text, ref ParsedDate date)
        {
            int p = SkipSpaces(text, date.End);
            if (p < text.Length && text[p] is '-' or '\u2013' or '|' or ',' or ArabicLetters.ArabicComma)
            {
                p = SkipSpaces(text, p + 1);
            }

            bool hourWord = DateLexicon.TryMatch(text, p, DateWordRoles.Hour, out _, out int hourEnd);
            if (hourWord)
            {
                p = SkipSpaces(text, hourEnd);
            }

            if (TryClockTime(text, p, hourWord, out int hour, out int minute, out int end))
            {
                date.HasTime = true;
                date.Hour = hour;
                date.Minute = minute;
                date.Precision = DatePrecision.Minute;
                date.End = end;
            }
        }

        /// <summary>13 رمضان 1445هـ الموافق 23 مارس 2024م: the second half, kept for the calendar check.</summary>
        private static void TryCorrespondingTail(ReadOnlySpan<char> text, ref ParsedDate date)
        {
            int p = SkipSpaces(text, date.End);
            bool parenthesis = false;
            if (p < text.Length && text[p] is '(' or '-' or ',' or ArabicLetters.ArabicComma)
            {
                parenthesis = text[p] == '(';
                p = SkipSpaces(text, p + 1);
            }

            if (!DateLexicon.TryMatch(text, p, DateWordRoles.Corresponding, out _, out int wordEnd))
            {
                return;
            }

            p = SkipSpaces(text, wordEnd);
            if (p + 1 < text.Length && MatchingFold.Fold(text[p]) == '\u0644'
                && (text[p + 1] == ArabicLetters.Tatweel || !ArabicLetters.IsArabicWordCharacter(text[p + 1])))
            {
                p++; // الموافق لـ 23 مارس: the preposition written apart, usually with a tatweel
                while (p < text.Length && text[p] == ArabicLetters.Tatweel)
                {
                    p++;
                }

                p = SkipSpaces(text, p);
            }

            var grammar = new DateGrammar(MonthSystems.Gregorian | MonthSystems.Hijri, monthFirst: false);
            if (!grammar.TryParseDay(text, p, out var second) || second.Year == 0)
            {
                return;
            }

            int end = second.End;
            if (parenthesis)
            {
                int close = SkipSpaces(text, end);
                if (close < text.Length && text[close] == ')')
                {
                    end = close + 1;
                }
            }

            date.HasCorresponding = true;
            date.CorrespondingCalendar = second.Calendar;
            date.CorrespondingYear = second.Year;
            date.CorrespondingMonth = second.Month;
            date.CorrespondingDay = second.Day;
            if (second.HasTime && !date.HasTime)
            {
                date.HasTime = true;
                date.Hour = second.Hour;
                date.Minute = second.Minute;
                date.Precision = DatePrecision.Minute;
            }

            date.End = end;
        }

        /// <summary>A day (number-led or ordinal-led) with no tail of its own.</summary>
        private bool TryParseDay(ReadOnlySpan<char> text, int position, out ParsedDate day)
        {
            if (TryParse(text, position, out day) && (day.Precision == DatePrecision.Day || day.Precision == DatePrecision.Minute)
                && !day.IsOffset && !day.WeekdayOnly && day.RangeEndDay == 0 && !day.HasCorresponding && day.Day > 0)
            {
                return true;
            }

            day = default;
            return false;
        }

        // ---- Tokens ------------------------------------------------------------------------------------------

        /// <summary>الماضي، المقبل، الجاري … after a word.</summary>
        private static bool TryModifier(ReadOnlySpan<char> text, int position, out Relation relation, out int end)
        {
            relation = Relation.None;
            int p = SkipSpaces(text, position);
            if (p == position || !DateLexicon.TryMatch(text, p, DateWordRoles.Past | DateWordRoles.Next | DateWordRoles.Current, out var word, out end))
            {
                end = position;
                return false;
            }

            relation = word!.Has(DateWordRoles.Past) ? Relation.Past : word.Has(DateWordRoles.Next) ? Relation.Next : Relation.Current;
            return true;
        }

        /// <summary>An era after a year, attached (2021م، 1445هـ) or after a space (1445 هـ، 2014 ميلادي).</summary>
        private static bool TryEra(ReadOnlySpan<char> text, int position, out DateCalendar calendar, out int end)
        {
            calendar = DateCalendar.Gregorian;
            int p = SkipSpaces(text, position);
            if (!DateLexicon.TryMatch(text, p, DateWordRoles.EraHijri | DateWordRoles.EraGregorian, out var word, out end))
            {
                end = position;
                return false;
            }

            // "2021 - 12:28 م" never reaches here; a spaced م after a year is the era, not p.m.
            calendar = word!.Has(DateWordRoles.EraHijri) ? DateCalendar.Hijri : DateCalendar.Gregorian;
            return true;
        }

        /// <summary>الـ31، ال31: the article on a day number.</summary>
        private static bool TryArticleNumber(ReadOnlySpan<char> text, int position, out int day, out int end)
        {
            day = 0;
            end = position;
            if (position + 2 >= text.Length || MatchingFold.Fold(text[position]) != ArabicLetters.Alef || MatchingFold.Fold(text[position + 1]) != '\u0644')
            {
                return false;
            }

            int p = position + 2;
            int limit = Math.Min(text.Length, p + 4);
            while (p < limit && (text[p] == ArabicLetters.Tatweel || text[p] == '-' || MatchingFold.Fold(text[p]) == '\0'))
            {
                p++;
            }

            end = ReadNumber(text, p, out day, out int digits);
            return end > 0 && digits <= 2;
        }

        /// <summary>
        /// Just after a date separator (/ - . \) at <paramref name="end"/>, with at most one space on each side (15 / 1 / 1959,
        /// as tokenised or hand-typed text spaces it; one space keeps the look-ahead bounded); −1 when there is none.
        /// </summary>
        private static int AfterSeparator(ReadOnlySpan<char> text, int end, out char separator, out bool spaced)
        {
            separator = '\0';
            spaced = false;
            int p = end;
            if (p < 0)
            {
                return -1;
            }

            if (p < text.Length && IsSpace(text[p]))
            {
                p++;
                spaced = true;
            }

            if (p >= text.Length || text[p] is not ('/' or '-' or '.' or '\\'))
            {
                return -1;
            }

            separator = text[p++];
            if (p < text.Length && IsSpace(text[p]))
            {
                p++;
                spaced = true;
            }

            return p;
        }

        /// <summary>Whether the same separator and another number (not a time) follow a spaced date: 1 / 2 / 2020 / 5.</summary>
        private static bool ContinuesSpaced(ReadOnlySpan<char> text, int end, char separator)
        {
            int p = AfterSeparator(text, end, out char next, out _);
            if (p < 0 || next != separator)
            {
                return false;
            }

            int numberEnd = ReadNumber(text, p, out _, out _);
            return numberEnd > 0 && (numberEnd >= text.Length || text[numberEnd] != ':');
        }

        /// <summary>Whether a number continues past <paramref name="end"/> (more digits, or a separator and a digit: 10.1.1.1, 1/2/3/4).</summary>
        private static bool ContinuesNumber(ReadOnlySpan<char> text, int end) =>
            end < text.Length && (ArabicLetters.IsAnyDigit(text[end])
                || (text[end] is '/' or '.' or '-' or ',' or '\\' or '\u066B' or '\u066C' && end + 1 < text.Length && ArabicLetters.IsAnyDigit(text[end + 1])));

        /// <summary>
        /// Reads one to four digits (ASCII, Arabic-Indic, extended Arabic-Indic, mixed) at <paramref name="position"/>; −1
        /// when there is no digit or the run is longer than four (a quantity or a phone number, never a date part).
        /// </summary>
        private static int ReadNumber(ReadOnlySpan<char> text, int position, out int value, out int digits)
        {
            value = 0;
            digits = 0;
            int p = position;
            while (p < text.Length && digits <= 4)
            {
                int d = Digit(text[p]);
                if (d < 0)
                {
                    break;
                }

                value = value * 10 + d;
                digits++;
                p++;
            }

            return digits == 0 || digits > 4 ? -1 : p;
        }

        /// <summary>The value of a digit of any of the three systems, or −1.</summary>
        private static int Digit(char c) =>
            (uint)(c - '0') <= 9 ? c - '0'
            : (uint)(c - '\u0660') <= 9 ? c - '\u0660'
            : (uint)(c - '\u06F0') <= 9 ? c - '\u06F0'
            : -1;

        internal static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t' or '\u200F' or '\u200E' or '\u061C' or '\u202F';

        private static int SkipSpaces(ReadOnlySpan<char> text, int position)
        {
            int limit = Math.Min(text.Length, position + MaxSpaces);
            int p = position;
            while (p < limit && IsSpace(text[p]))
            {
                p++;
            }

            return p;
        }

        private bool Allowed(MonthName month) => (month.Systems & _systems) != 0;

        private static int DaysIn(DateCalendar calendar, int year, int month)
        {
            if (calendar == DateCalendar.Hijri)
            {
                return year >= UmmAlQuraCalculator.FirstYear && year <= UmmAlQuraCalculator.LastYear ? HijriCalendar.GetDaysInMonth(year, month) : 30;
            }

            return year >= 1 && year <= 9999 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2000, month);
        }
    }
}
