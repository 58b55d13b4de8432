using Lede.Dates;
using Lede.Extraction;

namespace Lede.Tests.Dates;

public sealed class EventDaterTests
{
    private static readonly EventDater Dater = new();

    private static string Seed(string name) =>
        TextCleaner.Default.Clean(File.ReadAllText(Path.Combine(TestPaths.Shared, "seeds", name)));

    [Fact]
    public void The_AP_report_happened_on_its_publication_day_when_that_is_given() =>
        Assert.Equal("2023-04-20", Dater.Date(Seed("001_0b0d82841d9921fa.txt"), new DateOnly(2023, 4, 20))?.Value);

    [Fact]
    public void The_September_visit_is_dated_by_its_own_text() =>
        Assert.Equal("2023-09-28", Dater.Date(Seed("003_f513b542403ec246.txt"), null)?.Value);

    [Fact]
    public void A_day_without_a_year_stays_without_a_year() =>
        Assert.Equal("XXXX-03-16", Dater.Date(Seed("004_de0cedfbbcbaaedc.txt"), null)?.Value);

    [Fact]
    public void A_publication_date_gives_the_year() =>
        Assert.Equal("2022-03-16", Dater.Date(Seed("004_de0cedfbbcbaaedc.txt"), new DateOnly(2022, 3, 15))?.Value);

    [Fact]
    public void Without_dates_in_text_or_input_the_event_date_is_unknown()
    {
        var date = Dater.Date(Seed("000_0f1937acc5aaf081.txt"), null);
        Assert.True(date is null || date.Day is null, date?.ToString());
    }

    [Fact]
    public void Background_dates_far_from_publication_are_not_the_event()
    {
        var date = Dater.Date("The war began on 24 February 2022. Officials met on Tuesday to discuss aid.", new DateOnly(2023, 4, 20));
        Assert.Equal("2023-04-18", date?.Value);
    }
}
