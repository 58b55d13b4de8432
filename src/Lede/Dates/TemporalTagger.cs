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

    /// <summary>The pattern families, in order of precedence between finds of equal length.</summary>
    private static readonly (Rule Rule, Regex Pattern)[] Rules =
    [
        (Rule.TimeOfDay, TemporalPatterns.TimeOfDay()),
        (Rule.Iso, TemporalPatterns.Iso()),
        (Rule.Slash, TemporalPatterns.Slash()),
        (Rule.MonthDay, TemporalPatterns.MonthDay()),
        (Rule.DayMonth, TemporalPatterns.DayMonth()),
        (Rule.Quarter, TemporalPatterns.Quarter()),
        (Rule.Set, TemporalPatterns.Set()),
        (Rule.Ago, TemporalPatterns.Ago()),
        (Rule.RelativeUnit, TemporalPatterns.RelativeUnit()),
        (Rule.Deictic, TemporalPatterns.Deictic()),
        (Rule.WeekdayName, TemporalPatterns.WeekdayName()),
        (Rule.MonthAlone, TemporalPatterns.MonthAlone()),
        (Rule.Season, TemporalPatterns.Season()),
        (Rule.Holiday, TemporalPatterns.Holiday()),
        (Rule.Decade, TemporalPatterns.Decade()),
        (Rule.Century, TemporalPatterns.Century()),
        (Rule.SpelledYear, TemporalPatterns.SpelledYear()),
        (Rule.YearAlone, TemporalPatterns.YearAlone()),
        (Rule.Reference, TemporalPatterns.Reference()),
        (Rule.Duration, TemporalPatterns.Duration()),
        (Rule.VagueDuration, TemporalPatterns.VagueDuration()),
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

    /// <summary>Every find of every family, then the longest first among overlapping ones.</summary>
    private List<Candidate> Choose(string text)
    {
        var all = new List<Candidate>();
        for (var p = 0; p < Rules.Length; p++)
        {
            var (rule, pattern) = Rules[p];
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                if (m.Length > 0 && Filters.Accept(rule, m, text, options))
                    all.Add(new Candidate(rule, p, m));
        }
        all.Sort((a, b) => a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length)
            : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : a.Start.CompareTo(b.Start));
        var taken = new List<Candidate>();
        foreach (var c in all)
        {
            var free = true;
            foreach (var t in taken)
                if (c.Start < t.End && t.Start < c.End) { free = false; break; }
            if (free) taken.Add(c);
        }
        taken.Sort((a, b) => a.Start.CompareTo(b.Start));
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
