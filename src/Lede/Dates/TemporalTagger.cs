using System.Text.RegularExpressions;
using NodaTime;

namespace Lede.Dates;

/// <summary>
/// Finds temporal expressions in English news text and normalises them TIMEX3-style against the document's
/// reference date (its publication date, in the publication's time zone). Rule-based in the manner of
/// HeidelTime: each expression family is a compiled pattern; overlapping finds keep the longest; values are
/// resolved in document order so that anaphoric ones ("the quarter", "a year earlier") can lean on what the
/// text named before; underspecified ones take their direction from the clause's tense. Without a reference
/// date nothing is guessed: "16 March" stays XXXX-03-16 and "Thursday" XXXX-WXX-4.
/// Thread-safe: one instance may serve many threads.
/// </summary>
public sealed class TemporalTagger
{
    public const string Version = "dates/3";

    private readonly TemporalTaggerOptions options;

    public TemporalTagger(TemporalTaggerOptions? options = null) => this.options = options ?? TemporalTaggerOptions.Default;

    private static readonly string[] Units =
    [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
        "weekend", "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade",
        "decades", "century", "centuries",
    ];
    private static readonly string[] PluralUnits = ["minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"];
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    private static readonly string[] Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
        "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    ];

    /// <summary>The pattern families, in order of precedence between finds of equal length, each with what every
    /// one of its matches contains.</summary>
    private static readonly (Rule Rule, Regex Pattern, TriggerSpec Trigger)[] Rules =
    [
        (Rule.TimeOfDay, TemporalPatterns.TimeOfDay(), new(["noon", "midnight", "midday"], DigitRuns.Short)),
        (Rule.Iso, TemporalPatterns.Iso(), new([], DigitRuns.BeforeHyphen)),
        (Rule.Slash, TemporalPatterns.Slash(), new([], DigitRuns.BeforeSlash)),
        (Rule.MonthDay, TemporalPatterns.MonthDay(), new(MonthNames)),
        (Rule.DayMonth, TemporalPatterns.DayMonth(), new(MonthNames)),
        (Rule.Quarter, TemporalPatterns.Quarter(), new(["quarter", "half", "period"])),
        (Rule.Set, TemporalPatterns.Set(), new(["every", "each", "daily", "weekly", "monthly", "quarterly",
            "annually", "yearly", "hourly", "nightly", "biweekly", "bimonthly", "semiannually", "biannually"])),
        (Rule.Ago, TemporalPatterns.Ago(), new(["ago", "earlier", "later", "now", "hence", "back"])),
        (Rule.RelativeUnit, TemporalPatterns.RelativeUnit(), new(Units)),
        (Rule.Deictic, TemporalPatterns.Deictic(), new([
            "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"])),
        (Rule.WeekdayName, TemporalPatterns.WeekdayName(), new(Weekdays)),
        (Rule.MonthAlone, TemporalPatterns.MonthAlone(), new(MonthNames)),
        (Rule.Season, TemporalPatterns.Season(), new(["spring", "summer", "fall", "autumn", "winter"])),
        (Rule.Holiday, TemporalPatterns.Holiday(), new(["thanksgiving", "christmas", "year", "day", "halloween",
            "easter", "friday", "valentine", "sunday"])),
        (Rule.Decade, TemporalPatterns.Decade(), new([], DigitRuns.Decade, Suffix: "ties")),
        (Rule.Century, TemporalPatterns.Century(), new(["century"])),
        (Rule.SpelledYear, TemporalPatterns.SpelledYear(), new(["nineteen", "thousand"])),
        (Rule.YearAlone, TemporalPatterns.YearAlone(), new([], DigitRuns.Year)),
        (Rule.Reference, TemporalPatterns.Reference(), new(["now", "nowadays", "currently", "current", "presently",
            "present", "days", "moment", "recently", "recent", "lately", "past", "soon", "future", "term", "coming",
            "upcoming", "later"])),
        (Rule.Duration, TemporalPatterns.Duration(), new(Units)),
        (Rule.VagueDuration, TemporalPatterns.VagueDuration(), new(PluralUnits)),
    ];

    private static readonly TriggerIndex Index = new([.. Rules.Select(r => r.Trigger)]);

    /// <summary>Temporal expressions of the publication's local calendar day.</summary>
    public IReadOnlyList<TemporalMention> Tag(string text, Instant published, DateTimeZone zone) =>
        Tag(text, published.InZone(zone).Date);

    /// <summary>Temporal expressions in text order, non-overlapping; reference is the document's date, if known.</summary>
    public IReadOnlyList<TemporalMention> Tag(string text, LocalDate? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chosen = Choose(text);
        var resolver = new TimexResolver(text, reference, options);
        var result = new List<TemporalMention>(chosen.Count);
        foreach (var c in chosen)
        {
            if (resolver.Resolve(c.Rule, c.Match) is not { } r) continue;
            var start = c.Match.Index;
            var length = c.Match.Length;
            // Spans never end in a sentence period that the pattern took as an abbreviation's.
            result.Add(new TemporalMention(start, length, text.Substring(start, length), r.Type, r.Value, r.Mod));
        }
        LinkWeekdaysToDates(text, result);
        return result;
    }

    private readonly record struct Candidate(Rule Rule, int Priority, Match Match)
    {
        public int Start => Match.Index;
        public int End => Match.Index + Match.Length;
    }

    /// <summary>Every find of every family, then the longest first among overlapping ones. A family's pattern runs
    /// only around its trigger words, in a window within the sentence that reaches
    /// <see cref="TemporalTaggerOptions.TriggerReachBefore"/> and <see cref="TemporalTaggerOptions.TriggerReachAfter"/>
    /// characters from the word; overlapping windows merge. As no match reaches that far from the trigger it
    /// contains, the finds are those of running the pattern over the whole sentence.</summary>
    private List<Candidate> Choose(string text)
    {
        var all = new List<Candidate>();
        var triggers = Index.Scan(text);
        var (before, after) = (options.TriggerReachBefore, options.TriggerReachAfter);
        Span<int> windowStart = stackalloc int[Rules.Length];
        Span<int> windowEnd = stackalloc int[Rules.Length];
        var next = 0;
        foreach (var (start, length) in Sentences.Split(text, options.MaxSentenceChars))
        {
            var end = start + length;
            while (next < triggers.Count && triggers[next].Start < start) next++;
            if (next == triggers.Count || triggers[next].Start >= end) continue;
            windowEnd.Fill(-1);
            for (; next < triggers.Count && triggers[next].Start < end; next++)
            {
                var t = triggers[next];
                int lo = Math.Max(start, t.Start - before), hi = Math.Min(end, t.End + after);
                for (var mask = t.Mask; mask != 0; mask &= mask - 1)
                {
                    var p = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    if (windowEnd[p] >= lo) { windowEnd[p] = Math.Max(windowEnd[p], hi); continue; }
                    if (windowEnd[p] >= 0) Find(p, windowStart[p], windowEnd[p]);
                    windowStart[p] = lo;
                    windowEnd[p] = hi;
                }
            }
            for (var p = 0; p < Rules.Length; p++)
                if (windowEnd[p] >= 0) Find(p, windowStart[p], windowEnd[p]);
        }

        void Find(int p, int from, int to)
        {
            var (rule, pattern, _) = Rules[p];
            for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
                if (m.Length > 0 && Filters.Accept(rule, m, text, options))
                    all.Add(new Candidate(rule, p, m));
        }

        all.Sort((a, b) => a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Start.CompareTo(b.Start));
        // Longest first; a candidate is taken when it overlaps nothing taken so far. The taken spans are kept
        // sorted by start, so each check is a binary search for its neighbours rather than a scan of all.
        var taken = new List<Candidate>();
        var starts = new List<int>();
        foreach (var c in all)
        {
            var i = starts.BinarySearch(c.Start);
            if (i < 0) i = ~i;
            else continue;
            if (i > 0 && taken[i - 1].End > c.Start) continue;
            if (i < taken.Count && taken[i].Start < c.End) continue;
            taken.Insert(i, c);
            starts.Insert(i, c.Start);
        }
        return taken;
    }

    /// <summary>"Thursday (28 September 2023)": the weekday names the date that follows it.</summary>
    private static void LinkWeekdaysToDates(string text, List<TemporalMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (day, date) = (mentions[i], mentions[i + 1]);
            if (!day.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && !IsWeekdayOnly(day.Text)) continue;
            if (date.Value.Length != 10 || !char.IsAsciiDigit(date.Value[0])) continue;
            var between = text.AsSpan(day.End, date.Start - day.End).Trim();
            if (between is not "(" and not "," and not "") continue;
            mentions[i] = day with { Value = date.Value };
        }

        static bool IsWeekdayOnly(string s) => s.Length is >= 6 and <= 9 && s.EndsWith("day", StringComparison.OrdinalIgnoreCase)
            && !s.Contains(' ') && char.IsUpper(s[0]);
    }
}

internal enum Rule
{
    TimeOfDay, Iso, Slash, MonthDay, DayMonth, Quarter, Set, Ago, RelativeUnit, Deictic, WeekdayName, MonthAlone,
    Season, Holiday, Decade, Century, SpelledYear, YearAlone, Reference, Duration, VagueDuration,
}
