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
    public const string Version = "dates/2";

    private readonly TemporalTaggerOptions options;

    public TemporalTagger(TemporalTaggerOptions? options = null) => this.options = options ?? TemporalTaggerOptions.Default;

    private static readonly TriggerGate Units = TriggerGate.Words(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
        "weekend", "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade",
        "decades", "century", "centuries");
    private static readonly TriggerGate MonthNames = TriggerGate.Words(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static readonly TriggerGate Weekdays = TriggerGate.Words(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
        "wednesdays", "thursdays", "fridays", "saturdays", "sundays");

    /// <summary>The pattern families, in order of precedence between finds of equal length, each with the words
    /// that every one of its matches contains.</summary>
    private static readonly (Rule Rule, Regex Pattern, TriggerGate Gate)[] Rules =
    [
        (Rule.TimeOfDay, TemporalPatterns.TimeOfDay(), TriggerGate.DigitsOr("noon", "midnight", "midday")),
        (Rule.Iso, TemporalPatterns.Iso(), TriggerGate.Anywhere("0-", "1-", "2-", "3-", "4-", "5-", "6-", "7-", "8-", "9-")),
        (Rule.Slash, TemporalPatterns.Slash(), TriggerGate.Anywhere("/")),
        (Rule.MonthDay, TemporalPatterns.MonthDay(), MonthNames.And(TriggerGate.DigitsOr())),
        (Rule.DayMonth, TemporalPatterns.DayMonth(), MonthNames.And(TriggerGate.DigitsOr())),
        (Rule.Quarter, TemporalPatterns.Quarter(), TriggerGate.Words("quarter", "half", "period")),
        (Rule.Set, TemporalPatterns.Set(), TriggerGate.Words("every", "each", "daily", "weekly", "monthly", "quarterly",
            "annually", "yearly", "hourly", "nightly", "biweekly", "bimonthly", "semiannually", "biannually")),
        (Rule.Ago, TemporalPatterns.Ago(), TriggerGate.Words("ago", "earlier", "later", "now", "hence", "back").And(Units)),
        (Rule.RelativeUnit, TemporalPatterns.RelativeUnit(), Units),
        (Rule.Deictic, TemporalPatterns.Deictic(), TriggerGate.Words(
            "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night")),
        (Rule.WeekdayName, TemporalPatterns.WeekdayName(), Weekdays),
        (Rule.MonthAlone, TemporalPatterns.MonthAlone(), MonthNames),
        (Rule.Season, TemporalPatterns.Season(), TriggerGate.Words("spring", "summer", "fall", "autumn", "winter")),
        (Rule.Holiday, TemporalPatterns.Holiday(), TriggerGate.Words("thanksgiving", "christmas", "year", "day", "halloween",
            "easter", "friday", "valentine", "sunday")),
        (Rule.Decade, TemporalPatterns.Decade(), TriggerGate.Anywhere("0s", "0's", "0’s", "ties")),
        (Rule.Century, TemporalPatterns.Century(), TriggerGate.Words("century")),
        (Rule.SpelledYear, TemporalPatterns.SpelledYear(), TriggerGate.Words("nineteen", "thousand")),
        (Rule.YearAlone, TemporalPatterns.YearAlone(), TriggerGate.DigitsOr()),
        (Rule.Reference, TemporalPatterns.Reference(), TriggerGate.Words("now", "nowadays", "currently", "current", "presently",
            "present", "days", "moment", "recently", "recent", "lately", "past", "soon", "future", "term", "coming",
            "upcoming", "later")),
        (Rule.Duration, TemporalPatterns.Duration(), Units),
        (Rule.VagueDuration, TemporalPatterns.VagueDuration(), Units),
    ];

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

    /// <summary>Every find of every family, sentence by sentence, then the longest first among overlapping ones.</summary>
    private List<Candidate> Choose(string text)
    {
        var all = new List<Candidate>();
        foreach (var (start, length) in Sentences.Split(text, options.MaxSentenceChars))
        {
            var sentence = text.AsSpan(start, length);
            for (var p = 0; p < Rules.Length; p++)
            {
                var (rule, pattern, gate) = Rules[p];
                if (!gate.Open(sentence)) continue;
                for (var m = pattern.Match(text, start, length); m.Success; m = m.NextMatch())
                    if (m.Length > 0 && Filters.Accept(rule, m, text, options))
                        all.Add(new Candidate(rule, p, m));
            }
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
