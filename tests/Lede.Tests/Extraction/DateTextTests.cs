using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class DateTextTests
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);
    private static readonly DateOnly Latest = new(2030, 1, 1);

    private static string? Day(string text, DateText.NumericOrder order = DateText.NumericOrder.DayFirst) =>
        DateText.First(text, Earliest, Latest, order)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("September 28, 2023", "2023-09-28")]
    [InlineData("Posted on Sept. 28th, 2023 at 10:00", "2023-09-28")]
    [InlineData("28 September 2023", "2023-09-28")]
    [InlineData("the 28th of September, 2023", "2023-09-28")]
    [InlineData("Thu, 28 Sep 2023 10:00:00 GMT", "2023-09-28")]
    public void Reads_english_month_names(string text, string expected) => Assert.Equal(expected, Day(text));

    [Theory]
    [InlineData("Mittwoch, 28. September 2023", "2023-09-28")]
    [InlineData("am 3. März 2020 um 10:15 Uhr", "2020-03-03")]
    [InlineData("15. Jänner 2019", "2019-01-15")]
    [InlineData("28.09.2023, 12:01 Uhr", "2023-09-28")]
    [InlineData("Stand: 3.1.2022", "2022-01-03")]
    [InlineData("28.09.23", "2023-09-28")]
    public void Reads_german_forms(string text, string expected) => Assert.Equal(expected, Day(text));

    [Theory]
    [InlineData("Publié le 28 septembre 2023 à 10h", "2023-09-28")]
    [InlineData("1er mars 2021", "2021-03-01")]
    [InlineData("12 févr. 2020", "2020-02-12")]
    [InlineData("17 août 2019", "2019-08-17")]
    public void Reads_french_forms(string text, string expected) => Assert.Equal(expected, Day(text));

    [Theory]
    [InlineData("28 de septiembre de 2023", "2023-09-28")]
    [InlineData("Publicado el 5 de enero del 2021", "2021-01-05")]
    [InlineData("14 dic. 2022", "2022-12-14")]
    public void Reads_spanish_forms(string text, string expected) => Assert.Equal(expected, Day(text));

    [Theory]
    [InlineData("2023-09-28T23:30:00-05:00", "2023-09-28")]
    [InlineData("2023/09/28", "2023-09-28")]
    [InlineData("2019年6月24日", "2019-06-24")]
    public void Reads_year_first_forms_as_written(string text, string expected) => Assert.Equal(expected, Day(text));

    [Fact]
    public void Slashed_numeric_dates_follow_the_order_unless_a_part_exceeds_twelve()
    {
        Assert.Equal("2023-04-03", Day("03/04/2023"));
        Assert.Equal("2023-03-04", Day("03/04/2023", DateText.NumericOrder.MonthFirst));
        Assert.Equal("2023-09-28", Day("09/28/2023"));
        // Dots are never American: D.M.Y whatever the order.
        Assert.Equal("2023-04-03", Day("03.04.2023", DateText.NumericOrder.MonthFirst));
    }

    [Fact]
    public void Machine_values_read_iso_epoch_and_us_slashed_stamps()
    {
        Assert.Equal(new DateOnly(2023, 11, 1), DateText.FromMachineValue("11/01/2023 12:43:42", Earliest, Latest));
        Assert.Equal(new DateOnly(2020, 9, 13), DateText.FromMachineValue("1600000000", Earliest, Latest));
        Assert.Equal(new DateOnly(2017, 9, 1), DateText.FromMachineValue("20170901", Earliest, Latest));
    }

    [Fact]
    public void Rejects_impossible_out_of_range_and_non_dates()
    {
        Assert.Null(Day("31.02.2020"));
        Assert.Null(Day("12. Mai 1990"));
        Assert.Null(Day("1. Januar 2031"));
        Assert.Null(Day("Marathon 12 2020"));
        Assert.Null(Day("১২.১০.২০২০"));
    }

    [Fact]
    public void A_utc_stamp_near_midnight_may_fall_on_a_neighbouring_day()
    {
        Assert.Equal(1, DateText.ZoneShift("2023-11-01T23:01:00Z", 7));
        Assert.Equal(-1, DateText.ZoneShift("2023-11-09T01:09:55+00:00", 7));
        Assert.Equal(0, DateText.ZoneShift("2023-11-09T12:00:00Z", 7));
        Assert.Equal(0, DateText.ZoneShift("2023-11-08T23:00:00-07:00", 7));
    }
}
