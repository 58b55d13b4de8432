using Lede.Evaluation.Timex;

namespace Lede.Tests.Evaluation;

public sealed class RegexTimexBaselineTests
{
    private readonly RegexTimexBaseline _baseline = new();

    private IEnumerable<(string Text, string Value)> Tag(string text, string dct = "2013-03-22") =>
        _baseline.Tag(text, dct).Select(t => (text[t.Start..t.End], t.Value));

    [Fact]
    public void Tags_explicit_dates() =>
        Assert.Equal(
            [("March 16, 2022", "2022-03-16"), ("Oct. 23", "2012-10-23"), ("2021-12-01", "2021-12-01"),
             ("5 January 2010", "2010-01-05"), ("June 2012", "2012-06"), ("1990s", "199"), ("1998", "1998")],
            Tag("On March 16, 2022 and Oct. 23 and 2021-12-01, 5 January 2010, June 2012, the 1990s, in 1998."));

    [Fact]
    public void A_missing_year_is_the_one_nearest_the_dct() =>
        Assert.Equal([("December", "1998-12"), ("Feb. 1", "1999-02-01"), ("November", "1998-11")],
            Tag("December, Feb. 1, November", dct: "1999-01-05"));

    [Fact]
    public void Resolves_weekdays_to_the_last_such_day_and_deictic_words_to_the_dct()
    {
        // 2013-03-22 is a Friday.
        Assert.Equal(
            [("Friday", "2013-03-22"), ("Tuesday", "2013-03-19"), ("yesterday", "2013-03-21"), ("Today", "2013-03-22")],
            Tag("He said Friday that Tuesday and yesterday... Today"));
    }

    [Fact]
    public void Leaves_numbers_and_the_verb_may_alone() =>
        Assert.Empty(Tag("It may cost $2000 or 1,998 units, 2000% more, or 12.2000 in May."));
}
