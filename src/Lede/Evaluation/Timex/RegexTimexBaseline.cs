using System.Globalization;
using System.Text.RegularExpressions;

namespace Lede.Evaluation.Timex;

/// <summary>Tuned constants of the baseline.</summary>
public sealed record TimexBaselineOptions(
    // A bare four-digit number is read as a year only inside this range (1900-2099 covers news archives).
    int MinYear = 1900,
    int MaxYear = 2099,
    // A bare weekday is resolved to the most recent such day on or before the DCT (news reports the past),
    // looking back at most this many days; 6 keeps "Friday" on a Friday DCT as the DCT itself.
    int WeekdayLookBackDays = 6)
{
    public static TimexBaselineOptions Default { get; } = new();
}

/// <summary>
/// The simplest honest temporal-tagging baseline, until Lede has a temporal tagger (a later issue): a handful of
/// regular expressions for explicit dates — ISO dates, "March 16, 2022", "16 March 2022", "March 2022", month
/// names, years, decades, weekday names, today/yesterday/tomorrow — all typed DATE, with values resolved
/// trivially against the document creation time (missing year = the one nearest the DCT, weekday = last such day).
/// No durations, times, sets, or "last week"-style relative expressions.
/// </summary>
public sealed partial class RegexTimexBaseline(TimexBaselineOptions options)
{
    public const string Description =
        "baseline: regex explicit dates (ISO, month-day-year, years, weekdays, today/yesterday) resolved against the DCT";

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public RegexTimexBaseline() : this(TimexBaselineOptions.Default) { }

    /// <summary>TIMEX3s for the text, non-overlapping and in order; dct is the DCT value ("1998-11-20T19:30").</summary>
    public IReadOnlyList<TimexAnnotation> Tag(string text, string? dct)
    {
        var anchor = ParseDct(dct);
        var result = new List<TimexAnnotation>();
        foreach (Match m in Pattern().Matches(text))
        {
            var value = Resolve(m, anchor);
            if (value is null) continue;
            result.Add(new TimexAnnotation(m.Index, m.Index + m.Length, $"t{result.Count + 1}", "DATE", value));
        }
        return result;
    }

    private string? Resolve(Match m, DateOnly? dct)
    {
        var g = m.Groups;
        if (g["isoY"].Success)
            return Day(Int(g["isoY"]), Int(g["isoM"]), Int(g["isoD"]));
        if (g["mdM"].Success)
            return DayMaybeYearless(g["mdY"], Month(g["mdM"].Value), Int(g["mdD"]));
        if (g["dmM"].Success)
            return DayMaybeYearless(g["dmY"], Month(g["dmM"].Value), Int(g["dmD"]));
        if (g["myM"].Success)
            return YearOk(Int(g["myY"])) ? $"{Int(g["myY"]):D4}-{Month(g["myM"].Value):D2}" : null;
        if (g["mM"].Success)
            return dct is { } d ? $"{NearestYear(d, Month(g["mM"].Value), null):D4}-{Month(g["mM"].Value):D2}" : null;
        if (g["decade"].Success)
            return YearOk(Int(g["decade"]) * 10) ? g["decade"].Value : null;
        if (g["year"].Success)
            return YearOk(Int(g["year"])) ? g["year"].Value : null;
        if (g["weekday"].Success && dct is { } anchor)
        {
            var target = (DayOfWeek)Array.FindIndex(Weekdays, w => w.Equals(g["weekday"].Value, StringComparison.Ordinal));
            var back = ((int)anchor.DayOfWeek - (int)target + 7) % 7;
            return back <= options.WeekdayLookBackDays ? Format(anchor.AddDays(-back)) : null;
        }
        if (g["deictic"].Success && dct is { } today)
            return g["deictic"].Value.ToLowerInvariant() switch
            {
                "today" => Format(today),
                "yesterday" => Format(today.AddDays(-1)),
                _ => Format(today.AddDays(1)),
            };
        return null;

        string? DayMaybeYearless(Group year, int month, int day) =>
            year.Success ? Day(Int(year), month, day)
            : dct is { } d && day <= 31 ? Day(NearestYear(d, month, day), month, day)
            : null;
    }

    /// <summary>
    /// The year that puts a yearless month (or month and day) closest to the DCT, earlier on a tie: news
    /// writes "December" in January for the month just gone and "Feb. 1" in December for the one coming.
    /// </summary>
    private static int NearestYear(DateOnly dct, int month, int? day)
    {
        var best = dct.Year;
        var bestDistance = int.MaxValue;
        for (var year = dct.Year - 1; year <= dct.Year + 1; year++)
        {
            var distance = day is { } d
                ? Math.Abs(new DateOnly(year, month, Math.Min(d, DateTime.DaysInMonth(year, month))).DayNumber - dct.DayNumber)
                : Math.Abs(year * 12 + month - (dct.Year * 12 + dct.Month));
            if (distance < bestDistance) (best, bestDistance) = (year, distance);
        }
        return best;
    }

    private bool YearOk(int year) => year >= options.MinYear && year <= options.MaxYear;

    private string? Day(int year, int month, int day) =>
        YearOk(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Format(new DateOnly(year, month, day))
            : null;

    private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Month(string name) => name[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
    };

    private static DateOnly? ParseDct(string? dct) =>
        dct is { Length: >= 10 } && DateOnly.TryParseExact(dct[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;

    // Alternatives are tried left to right at each position, so the longest forms come first.
    // Month names are case-sensitive (capitalised) so that "may" and "march" the verbs stay untagged;
    // bare "May" is excluded for the same reason.
    private const string MonthName =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
        @"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    [GeneratedRegex(
        @"\b(?:" +
        @"(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d)" +
        @"|(?<mdM>" + MonthName + @")\s+(?<mdD>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdY>\d{4})\b)?" +
        @"|(?<dmD>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmM>" + MonthName + @")(?:,?\s+(?<dmY>\d{4})\b)?" +
        @"|(?<myM>" + MonthName + @"),?\s+(?<myY>\d{4})\b" +
        @"|(?<mM>January|February|March|April|June|July|August|September|October|November|December)\b" +
        @"|(?<decade>\d{3})0s\b" +
        @"|(?<![$\d.,])(?<year>\d{4})\b(?![%]|[.,]\d)" +
        @"|(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|(?<deictic>[Tt]oday|[Yy]esterday|[Tt]omorrow)\b" +
        @")")]
    private static partial Regex Pattern();
}
