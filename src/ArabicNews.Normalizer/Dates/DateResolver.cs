using System;
using ArabicNews.Calendars;

namespace ArabicNews.Dates
{
    /// <summary>
    /// Turns what the grammar read into a <see cref="DateMention"/>: fills a missing year from the reference date by the
    /// policy of the golden README (الماضي strictly before, المقبل strictly after, الحالي the reference's own year, no
    /// modifier the most recent not after), computes offsets, converts between calendars and checks the text against
    /// itself (weekday, dual date).
    /// </summary>
    internal readonly struct DateResolver
    {
        private readonly ResolutionPolicy _policy;
        private readonly HijriCalendarKind _hijriKind;

        public DateResolver(ResolutionPolicy policy, HijriCalendarKind hijriKind)
        {
            _policy = policy;
            _hijriKind = hijriKind;
        }

        public bool TryResolve(in ParsedDate parsed, string text, DateTime? reference, out DateMention? mention)
        {
            mention = null;
            var d = parsed;
            var flags = d.Flags;
            DateTime? refDay = reference?.Date;
            if (d.IsDuration)
            {
                var length = TemporalValue.Duration(d.DurationAmount, d.DurationUnit);
                mention = new DateMention(text, d.Start, d.End - d.Start, DateMentionKind.Duration, length, length, null, flags | DateFlags.Duration);
                return true;
            }

            if (d.IsOffset)
            {
                if (refDay is null || !TryApplyOffset(ref d, refDay.Value))
                {
                    return false;
                }

                flags |= DateFlags.Relative;
            }
            else if (d.WeekdayOnly)
            {
                if (refDay is null)
                {
                    return false;
                }

                var day = NearestWeekday(refDay.Value, (DayOfWeek)d.Weekday, d.Relation);
                (d.Year, d.Month, d.Day) = (day.Year, day.Month, day.Day);
                flags |= DateFlags.Relative;
            }
            else if (d.HasYearOffset)
            {
                flags |= DateFlags.Relative;
                if (refDay is not null && TryReferenceIn(d.Calendar, refDay.Value, out int refYear, out _, out _))
                {
                    d.Year = refYear + d.YearOffset;
                }
            }
            else if (d.Year == 0 && (flags & DateFlags.Recurring) == 0 && d.Precision != DatePrecision.TimeOfDay)
            {
                flags |= DateFlags.Relative;
                if (refDay is not null && TryReferenceIn(d.Calendar, refDay.Value, out int refYear, out int refMonth, out int refDayOfMonth))
                {
                    d.Year = PickYear(d, refYear, refMonth, refDayOfMonth);
                }
            }

            if (d.Day == -1)
            {
                d.Day = DaysIn(d.Calendar, d.Year, d.Month);
            }

            if (!TryBuildValue(d, out var value, out var start))
            {
                return false;
            }

            TemporalValue? gregorian = value;
            DateValue? hijri = null;
            if (d.Calendar == DateCalendar.Hijri)
            {
                gregorian = ToGregorian(d, start);
                hijri = start;
            }
            else if (value.Start.TryGetDate(out var gregorianDay) && !value.IsInterval
                && HijriCalendar.TryFromGregorian(gregorianDay, out var hijriDay, _hijriKind))
            {
                hijri = DateValue.ForDay(hijriDay.Year, hijriDay.Month, hijriDay.Day, DateCalendar.Hijri);
            }

            if (d.Weekday >= 0 && !d.WeekdayOnly && GregorianDay(d) is DateTime written && written.DayOfWeek != (DayOfWeek)d.Weekday)
            {
                flags |= DateFlags.WeekdayMismatch;
            }

            if (d.HasCorresponding && !HalvesAgree(d))
            {
                flags |= DateFlags.CalendarMismatch;
            }

            var kind = KindOf(d);
            mention = new DateMention(text, d.Start, d.End - d.Start, kind, value, gregorian, hijri, flags);
            return true;
        }

        private static DateMentionKind KindOf(in ParsedDate d)
        {
            if (d.RangeEndDay != 0 || d.RangeEndYear != 0)
            {
                return DateMentionKind.Range;
            }

            return d.Precision switch
            {
                DatePrecision.Year => DateMentionKind.Year,
                DatePrecision.Season => DateMentionKind.Season,
                DatePrecision.Quarter => DateMentionKind.Quarter,
                DatePrecision.Month => DateMentionKind.Month,
                DatePrecision.Week => DateMentionKind.Week,
                DatePrecision.TimeOfDay => DateMentionKind.Time,
                _ => d.HasTime ? DateMentionKind.DateTime : DateMentionKind.Date,
            };
        }

        private bool TryBuildValue(in ParsedDate d, out TemporalValue value, out DateValue start)
        {
            value = default;
            start = default;
            if (d.Year < 0 || d.Year > 9999)
            {
                return false;
            }

            switch (d.Precision)
            {
                case DatePrecision.TimeOfDay:
                    start = DateValue.ForTimeOfDay(d.Hour, d.Minute);
                    break;
                case DatePrecision.Year:
                    start = DateValue.Create(d.Calendar, DatePrecision.Year, d.Year, 0, 0, 0, 0, 0);
                    break;
                case DatePrecision.Season:
                case DatePrecision.Quarter:
                case DatePrecision.Week:
                    start = DateValue.Create(DateCalendar.Gregorian, d.Precision, d.Year, 0, 0, 0, 0, d.Part);
                    break;
                case DatePrecision.Month:
                    start = DateValue.Create(d.Calendar, DatePrecision.Month, d.Year, d.Month, 0, 0, 0, 0);
                    break;
                default:
                    if (d.Day < 1 || d.Day > DaysIn(d.Calendar, d.Year, d.Month) || (d.Calendar == DateCalendar.Hijri && d.Year != 0 && InUmmAlQura(d.Year)
                        && !HijriCalendar.IsValid(new HijriDate(d.Year, d.Month, d.Day), _hijriKind)))
                    {
                        return false;
                    }

                    start = d.HasTime
                        ? DateValue.Create(d.Calendar, DatePrecision.Minute, d.Year, d.Month, d.Day, d.Hour, d.Minute, 0)
                        : DateValue.Create(d.Calendar, DatePrecision.Day, d.Year, d.Month, d.Day, 0, 0, 0);
                    break;
            }

            if (d.RangeEndYear != 0)
            {
                value = TemporalValue.Interval(start, DateValue.Create(d.Calendar, DatePrecision.Year, d.RangeEndYear, 0, 0, 0, 0, 0));
            }
            else if (d.RangeEndDay != 0)
            {
                if (d.RangeEndDay > DaysIn(d.Calendar, d.Year, d.Month))
                {
                    return false;
                }

                value = TemporalValue.Interval(start, DateValue.Create(d.Calendar, DatePrecision.Day, d.Year, d.Month, d.RangeEndDay, 0, 0, 0));
            }
            else
            {
                value = start;
            }

            return true;
        }

        /// <summary>The Gregorian value of a Hijri mention: a day, or the inclusive interval of days of a month or year.</summary>
        private TemporalValue? ToGregorian(in ParsedDate d, DateValue start)
        {
            if (d.Year == 0 || !InUmmAlQura(d.Year) && _hijriKind == HijriCalendarKind.UmmAlQura)
            {
                return null;
            }

            try
            {
                switch (d.Precision)
                {
                    case DatePrecision.Year:
                        return Interval(new HijriDate(d.Year, 1, 1), new HijriDate(d.Year, 12, HijriCalendar.GetDaysInMonth(d.Year, 12, _hijriKind)));
                    case DatePrecision.Month:
                        return Interval(new HijriDate(d.Year, d.Month, 1), new HijriDate(d.Year, d.Month, HijriCalendar.GetDaysInMonth(d.Year, d.Month, _hijriKind)));
                    case DatePrecision.Day:
                    case DatePrecision.Minute:
                        if (!HijriCalendar.TryToGregorian(new HijriDate(d.Year, d.Month, d.Day), out var day, _hijriKind))
                        {
                            return null;
                        }

                        var gregorianStart = d.HasTime
                            ? DateValue.ForDateTime(day.Year, day.Month, day.Day, start.Hour, start.Minute)
                            : DateValue.ForDay(day.Year, day.Month, day.Day);
                        if (d.RangeEndDay != 0 && HijriCalendar.TryToGregorian(new HijriDate(d.Year, d.Month, d.RangeEndDay), out var last, _hijriKind))
                        {
                            return TemporalValue.Interval(gregorianStart, DateValue.ForDay(last.Year, last.Month, last.Day));
                        }

                        return gregorianStart;
                    default:
                        return null;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return null; // a year at the edge of the tabular range
            }
        }

        private TemporalValue? Interval(HijriDate first, HijriDate last)
        {
            if (!HijriCalendar.TryToGregorian(first, out var a, _hijriKind) || !HijriCalendar.TryToGregorian(last, out var b, _hijriKind))
            {
                return null;
            }

            return TemporalValue.Interval(DateValue.ForDay(a.Year, a.Month, a.Day), DateValue.ForDay(b.Year, b.Month, b.Day));
        }

        /// <summary>The Gregorian day a parsed day names, if it names one.</summary>
        private DateTime? GregorianDay(in ParsedDate d) => ToDay(d.Calendar, d.Year, d.Month, d.Day);

        private DateTime? ToDay(DateCalendar calendar, int year, int month, int day)
        {
            if (year == 0 || day < 1)
            {
                return null;
            }

            if (calendar == DateCalendar.Gregorian)
            {
                return day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;
            }

            return year <= 9999 && HijriCalendar.TryToGregorian(new HijriDate(year, month, Math.Min(day, 30)), out var g, _hijriKind) ? g : null;
        }

        private bool HalvesAgree(in ParsedDate d)
        {
            var first = GregorianDay(d);
            var second = ToDay(d.CorrespondingCalendar, d.CorrespondingYear, d.CorrespondingMonth, d.CorrespondingDay);
            return first is null || second is null || first.Value == second.Value;
        }

        private static bool TryApplyOffset(ref ParsedDate d, DateTime reference)
        {
            try
            {
                switch (d.OffsetUnit)
                {
                    case DurationUnit.Day:
                        Set(ref d, reference.AddDays(d.Offset));
                        return true;
                    case DurationUnit.Week when d.Precision == DatePrecision.Week:
                        var (isoYear, week) = IsoWeek.Of(reference.AddDays(7 * d.Offset));
                        d.Year = isoYear;
                        d.Part = week;
                        return true;
                    case DurationUnit.Week:
                        Set(ref d, reference.AddDays(7 * d.Offset));
                        return true;
                    case DurationUnit.Month:
                        var month = reference.AddMonths(d.Offset);
                        d.Year = month.Year;
                        d.Month = month.Month;
                        return true; // a day written before it (31 من هذا الشهر) is kept
                    default:
                        d.Year = reference.Year + d.Offset;
                        return d.Year >= 1 && d.Year <= 9999;
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return false; // an offset past year 1 or 9999
            }
        }

        private static void Set(ref ParsedDate d, DateTime day) => (d.Year, d.Month, d.Day) = (day.Year, day.Month, day.Day);

        private static DateTime NearestWeekday(DateTime reference, DayOfWeek weekday, Relation relation)
        {
            int back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
            int forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
            return relation switch
            {
                Relation.Past => reference.AddDays(back == 0 ? -7 : -back),
                Relation.Next => reference.AddDays(forward == 0 ? 7 : forward),
                _ => reference.AddDays(-back),
            };
        }

        private bool TryReferenceIn(DateCalendar calendar, DateTime reference, out int year, out int month, out int day)
        {
            if (calendar == DateCalendar.Gregorian)
            {
                (year, month, day) = (reference.Year, reference.Month, reference.Day);
                return true;
            }

            if (HijriCalendar.TryFromGregorian(reference, out var hijri, _hijriKind))
            {
                (year, month, day) = (hijri.Year, hijri.Month, hijri.Day);
                return true;
            }

            year = month = day = 0;
            return false;
        }

        /// <summary>The year of a day, month or quarter written without one, by its modifier or the policy.</summary>
        private int PickYear(in ParsedDate d, int refYear, int refMonth, int refDay)
        {
            // Compare within the year: month and day (a quarter by its first month, a last-day-of-month by day 31).
            int month = d.Precision == DatePrecision.Quarter ? (d.Part - 1) * 3 + 1 : d.Precision == DatePrecision.Season ? 0 : d.Month;
            int refMonthCompared = d.Precision == DatePrecision.Quarter ? (refMonth - 1) / 3 * 3 + 1 : refMonth;
            bool byDay = d.Precision == DatePrecision.Day || d.Precision == DatePrecision.Minute;
            int day = d.Day == -1 ? 31 : d.Day;
            int order = month != refMonthCompared ? month.CompareTo(refMonthCompared) : byDay ? day.CompareTo(refDay) : 0;
            return d.Relation switch
            {
                Relation.Past => order < 0 ? refYear : refYear - 1,
                Relation.Next => order > 0 ? refYear : refYear + 1,
                Relation.Current => refYear,
                _ when _policy == ResolutionPolicy.Upcoming => order >= 0 ? refYear : refYear + 1,
                _ => order <= 0 ? refYear : refYear - 1,
            };
        }

        private static bool InUmmAlQura(int year) => year >= UmmAlQuraCalculator.FirstYear && year <= UmmAlQuraCalculator.LastYear;

        private int DaysIn(DateCalendar calendar, int year, int month)
        {
            if (calendar == DateCalendar.Hijri)
            {
                return year != 0 && (InUmmAlQura(year) || _hijriKind == HijriCalendarKind.Tabular) && year <= 9000 ? HijriCalendar.GetDaysInMonth(year, month, _hijriKind) : 30;
            }

            return year >= 1 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        }
    }
}
