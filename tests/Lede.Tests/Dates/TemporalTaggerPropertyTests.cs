using System.Globalization;
using FsCheck.Xunit;
using Lede.Dates;
using NodaTime;

namespace Lede.Tests.Dates;

/// <summary>Properties over many reference dates: written dates read back to themselves, relative ones agree with the reference.</summary>
public sealed class TemporalTaggerPropertyTests
{
    private static readonly TemporalTagger Tagger = new();

    // Any day from 1900 to 2099, from an arbitrary integer.
    private static LocalDate DayFrom(int seed) => new LocalDate(1900, 1, 1).PlusDays((int)((uint)seed % 73000));

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string OnlyValue(string text, LocalDate? reference) => Assert.Single(Tagger.Tag(text, reference)).Value;

    [Property(MaxTest = 300)]
    public bool A_date_written_in_any_common_form_reads_back_to_itself(int seed)
    {
        var d = DayFrom(seed);
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
        var abbreviated = d.Month == 5 ? "May" : month[..3] + ".";
        string[] forms =
        [
            $"{d.Day} {month} {d.Year}",
            $"{month} {d.Day}, {d.Year}",
            $"{abbreviated} {d.Day}, {d.Year}",
            $"{d.Day}th of {month} {d.Year}",
            Iso(d),
            $"{d.Month}/{d.Day}/{d.Year}",
        ];
        return forms.All(f => OnlyValue($"It happened on {f}.", null) == Iso(d) && OnlyValue($"It happened on {f}.", DayFrom(seed * 7)) == Iso(d));
    }

    [Property(MaxTest = 300)]
    public bool Day_words_are_offsets_of_the_reference(int seed)
    {
        var r = DayFrom(seed);
        return OnlyValue("It happened yesterday.", r) == Iso(r.PlusDays(-1))
               && OnlyValue("It happens today.", r) == Iso(r)
               && OnlyValue("It happens tomorrow.", r) == Iso(r.PlusDays(1));
    }

    [Property(MaxTest = 300)]
    public bool N_days_ago_is_the_reference_less_N(int seed, byte n)
    {
        var r = DayFrom(seed);
        var days = n % 30 + 2;
        return OnlyValue($"It happened {days} days ago.", r) == Iso(r.PlusDays(-days));
    }

    [Property(MaxTest = 300)]
    public bool A_weekday_in_the_past_tense_is_within_the_seven_days_up_to_the_reference(int seed, byte w) =>
        WeekdayOffset("The minister said {0} that talks failed.", seed, w) is >= -6 and <= 0;

    [Property(MaxTest = 300)]
    public bool A_weekday_in_the_future_tense_is_within_the_seven_days_from_the_reference(int seed, byte w) =>
        WeekdayOffset("The ministers will meet on {0} in Brussels.", seed, w) is >= 0 and <= 6;

    /// <summary>Days from the reference to the weekday the sentence resolves to; int.MinValue if it is the wrong weekday.</summary>
    private static int WeekdayOffset(string sentence, int seed, byte w)
    {
        var r = DayFrom(seed);
        var weekday = (IsoDayOfWeek)(w % 7 + 1);
        var value = OnlyValue(string.Format(CultureInfo.InvariantCulture, sentence, weekday), r);
        var resolved = LocalDate.FromDateTime(DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return resolved.DayOfWeek == weekday ? Period.Between(r, resolved, PeriodUnits.Days).Days : int.MinValue;
    }

    [Property(MaxTest = 300)]
    public bool Years_ago_and_last_year_agree_with_the_reference(int seed, byte n)
    {
        var r = DayFrom(seed);
        var years = n % 20 + 2;
        return OnlyValue($"It began {years} years ago.", r) == (r.Year - years).ToString("D4", CultureInfo.InvariantCulture)
               && OnlyValue("It began last year.", r) == (r.Year - 1).ToString("D4", CultureInfo.InvariantCulture)
               && OnlyValue("It ends next month.", r) == r.PlusMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    [Property(MaxTest = 300)]
    public bool A_yearless_day_lies_within_a_year_of_the_reference(int seed, int other)
    {
        var r = DayFrom(seed);
        var d = DayFrom(other);
        if (d.Month == 2 && d.Day == 29) return true;
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
        var value = OnlyValue($"The meeting is on {d.Day} {month}.", r);
        var resolved = LocalDate.FromDateTime(DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Math.Abs(Period.Between(r, resolved, PeriodUnits.Days).Days) <= 366 && resolved.Month == d.Month && resolved.Day == d.Day;
    }
}
