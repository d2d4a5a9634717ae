using System;
using System.Collections.Generic;
using ArabicNews.Calendars;
using ArabicNews.Text;

namespace ArabicNews.Dates
{
    /// <summary>
    /// Every word a date expression is built from (month names from <see cref="MonthNames"/>, weekday names from
    /// <see cref="WeekdayNames"/>, and the cue words below), found at a position of raw text under the normalizer's matching
    /// fold with one hash lookup on the first four folded letters of the word. Longest match wins (الحادي والعشرين over
    /// الحادي); a proclitic و ب ل ف is tried when the whole word matches nothing.
    /// </summary>
    internal static class DateLexicon
    {
        private const DateWordRoles Past = DateWordRoles.Past;
        private const DateWordRoles Next = DateWordRoles.Next;
        private const DateWordRoles Current = DateWordRoles.Current;

        // Cue words of Modern Standard Arabic news, with the spellings the matching fold does not already unify.
        private static readonly (string Text, DateWordRoles Roles, int Number)[] CueWords =
        {
            ("عام", DateWordRoles.YearCue | DateWordRoles.UnitYear, 1),
            ("العام", DateWordRoles.YearCue | DateWordRoles.UnitYear, 1),
            ("سنة", DateWordRoles.YearCue | DateWordRoles.UnitYear, 1),
            ("السنة", DateWordRoles.YearCue | DateWordRoles.UnitYear, 1),
            ("للعام", DateWordRoles.YearCue, 1), ("للسنة", DateWordRoles.YearCue, 1), // ل + العام drops the article's alef
            ("تاريخ", DateWordRoles.Preposition, 0), // بتاريخ ( 1996 ): archive titles date an item by its year
            ("في", DateWordRoles.Preposition, 0),
            ("منذ", DateWordRoles.Preposition, 0),
            ("خلال", DateWordRoles.Preposition, 0),
            ("حتى", DateWordRoles.Preposition | DateWordRoles.To, 0),
            ("قبل", DateWordRoles.Preposition | DateWordRoles.Before, 0),
            ("بعد", DateWordRoles.Preposition | DateWordRoles.After, 0),
            ("الماضي", Past, 0), ("الماضية", Past, 0), ("المنصرم", Past, 0), ("المنصرمة", Past, 0),
            ("الفائت", Past, 0), ("الفائتة", Past, 0), ("السابق", Past, 0), ("السابقة", Past, 0),
            ("المقبل", Next, 0), ("المقبلة", Next, 0), ("القادم", Next, 0), ("القادمة", Next, 0), ("التالي", Next, 0), ("التالية", Next, 0),
            ("هذا", DateWordRoles.This, 0), ("هذه", DateWordRoles.This, 0),
            ("نحو", DateWordRoles.About, 0), ("حوالي", DateWordRoles.About, 0), ("قرابة", DateWordRoles.About, 0),
            ("زهاء", DateWordRoles.About, 0), ("أكثر من", DateWordRoles.About, 0), ("أقل من", DateWordRoles.About, 0),
            ("الحالي", Current, 0), ("الحالية", Current, 0), ("الجاري", Current, 0), ("الجارية", Current, 0),
            ("أمس", DateWordRoles.RelativeDay, -1), ("الأمس", DateWordRoles.RelativeDay, -1), ("البارحة", DateWordRoles.RelativeDay, -1),
            ("اليوم", DateWordRoles.RelativeDay, 0), ("غدا", DateWordRoles.RelativeDay, 1), ("الغد", DateWordRoles.RelativeDay, 1),
            ("بعد غد", DateWordRoles.RelativeDay, 2), ("بعد الغد", DateWordRoles.RelativeDay, 2), ("أول أمس", DateWordRoles.RelativeDay, -2),
            ("أول من أمس", DateWordRoles.RelativeDay, -2), ("أمس الأول", DateWordRoles.RelativeDay, -2),
            ("يوم", DateWordRoles.UnitDay, 1), ("يوما", DateWordRoles.UnitDay, 1), ("يومين", DateWordRoles.UnitDay, 2),
            ("يومان", DateWordRoles.UnitDay, 2), ("أيام", DateWordRoles.UnitDay, 0),
            ("أسبوع", DateWordRoles.UnitWeek, 1), ("أسبوعا", DateWordRoles.UnitWeek, 1), ("أسبوعين", DateWordRoles.UnitWeek, 2),
            ("أسابيع", DateWordRoles.UnitWeek, 0), ("الأسبوع", DateWordRoles.UnitWeek, 1),
            ("شهر", DateWordRoles.UnitMonth | DateWordRoles.MonthWord, 1), ("شهرا", DateWordRoles.UnitMonth, 1),
            ("شهرين", DateWordRoles.UnitMonth, 2), ("أشهر", DateWordRoles.UnitMonth, 0), ("شهور", DateWordRoles.UnitMonth, 0),
            ("الشهر", DateWordRoles.UnitMonth, 1),
            ("عاما", DateWordRoles.UnitYear, 1), ("عامين", DateWordRoles.UnitYear, 2), ("أعوام", DateWordRoles.UnitYear, 0),
            ("سنتين", DateWordRoles.UnitYear, 2), ("سنوات", DateWordRoles.UnitYear, 0), ("سنين", DateWordRoles.UnitYear, 0),
            ("مطلع", DateWordRoles.PartStart, 0), ("أوائل", DateWordRoles.PartStart, 0), ("بداية", DateWordRoles.PartStart, 0),
            ("بدايات", DateWordRoles.PartStart, 0), ("مستهل", DateWordRoles.PartStart, 0),
            ("منتصف", DateWordRoles.PartMiddle, 0), ("أواسط", DateWordRoles.PartMiddle, 0),
            ("أواخر", DateWordRoles.PartEnd, 0), ("نهاية", DateWordRoles.PartEnd, 0), ("نهايات", DateWordRoles.PartEnd, 0),
            ("ربيع", DateWordRoles.Season, 1), ("الربيع", DateWordRoles.Season, 1),
            ("صيف", DateWordRoles.Season, 2), ("الصيف", DateWordRoles.Season, 2),
            ("خريف", DateWordRoles.Season, 3), ("الخريف", DateWordRoles.Season, 3),
            ("شتاء", DateWordRoles.Season, 4), ("الشتاء", DateWordRoles.Season, 4),
            ("الربع", DateWordRoles.Quarter, 0),
            ("غرة", DateWordRoles.FirstOf, 1), ("فاتح", DateWordRoles.FirstOf, 1), ("الفاتح", DateWordRoles.FirstOf, 1),
            ("النصف", DateWordRoles.HalfOf, 15), ("موفى", DateWordRoles.EndOf, 0),
            ("الساعة", DateWordRoles.Hour, 0),
            ("ص", DateWordRoles.DayPeriod, DayPeriod.Morning), ("صباحا", DateWordRoles.DayPeriod, DayPeriod.Morning),
            ("صباح", DateWordRoles.DayPeriod, DayPeriod.Morning), ("الصباح", DateWordRoles.DayPeriod, DayPeriod.Morning),
            ("فجرا", DateWordRoles.DayPeriod, DayPeriod.Morning), ("فجر", DateWordRoles.DayPeriod, DayPeriod.Morning),
            ("الفجر", DateWordRoles.DayPeriod, DayPeriod.Morning),
            ("ظهرا", DateWordRoles.DayPeriod, DayPeriod.Noon), ("الظهر", DateWordRoles.DayPeriod, DayPeriod.Noon),
            ("م", DateWordRoles.DayPeriod | DateWordRoles.EraGregorian, DayPeriod.Evening),
            ("مساء", DateWordRoles.DayPeriod, DayPeriod.Evening), ("مساءا", DateWordRoles.DayPeriod, DayPeriod.Evening),
            ("المساء", DateWordRoles.DayPeriod, DayPeriod.Evening), ("عصرا", DateWordRoles.DayPeriod, DayPeriod.Evening),
            ("العصر", DateWordRoles.DayPeriod, DayPeriod.Evening), ("ليلا", DateWordRoles.DayPeriod, DayPeriod.Night),
            ("ه", DateWordRoles.EraHijri, 0), ("هجري", DateWordRoles.EraHijri, 0), ("هجرية", DateWordRoles.EraHijri, 0),
            ("الهجري", DateWordRoles.EraHijri, 0), ("للهجرة", DateWordRoles.EraHijri, 0),
            ("ميلادي", DateWordRoles.EraGregorian, 0), ("ميلادية", DateWordRoles.EraGregorian, 0),
            ("الميلادي", DateWordRoles.EraGregorian, 0), ("للميلاد", DateWordRoles.EraGregorian, 0),
            ("الموافق", DateWordRoles.Corresponding, 0), ("الموافقة", DateWordRoles.Corresponding, 0),
            ("كل", DateWordRoles.Every, 0), ("من", DateWordRoles.From, 0), ("إلى", DateWordRoles.To, 0),
            ("ونصف", DateWordRoles.HalfHour, 30), ("والنصف", DateWordRoles.HalfHour, 30),
            ("وربع", DateWordRoles.HalfHour, 15), ("والربع", DateWordRoles.HalfHour, 15),
            ("واحد", DateWordRoles.Cardinal, 1), ("اثنين", DateWordRoles.Cardinal, 2), ("اثنان", DateWordRoles.Cardinal, 2),
            ("ثلاثة", DateWordRoles.Cardinal, 3), ("ثلاث", DateWordRoles.Cardinal, 3), ("أربعة", DateWordRoles.Cardinal, 4),
            ("أربع", DateWordRoles.Cardinal, 4), ("خمسة", DateWordRoles.Cardinal, 5), ("خمس", DateWordRoles.Cardinal, 5),
            ("ستة", DateWordRoles.Cardinal, 6), ("سبعة", DateWordRoles.Cardinal, 7), ("سبع", DateWordRoles.Cardinal, 7),
            ("ثمانية", DateWordRoles.Cardinal, 8), ("ثماني", DateWordRoles.Cardinal, 8), ("تسعة", DateWordRoles.Cardinal, 9),
            ("تسع", DateWordRoles.Cardinal, 9), ("عشرة", DateWordRoles.Cardinal, 10),
        };

        // Ordinal day numbers (masculine, agreeing with يوم): 1–10, 11–19 with عشر, 20, 21–29 with والعشرين, 30, 31.
        private static readonly string[] OrdinalUnits =
        {
            "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
        };

        // Feminine ordinals name the hour (الساعة الثامنة).
        private static readonly string[] ClockHours =
        {
            "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
            "الحادية عشرة", "الثانية عشرة",
        };

        private static readonly Dictionary<int, DateWord[]> Buckets = Build();

        // The same buckets for the lookup of every visited word (the dictionary above builds the filters).
        private static readonly IntKeyTable<DateWord[]> BucketTable = new IntKeyTable<DateWord[]>(Buckets);

        // One bit per hashed prefix of the buckets (a one-hash Bloom filter, 8 KB): almost every word that starts no
        // date word is turned away here, before the dictionary.
        private const int FilterBits = 1 << 16;
        private static readonly ulong[] Filter = BuildFilter();

        private static int FilterSlot(int prefix) => (int)(((uint)prefix * 2654435769u) >> 16);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool MayStart(int prefix)
        {
            int slot = FilterSlot(prefix);
            return (Filter[slot >> 6] & (1UL << (slot & 63))) != 0;
        }

        private static ulong[] BuildFilter()
        {
            var filter = new ulong[FilterBits / 64];
            foreach (int prefix in Buckets.Keys)
            {
                int slot = FilterSlot(prefix);
                filter[slot >> 6] |= 1UL << (slot & 63);
            }

            return filter;
        }

        /// <summary>
        /// The longest lexicon word at <paramref name="position"/> (or after a proclitic there), ending at a word boundary.
        /// <paramref name="start"/> is where the word itself begins, <paramref name="end"/> is just after it.
        /// </summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, out DateWord? word, out int start, out int end)
        {
            start = position;
            word = null;
            end = position;

            // One pass reads the first five letters: the first four key the whole word, letters two to five the word
            // after a proclitic.
            long packed = PrefixOf(text, position, out int letters, out int afterFour, out int afterFive);
            if (letters == 0)
            {
                return false;
            }

            // Every candidate of a bucket begins with the letters of its key, which the text was just found to hold: the
            // match goes on from after them.
            int whole = (int)(letters > PrefixLetters ? packed >> 6 : packed);
            if (TryCandidates(text, position, whole, Math.Min(letters, PrefixLetters), afterFour, out word, out end))
            {
                return true;
            }

            int first = (int)(packed >> (6 * (letters - 1))) - 1;
            if (letters < 2 || !IsProcliticSlot(first))
            {
                return false;
            }

            int rest = (int)(packed & ((1L << (6 * (letters - 1))) - 1));
            if (TryCandidates(text, position + 1, rest, letters - 1, letters > PrefixLetters ? afterFive : afterFour, out word, out end))
            {
                start = position + 1;
                return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a word that can begin a date expression (<see cref="DateGrammar.LeadingRoles"/>) may start at
        /// <paramref name="position"/>, itself or after a proclitic: false means
        /// <see cref="TryMatch(ReadOnlySpan{char}, int, out DateWord, out int, out int)"/> finds none there. It reads the
        /// word's first five letters once and asks one Bloom filter, without the dictionary. <paramref name="read"/> is
        /// where the reading stopped: every character before it, from <paramref name="position"/>, belongs to the word.
        /// </summary>
        public static bool MayMatch(ReadOnlySpan<char> text, int position, out int read)
        {
            long packed = ReadLetters(text, position, out int letters, out int i);
            read = i;
            if (letters == 0)
            {
                return false;
            }

            if (IsCutShort(text, position, letters, i))
            {
                return true;
            }

            long rest = AfterProclitic(packed, letters);
            if (MayLead(packed, LeadKind.Whole) || (rest != 0 && MayLead(rest, LeadKind.AfterProclitic)))
            {
                return true;
            }

            bool beforeYear = MayLead(packed, LeadKind.WholeBeforeYear) || (rest != 0 && MayLead(rest, LeadKind.AfterProcliticBeforeYear));
            bool beforeWord = MayLead(packed, LeadKind.WholeBeforeWord) || (rest != 0 && MayLead(rest, LeadKind.AfterProcliticBeforeWord));
            if (beforeYear)
            {
                // في، منذ، خلال begin an expression only with a year after them. Marks after the last letter belong to the word.
                int end = i;
                while (end < text.Length && MatchingFold.SlotOf(text[end]) == MatchingFold.Ignored)
                {
                    end++;
                }

                if (DateGrammar.IsNumberAfterSpace(text, end))
                {
                    return true;
                }
            }

            return beforeWord && MayBeFollowed(text, i);
        }

        /// <summary>
        /// Whether, after the rest of the word that <paramref name="position"/> is inside, what a word with only
        /// <see cref="DateGrammar.FollowedRoles"/> reads next may be there: after at most one <c>. - /</c> and any spaces,
        /// a digit, a bracket, or a word that may be a lexicon word (itself or after a proclitic) or a later word of a
        /// lexicon phrase (غد in بعد غد). False means no branch of such a word, and no phrase that begins with it, can read on.
        /// </summary>
        private static bool MayBeFollowed(ReadOnlySpan<char> text, int position)
        {
            // The word ends where a lexicon match of it ends: after its letters and marks, and after the invisible
            // characters a match reads through (حوا\u200Cلي).
            int p = position;
            while (p < text.Length)
            {
                char c = text[p];
                if (DateGrammar.IsSpace(c))
                {
                    // The word may end at a space that folds to nothing (U+200F, U+061C) or a match may read on through it:
                    // both are tried, the second only when the spaces all fold to nothing.
                    int after = p;
                    bool invisible = true;
                    while (after < text.Length && DateGrammar.IsSpace(text[after]))
                    {
                        invisible &= MatchingFold.Fold(text[after]) == '\0';
                        after++;
                    }

                    if (!invisible)
                    {
                        return MayBeginFollower(text, after);
                    }

                    if (MayBeginFollower(text, after))
                    {
                        return true;
                    }

                    p = after;
                    continue;
                }

                if (!ArabicLetters.IsArabicWordCharacter(c) && MatchingFold.Fold(c) != '\0')
                {
                    break;
                }

                p++;
            }

            // An ordinal may stand before . - / (2. أكتوبر, السابع- أكتوبر); spaces are skipped without bound, a superset
            // of the grammar's bounded skip and of a phrase's spaces.
            if (p < text.Length && text[p] is '.' or '-' or '/')
            {
                p++;
            }

            while (p < text.Length && DateGrammar.IsSpace(text[p]))
            {
                p++;
            }

            return MayBeginFollower(text, p);
        }

        /// <summary>Whether a number, a bracket, a lexicon word or a later word of a phrase may begin at <paramref name="position"/>.</summary>
        private static bool MayBeginFollower(ReadOnlySpan<char> text, int position)
        {
            if (position >= text.Length)
            {
                return false;
            }

            char next = text[position];
            if (ArabicLetters.IsAnyDigit(next) || next == '(')
            {
                return true;
            }

            long packed = ReadLetters(text, position, out int letters, out int read);
            if (letters == 0)
            {
                // A phrase's later word may begin with a mark; a lexicon word never does.
                return MatchingFold.SlotOf(next) == MatchingFold.Ignored || MatchingFold.Fold(next) == '\0';
            }

            if (IsCutShort(text, position, letters, read))
            {
                return true;
            }

            long rest = AfterProclitic(packed, letters);
            return MayLead(packed, LeadKind.Follower) || (rest != 0 && MayLead(rest, LeadKind.FollowerAfterProclitic));
        }

        /// <summary>
        /// Up to six folded letters of the word at <paramref name="position"/> (the first five are packed as in
        /// <see cref="PrefixOf"/>; a sixth only stops the reading), marks inside skipped. <paramref name="read"/> is
        /// where the reading stopped.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static long ReadLetters(ReadOnlySpan<char> text, int position, out int letters, out int read)
        {
            // The same letters as PrefixOf, in a loop of its own: this runs once for every word of the text.
            int limit = Math.Min(text.Length, position + PrefixReach);
            long packed = 0;
            int count = 0;
            int i = position;
            while (i < limit)
            {
                uint slot = MatchingFold.SlotOf(text[i]);
                if (slot < LetterSlots)
                {
                    if (count > PrefixLetters)
                    {
                        break;
                    }

                    packed = (packed << 6) | (slot + 1);
                    count++;
                }
                else if (slot != MatchingFold.Ignored || count == 0)
                {
                    break;
                }

                i++;
            }

            letters = count;
            read = i;
            return packed;
        }

        // Fewer than five letters are the whole word, unless the reading stopped at its bound or at an invisible
        // character that a lexicon match reads through (يناي\u200Cر): then nothing is known.
        private static bool IsCutShort(ReadOnlySpan<char> text, int position, int letters, int read) =>
            letters <= PrefixLetters && read < text.Length && (read == position + PrefixReach || MatchingFold.Fold(text[read]) == '\0');

        // Letters two to five when the first is a proclitic, else 0.
        private static long AfterProclitic(long packed, int letters)
        {
            int shift = 6 * (letters - 1);
            return letters >= 2 && IsProcliticSlot((int)(packed >> shift) - 1) ? packed & ((1L << shift) - 1) : 0;
        }

        // What a key of the word skip's filter stands for: a word by itself or after a proclitic, and whether the word
        // begins an expression only with a year after it (a preposition and nothing else: في 2011), or only with a word
        // or a number after it (بعد يومين، هذا الشهر، الأول من مارس, any phrase); and the words that may come after those.
        private enum LeadKind
        {
            Whole,
            AfterProclitic,
            WholeBeforeYear,
            AfterProcliticBeforeYear,
            WholeBeforeWord,
            AfterProcliticBeforeWord,
            Follower,
            FollowerAfterProclitic,
        }

        // The word skip's filter holds, for every word that can begin an expression, the first five letters of its first
        // word and, for the same word after a proclitic, the first four. Unlike a bucket key a shorter word stands for
        // itself alone, so عامل is not عام and الأميركية is not الأمس: the news words that share a bucket with a date word
        // are turned away too. It holds the same for every word of the lexicon as a follower, and the five letters of
        // every later word of a phrase. One-hash Bloom filter, 16 KB.
        private const int LeadFilterBits = 1 << 17;
        private static readonly ulong[] LeadFilter = BuildLeadFilter();

        private static int LeadSlot(long packed, LeadKind kind) =>
            (int)(((((ulong)packed << 3) | (ulong)kind) * 0x9E3779B97F4A7C15UL) >> 47);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool MayLead(long packed, LeadKind kind)
        {
            int slot = LeadSlot(packed, kind);
            return (LeadFilter[slot >> 6] & (1UL << (slot & 63))) != 0;
        }

        private static ulong[] BuildLeadFilter()
        {
            var filter = new ulong[LeadFilterBits / 64];
            void Set(long packed, LeadKind kind)
            {
                int slot = LeadSlot(packed, kind);
                filter[slot >> 6] |= 1UL << (slot & 63);
            }

            foreach (var candidates in Buckets.Values)
            {
                foreach (var word in candidates)
                {
                    string[] parts = word.Key.Split(' ');
                    var (whole, rest, letters) = LeadPrefixes(parts[0]);
                    Set(whole, LeadKind.Follower);
                    Set(rest, LeadKind.FollowerAfterProclitic);
                    for (int k = 1; k < parts.Length; k++)
                    {
                        Set(LeadPrefixes(parts[k]).Whole, LeadKind.Follower);
                    }

                    if (!word.Has(DateGrammar.LeadingRoles))
                    {
                        continue;
                    }

                    // The year test looks just after the word: only for a one-word key short enough to be read whole.
                    var leading = word.Roles & DateGrammar.LeadingRoles;
                    bool beforeYear = leading == DateWordRoles.Preposition && parts.Length == 1 && letters <= PrefixLetters;
                    bool beforeWord = !beforeYear && (parts.Length > 1 || (leading & ~DateGrammar.FollowedRoles) == 0);
                    Set(whole, beforeYear ? LeadKind.WholeBeforeYear : beforeWord ? LeadKind.WholeBeforeWord : LeadKind.Whole);
                    Set(rest, beforeYear ? LeadKind.AfterProcliticBeforeYear : beforeWord ? LeadKind.AfterProcliticBeforeWord : LeadKind.AfterProclitic);
                }
            }

            return filter;
        }

        // The first five folded letters of a key's word, and its first four as read after a proclitic.
        private static (long Whole, long AfterProclitic, int Letters) LeadPrefixes(string word)
        {
            long whole = 0;
            long rest = 0;
            int letters = 0;
            foreach (char c in word)
            {
                if (letters == PrefixLetters + 1)
                {
                    break;
                }

                long letter = MatchingFold.SlotOf(c) + 1;
                whole = (whole << 6) | letter;
                if (letters < PrefixLetters)
                {
                    rest = (rest << 6) | letter;
                }

                letters++;
            }

            return (whole, rest, letters);
        }

        /// <summary>
        /// The folded first word of every lexicon word that can begin an expression, except the words that begin one only
        /// as a preposition before a year (في 2011, منذ 2003: the year's digits find those). A word where <see cref="TryMatch(ReadOnlySpan{char}, int, out DateWord, out int, out int)"/>
        /// finds such a word, itself or after a proclitic, holds that first word letter for letter (marks, tatweel and
        /// invisible controls aside), which is what lets the extractor look only at the words that contain one.
        /// </summary>
        internal static IEnumerable<string> LeadingNeedles()
        {
            var needles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidates in Buckets.Values)
            {
                foreach (var word in candidates)
                {
                    int space = word.Key.IndexOf(' ');
                    string first = space < 0 ? word.Key : word.Key.Substring(0, space);
                    // A word whose only leading role is the preposition begins nothing but a bare year after spaces.
                    bool beforeYearOnly = (word.Roles & DateGrammar.LeadingRoles) == DateWordRoles.Preposition;
                    if (word.Has(DateGrammar.LeadingRoles) && !beforeYearOnly)
                    {
                        needles.Add(first);
                    }
                }
            }

            var sorted = new List<string>(needles);
            sorted.Sort(StringComparer.Ordinal);
            return sorted;
        }

        // Letter slots of the matching fold (a letter's code point minus U+0620) that the date scan names: the article's
        // two letters and the proclitics و ب ل ف.
        internal const byte AlefSlot = 0x0627 - 0x0620;
        internal const byte LamSlot = 0x0644 - 0x0620;
        internal const byte WawSlot = 0x0648 - 0x0620;
        internal const byte BehSlot = 0x0628 - 0x0620;
        internal const byte FehSlot = 0x0641 - 0x0620;

        internal static bool IsProcliticSlot(int slot) => slot == WawSlot || slot == BehSlot || slot == LamSlot || slot == FehSlot;

        /// <summary>Like the other overload, accepting only a word with one of <paramref name="roles"/>.</summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, DateWordRoles roles, out DateWord? word, out int end)
        {
            if (TryMatch(text, position, out word, out _, out end) && (word!.Roles & roles) != 0)
            {
                return true;
            }

            word = null;
            end = position;
            return false;
        }

        /// <summary>
        /// The longest word of the bucket of <paramref name="prefix"/> at <paramref name="position"/>, whose first
        /// <paramref name="matched"/> letters the text holds up to <paramref name="afterMatched"/>.
        /// </summary>
        private static bool TryCandidates(ReadOnlySpan<char> text, int position, int prefix, int matched, int afterMatched, out DateWord? word, out int end)
        {
            word = null;
            end = position;
            if (!MayStart(prefix) || !BucketTable.TryGetValue(prefix, out var candidates))
            {
                return false;
            }

            foreach (var candidate in candidates)
            {
                int matchEnd = PhraseMatcher<DateWord>.MatchKey(text, afterMatched, candidate.Key, matched);
                if (matchEnd > 0)
                {
                    word = candidate;
                    end = matchEnd;
                    return true;
                }
            }

            return false;
        }

        // Words are bucketed by their first four folded letters (fewer for a shorter first word): news words that are
        // no date word then fail on one hash lookup, and a bucket holds one or two candidates.
        private const int PrefixLetters = 4;

        /// <summary>
        /// Up to five folded letters of the word at a position, six bits each (the matching fold's letter slot plus one,
        /// so never 0), read with one table lookup per character; <paramref name="letters"/> is 0 if the position starts
        /// no Arabic letter. <paramref name="afterFour"/> is just after the fourth letter (or the last, when fewer),
        /// <paramref name="afterFive"/> just after the fifth (or the last).
        /// </summary>
        private static long PrefixOf(ReadOnlySpan<char> text, int position, out int letters, out int afterFour, out int afterFive)
        {
            long packed = 0;
            letters = 0;
            afterFour = position;
            afterFive = position;
            int limit = Math.Min(text.Length, position + PrefixReach);
            for (int i = position; i < limit && letters <= PrefixLetters; i++)
            {
                byte slot = MatchingFold.SlotOf(text[i]);
                if (slot == MatchingFold.Ignored)
                {
                    if (letters == 0)
                    {
                        return 0;
                    }

                    continue;
                }

                if (slot >= LetterSlots)
                {
                    break; // not a word character, or a digit: no lexicon word goes on
                }

                packed = (packed << 6) | (uint)(slot + 1);
                letters++;
                if (letters <= PrefixLetters)
                {
                    afterFour = i + 1;
                }

                afterFive = i + 1;
            }

            return packed;
        }

        // Marks between letters are few: the prefix is looked for within this many characters.
        private const int PrefixReach = 20;

        // Slots 0–62 are the letters U+0620–U+065E; 63 is any other word character (digits).
        internal const int LetterSlots = 63;

        private static int PrefixOfKey(string key)
        {
            int packed = 0;
            int letters = 0;
            foreach (char c in key)
            {
                if (c == ' ' || letters == PrefixLetters)
                {
                    break;
                }

                packed = (packed << 6) | (MatchingFold.SlotOf(c) + 1);
                letters++;
            }

            return packed;
        }

        private static Dictionary<int, DateWord[]> Build()
        {
            var byKey = new Dictionary<string, DateWord>(StringComparer.Ordinal);
            void Add(string text, DateWordRoles roles, int number, MonthName? month)
            {
                string key = PhraseMatcher<DateWord>.KeyOf(text);
                if (byKey.TryGetValue(key, out var existing))
                {
                    existing.Merge(roles, number, month);
                }
                else
                {
                    byKey[key] = new DateWord(key, roles, number, month);
                }
            }

            foreach (var name in MonthNames.All)
            {
                Add(name.Text, DateWordRoles.Month, 0, name);
            }

            foreach (var (text, day) in WeekdayNames.Entries)
            {
                Add(text, DateWordRoles.Weekday, (int)day, null);
                Add("يوم " + text, DateWordRoles.Weekday, (int)day, null);
            }

            foreach (var (text, roles, number) in CueWords)
            {
                Add(text, roles, number, null);
            }

            for (int day = 1; day <= 31; day++)
            {
                foreach (string text in OrdinalDay(day))
                {
                    Add(text, DateWordRoles.Ordinal, day, null);
                }
            }

            for (int hour = 1; hour <= ClockHours.Length; hour++)
            {
                Add(ClockHours[hour - 1], DateWordRoles.ClockHour, hour, null);
            }

            var buckets = new Dictionary<int, List<DateWord>>();
            foreach (var word in byKey.Values)
            {
                int prefix = PrefixOfKey(word.Key);
                if (!buckets.TryGetValue(prefix, out var list))
                {
                    buckets[prefix] = list = new List<DateWord>();
                }

                list.Add(word);
            }

            var result = new Dictionary<int, DateWord[]>();
            foreach (var pair in buckets)
            {
                pair.Value.Sort((a, b) => b.Key.Length != a.Key.Length ? b.Key.Length.CompareTo(a.Key.Length) : string.CompareOrdinal(a.Key, b.Key));
                result[pair.Key] = pair.Value.ToArray();
            }

            return result;
        }

        private static IEnumerable<string> OrdinalDay(int day)
        {
            if (day <= 10)
            {
                yield return OrdinalUnits[day - 1];
            }
            else if (day < 20)
            {
                yield return (day == 11 ? "الحادي" : OrdinalUnits[day - 11]) + " عشر";
            }
            else if (day == 20 || day == 30)
            {
                yield return day == 20 ? "العشرين" : "الثلاثين";
                yield return day == 20 ? "العشرون" : "الثلاثون";
            }
            else
            {
                string tens = day < 30 ? "والعشرين" : "والثلاثين";
                yield return (day % 10 == 1 ? "الحادي" : OrdinalUnits[day % 10 - 1]) + " " + tens;
                if (day % 10 == 1)
                {
                    yield return "الواحد " + tens;
                }
            }
        }
    }
}
